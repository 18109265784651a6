#include "resolve_dialog.h"

#include "shell/app_context.h"
#include "ticket_commands.h"
#include "ticket_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

ResolveDialog::ResolveDialog(AppContext& app, Ticket ticket, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_ticket(std::move(ticket)) {
    setWindowTitle(tr("Resolve Ticket"));
    auto* layout = new QVBoxLayout(this);
    auto* subject = new QLabel(m_ticket.subject, this);
    subject->setWordWrap(true);
    layout->addWidget(subject);
    auto* form = new QFormLayout;
    m_resolution = new QPlainTextEdit(m_ticket.resolution, this);
    m_resolution->setTabChangesFocus(true);
    form->addRow(tr("&Resolution"), m_resolution);
    m_satisfaction = newSatisfactionCombo(this);
    form->addRow(tr("Ra&ting"), m_satisfaction);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error_resolution"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resolve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
    m_resolution->setFocus();
}

void ResolveDialog::accept() {
    Ticket after = m_ticket;
    after.status = QStringLiteral("resolved");
    after.resolution = m_resolution->toPlainText().trimmed();
    const int rating = m_satisfaction->currentData().toInt();
    after.satisfaction = rating != 0 ? std::optional<int>(rating) : std::nullopt;
    QString problem;
    if (after.resolution.isEmpty())
        problem = tr("Say how it was resolved.");
    else if (const Status s = m_app.execute(new SaveTicketCommand(m_app, m_ticket, after)); !s)
        problem = s.error().message;
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace clientele
