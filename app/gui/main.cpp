// clientele: the desktop application. Argument parsing and opening the database; the window is in
// ui/.
#include "analysis/analysis_page.h"
#include "common/ids.h"
#include "domain/customer_repository.h"
#include "domain/order_repository.h"
#include "shell/app_context.h"
#include "shell/app_language.h"
#include "shell/database_opener.h"
#include "shell/instance_link.h"
#include "shell/main_window.h"
#include "shell/quick_find.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTimer>

using namespace clientele;

namespace {

QString defaultDatabasePath() {
    const QString env = qEnvironmentVariable("CLIENTELE_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/clientele.sqlite");
}

// One window at a time: File → Open Database replaces it with a window on the new file.
class WindowKeeper : public QObject {
public:
    void show(std::unique_ptr<Database> db) {
        auto* window = new MainWindow(std::move(db));
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &MainWindow::openDatabaseRequested, this, [this, window](const QString& p) {
            if (auto other = openDatabaseInteractively(p)) {
                window->close();
                show(std::move(other));
            }
        });
        connect(window, &MainWindow::restoreRequested, this,
                [this, window](const RestoreRequest& request) { restore(window, request); });
        window->show();
        m_window = window;
    }
    MainWindow* window() const { return m_window; }

private:
    // The backup can only take the database's place once the window has let go of the file;
    // the application must not quit in between, when no window is open.
    void restore(MainWindow* window, const RestoreRequest& request) {
        qApp->setQuitOnLastWindowClosed(false);
        connect(window, &QObject::destroyed, this, [this, request] {
            performRestore(nullptr, request);
            if (auto db = openDatabaseInteractively(request.dbPath))
                show(std::move(db));
            qApp->setQuitOnLastWindowClosed(true);
            if (!m_window || !m_window->isVisible())
                QApplication::quit();
        });
        m_window = nullptr;
        window->close();
    }

    MainWindow* m_window = nullptr;
};

// Saves a picture of what the user sees once the analysis page (if shown) has finished
// computing, then quits.
void takeScreenshot(MainWindow& window, const QString& file) {
    auto* analysis = window.page<AnalysisPage>();
    if (analysis && analysis->isVisible() && analysis->isComputing()) {
        QTimer::singleShot(200, &window, [&window, file] { takeScreenshot(window, file); });
        return;
    }
    // A dialog in front is what the user looks at: picture it alone.
    QWidget* shown = QApplication::activeModalWidget();
    (shown ? shown : &window)->grab().save(file);
    QApplication::quit();
}

