#include "campaign_dialog.h"

#include "campaign_commands.h"
#include "common/money.h"
#include "domain/campaign_repository.h"
#include "domain/campaign_validation.h"
#include "shell/app_context.h"
#include "storage/database.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clientele {

namespace {

// A date edit's "no date" value (shown as its special text).
const QDate kNoDate(2000, 1, 1);

QWidget* withError(QWidget* field, QLabel* error) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

QString isoOrEmpty(const QDateEdit* edit) {
    return edit->date() == kNoDate ? QString() : edit->date().toString(Qt::ISODate);
}

} // namespace

CampaignDialog::CampaignDialog(AppContext& app, std::optional<Campaign> existing, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_existing(std::move(existing)) {
    setWindowTitle(m_existing ? tr("Edit Campaign") : tr("New Campaign"));
    buildForm();
    fill(m_existing.value_or(Campaign{}));
    m_code->setFocus();
}

QLabel* CampaignDialog::errorLabel(const char* field) {
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") + QLatin1String(field));
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    m_errors.emplace_back(QLatin1String(field), label);
    return label;
}

QDateEdit* CampaignDialog::dateEdit() {
    auto* edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(tr("No date"));
    return edit;
}

void CampaignDialog::buildForm() {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_code = new QLineEdit(this);
    form->addRow(tr("&Code"), withError(m_code, errorLabel("code")));
    m_name = new QLineEdit(this);
    form->addRow(tr("&Name"), withError(m_name, errorLabel("name")));
    m_channel = new QLineEdit(this);
    m_channel->setPlaceholderText(tr("SMS, WeChat, mail, …"));
    form->addRow(tr("C&hannel"), m_channel);
    m_starts = dateEdit();
    form->addRow(tr("&Starts"), withError(m_starts, errorLabel("starts_on")));
    m_ends = dateEdit();
    form->addRow(tr("&Ends"), withError(m_ends, errorLabel("ends_on")));
    m_cost = new QLineEdit(this);
    m_cost->setAlignment(Qt::AlignRight);
    m_cost->setPlaceholderText(QStringLiteral("0"));
    form->addRow(tr("C&ost"), withError(m_cost, errorLabel("cost")));
    m_window = new QSpinBox(this);
    m_window->setRange(0, 365);
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(tr("Orders this long after the end still count as responses"));
    form->addRow(tr("&Responses count for"),
                 withError(m_window, errorLabel("response_window_days")));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(64);
    form->addRow(tr("N&otes"), m_notes);
    layout->addLayout(form);
    layout->addWidget(errorLabel("save"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void CampaignDialog::fill(const Campaign& c) {
    m_code->setText(c.code);
    m_name->setText(c.name);
    m_channel->setText(c.channel);
    m_starts->setDate(c.startsOn.isEmpty() ? kNoDate : QDate::fromString(c.startsOn, Qt::ISODate));
    m_ends->setDate(c.endsOn.isEmpty() ? kNoDate : QDate::fromString(c.endsOn, Qt::ISODate));
    m_cost->setText(c.cost == 0
                        ? QString()
                        : formatMoneyFixed(c.cost, m_app.database().settings().minorDigits));
    m_window->setValue(c.responseWindowDays);
    m_notes->setPlainText(c.notes);
}

QLabel* CampaignDialog::errorFor(const QString& field) const {
    for (const auto& [name, label] : m_errors)
        if (name == field)
            return label;
    return nullptr;
}

void CampaignDialog::showErrors(const FieldErrors& errors) {
    for (const auto& [name, label] : m_errors)
        label->hide();
    for (const FieldError& e : errors) {
        QLabel* label = errorFor(e.field);
        if (!label)
            label = errorFor(QStringLiteral("save"));
        label->setText(label->isHidden() ? e.message : label->text() + u'\n' + e.message);
        label->show();
    }
}

std::optional<Campaign> CampaignDialog::collect() {
    Campaign c = m_existing.value_or(Campaign{});
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.channel = m_channel->text().trimmed();
    c.startsOn = isoOrEmpty(m_starts);
    c.endsOn = isoOrEmpty(m_ends);
    c.responseWindowDays = m_window->value();
    c.notes = m_notes->toPlainText().trimmed();
    FieldErrors errors;
    const QString cost = m_cost->text().trimmed();
    if (auto money = parseMoney(cost.isEmpty() ? QStringLiteral("0") : cost,
                                m_app.database().settings().minorDigits))
        c.cost = *money;
    else
        errors.push_back({QStringLiteral("cost"), money.error().message});
    for (FieldError& e : validateCampaign(c))
        errors.push_back(std::move(e));
    const auto holder = CampaignRepository(m_app.database()).idForCode(c.code);
    if (!c.code.isEmpty() && holder && *holder != c.id)
        errors.push_back(
            {QStringLiteral("code"), tr("Another campaign has the code “%1”.").arg(c.code)});
    showErrors(errors);
    return errors.empty() ? std::optional<Campaign>(c) : std::nullopt;
}

void CampaignDialog::accept() {
    const std::optional<Campaign> campaign = collect();
    if (!campaign)
        return;
    auto* command = new SaveCampaignCommand(m_app, m_existing, *campaign);
    const Id id = command->campaignId();
    if (const Status s = m_app.execute(command); !s) {
        showErrors({{QStringLiteral("save"), s.error().message}});
        return;
    }
    m_saved = id;
    QDialog::accept();
}

} // namespace clientele
