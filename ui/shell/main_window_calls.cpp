// A phone ringing: the caller's page, or a new customer with the number, brought to the front.
#include "app_context.h"
#include "main_window.h"
#include "quick_find.h"
#include "search/caller_lookup.h"
#include "storage/database.h"

#include <QLineEdit>
#include <QStatusBar>

namespace clientele {

void MainWindow::lookUpCaller(const QString& number) {
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    auto found = clientele::lookUpCaller(*m_db, number);
    if (!found) {
        statusBar()->showMessage(found.error().message, 8000);
        return;
    }
    QString shown = number.trimmed();
    if (shown.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        shown = shown.mid(4).section(u';', 0, 0);
    if (found->empty()) {
        emit m_app->newCustomerRequested(shown);
        return;
    }
    openCustomer(found->front());
    if (found->size() > 1) {
        // Several people share the number (a family, a front desk): the first is open and the
        // quick-find lists them all.
        m_quickFind->activate();
        m_quickFind->lineEdit()->setText(callerDigits(number));
        statusBar()->showMessage(
            tr("%1 customers have the number %2").arg(found->size()).arg(shown), 8000);
    }
}

} // namespace clientele