// --page, --analysis-tab, --open-customer, --new-order, --open-order, --import-file and
// --screenshot: start where a demo or a screenshot needs to be.
void applyStartOptions(MainWindow& window, const QCommandLineParser& parser) {
    if (parser.isSet(QStringLiteral("analysis-tab"))) {
        if (auto* analysis = window.page<AnalysisPage>()) {
            analysis->showTab(parser.value(QStringLiteral("analysis-tab")));
            window.showPage(analysis);
        }
    }
    if (parser.isSet(QStringLiteral("page")))
        window.showPageNamed(parser.value(QStringLiteral("page")));
    if (parser.isSet(QStringLiteral("open-customer"))) {
        if (auto id = CustomerRepository(window.database())
                          .idForRef(parser.value(QStringLiteral("open-customer"))))
            window.openCustomer(*id);
    }
    if (parser.isSet(QStringLiteral("quick-find"))) {
        const QString text = parser.value(QStringLiteral("quick-find"));
        QTimer::singleShot(300, &window, [&window, text] {
            window.quickFind()->activate();
            window.quickFind()->lineEdit()->setText(text);
        });
    }
    if (parser.isSet(QStringLiteral("log-visit")))
        QTimer::singleShot(300, &window, [&window] {
            emit window.app().logVisitRequested(window.currentCustomer());
        });
    if (parser.isSet(QStringLiteral("import-file"))) {
        const QString path = parser.value(QStringLiteral("import-file"));
        QTimer::singleShot(300, &window, [&window, path] { window.importCsv(path); });
    }
    if (parser.isSet(QStringLiteral("action"))) {
        const QString name = parser.value(QStringLiteral("action"));
        QTimer::singleShot(300, &window, [&window, name] {
            if (QAction* action = window.action(name))
                action->trigger();
        });
    }
    if (parser.isSet(QStringLiteral("new-order")))
        QTimer::singleShot(300, &window, [&window] {
            emit window.app().newOrderRequested(window.currentCustomer());
        });
    if (parser.isSet(QStringLiteral("open-order"))) {
        if (auto id = OrderRepository(window.database())
                          .idForNumber(parser.value(QStringLiteral("open-order"))))
            QTimer::singleShot(300, &window,
                               [&window, id] { emit window.app().openOrderRequested(*id); });
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(1500, &window, [&window, file] { takeScreenshot(window, file); });
    }
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Clientele"));
    QApplication::setApplicationName(QStringLiteral("Clientele"));
    QApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CLIENTELE_APP_ID));
    AppLanguage::install(app, AppLanguage::localeFor(AppLanguage::chosen()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Clientele, the offline customer relationship manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("Database file to open."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addOption(
        {QStringLiteral("page"), QObject::tr("Page to show first."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("analysis-tab"),
                      QObject::tr("Start on the Analysis page, on this tab (profiling, "
                                  "persistency, profitability, performance, prospecting, "
                                  "product or promotion)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("open-customer"),
                      QObject::tr("Open the page of the customer with this ref."),
                      QStringLiteral("REF")});
    parser.addOption({QStringLiteral("quick-find"),
                      QObject::tr("Type TEXT into the quick-find box."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("log-visit"),
                      QObject::tr("Open the log-visit dialog for the customer shown.")});
    parser.addOption({QStringLiteral("action"),
                      QObject::tr("Trigger the menu action NAME once the window is shown."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("new-order"),
                      QObject::tr("Open the order editor for a new order (for the customer "
                                  "shown, if any).")});
    parser.addOption({QStringLiteral("open-order"),
                      QObject::tr("Open the order with this number in the order editor."),
                      QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("lookup"),
                      QObject::tr("Open the page of the customer with this phone number, in the "
                                  "Clientele already running if there is one."),
                      QStringLiteral("NUMBER")});
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QObject::tr("A tel: link, looked up as with --lookup."),
                                 QStringLiteral("[tel:NUMBER]"));
    parser.addOption({QStringLiteral("import-file"),
                      QObject::tr("Open the CSV import on FILE and check it (nothing is written "
                                  "until Import is chosen)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("screenshot"),
                      QObject::tr("Save a picture of the window to FILE and quit."),
                      QStringLiteral("FILE")});
    parser.process(app);

    // A call while Clientele runs goes to the running window; otherwise this one starts.
    QString lookup = parser.value(QStringLiteral("lookup"));
    for (const QString& argument : parser.positionalArguments())
        if (lookup.isEmpty() && argument.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
            lookup = argument;
    if (!lookup.isEmpty() && InstanceLink::send(QStringLiteral("lookup ") + lookup))
        return 0;

    auto db = openDatabaseInteractively(parser.isSet(dbOption) ? parser.value(dbOption)
                                                               : defaultDatabasePath());
    if (!db)
        return 3;
    WindowKeeper keeper;
    keeper.show(std::move(db));
    applyStartOptions(*keeper.window(), parser);
    InstanceLink link;
    link.listen();
    QObject::connect(&link, &InstanceLink::received, &keeper, [&keeper](const QString& message) {
        if (message.startsWith(QLatin1String("lookup ")) && keeper.window())
            keeper.window()->lookUpCaller(message.mid(7));
    });
    if (!lookup.isEmpty())
        QTimer::singleShot(300, keeper.window(), [&keeper, lookup] {
            if (keeper.window())
                keeper.window()->lookUpCaller(lookup);
        });
    return QApplication::exec();
}
