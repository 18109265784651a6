#include "order_filter_bar.h"

#include "order_labels.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace clientele {

namespace {

using Choices = QHash<QString, QStringList>;

// Before the first order of any shop: the date edits' "no bound" value.
const QDate kNoBound(2000, 1, 1);

QStringList distinctOrderValues(const Database& db, const char* column) {
    QStringList values;
    sql::Statement q = db.prepare(
        QStringLiteral("SELECT DISTINCT %1 FROM orders WHERE %1 <> '' ORDER BY 1 LIMIT 500")
            .arg(QLatin1String(column)));
    while (q.step())
        values << q.text(0);
    return values;
}

Choices readChoices(Database& db) {
    Choices c;
    for (const char* column : {"channel", "location", "salesperson"})
        c.insert(QLatin1String(column), distinctOrderValues(db, column));
    return c;
}

void refill(QComboBox* combo, const QStringList& values) {
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString& v : values)
        combo->addItem(v, v);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

QString isoOrEmpty(const QDateEdit* edit) {
    return edit->date() == kNoBound ? QString() : edit->date().toString(Qt::ISODate);
}

} // namespace

OrderFilterBar::OrderFilterBar(AppContext& app, QWidget* parent)
    : QWidget(parent)
    , m_app(app) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Order number or customer"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_search->setToolTip(tr("The start of an order number, or a customer's name, ref or phone"));
    layout->addWidget(m_search, 2);
    m_from = addDate(QStringLiteral("from"), tr("From any date"));
    m_to = addDate(QStringLiteral("to"), tr("To any date"));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    m_status = addCombo(QStringLiteral("status"), tr("All statuses"));
    for (const QString& s : order_values::statuses)
        m_status->addItem(orderStatusLabel(s), s);
    m_channel = addCombo(QStringLiteral("channel"), tr("All channels"));
    m_location = addCombo(QStringLiteral("location"), tr("All locations"));
    m_salesperson = addCombo(QStringLiteral("salesperson"), tr("All salespeople"));
    for (QComboBox* combo : {m_status, m_channel, m_location, m_salesperson})
        layout->addWidget(combo, 1);
    m_unpaid = new QCheckBox(tr("Unpaid only"), this);
    m_unpaid->setToolTip(tr("Sales whose payments fall short of their total"));
    connect(m_unpaid, &QCheckBox::toggled, this, &OrderFilterBar::filterChanged);
    layout->addWidget(m_unpaid);
    auto* clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Show all orders"));
    connect(clear, &QToolButton::clicked, this, &OrderFilterBar::clearAll);
    layout->addWidget(clear);

    // Searching waits for a pause in typing so each keystroke does not hit the database.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &OrderFilterBar::filterChanged);
}

QComboBox* OrderFilterBar::addCombo(const QString& field, const QString& allText) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(field);
    combo->addItem(allText, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    connect(combo, &QComboBox::currentIndexChanged, this, &OrderFilterBar::filterChanged);
    return combo;
}

QDateEdit* OrderFilterBar::addDate(const QString& name, const QString& anyText) {
    auto* edit = new QDateEdit(this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoBound);
    edit->setSpecialValueText(anyText); // shown while the date is the minimum: no bound
    edit->setDate(kNoBound);
    edit->setMinimumWidth(130);
    connect(edit, &QDateEdit::dateChanged, this, &OrderFilterBar::filterChanged);
    return edit;
}

QComboBox* OrderFilterBar::combo(const QString& field) const {
    return findChild<QComboBox*>(field);
}

void OrderFilterBar::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_choicesLoaded) {
        m_choicesLoaded = true;
        // After the list's first page: the distinct values scan every order.
        QTimer::singleShot(300, this, &OrderFilterBar::reloadChoices);
    }
}

void OrderFilterBar::reloadChoices() {
    m_choicesLoaded = true;
    runInBackground<Choices>(
        m_app.database(), this, readChoices, [this](std::optional<Choices> choices) {
            if (!choices)
                return;
            refill(m_channel, choices->value(QStringLiteral("channel")));
            refill(m_location, choices->value(QStringLiteral("location")));
            refill(m_salesperson, choices->value(QStringLiteral("salesperson")));
        });
}

void OrderFilterBar::clearAll() {
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockUnpaid(m_unpaid);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_search->clear();
        m_unpaid->setChecked(false);
        m_from->setDate(kNoBound);
        m_to->setDate(kNoBound);
        for (QComboBox* combo : {m_status, m_channel, m_location, m_salesperson}) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
    }
    emit filterChanged();
}

OrderFilter OrderFilterBar::filter() const {
    OrderFilter f;
    f.text = m_search->text().trimmed();
    f.from = isoOrEmpty(m_from);
    f.to = isoOrEmpty(m_to);
    f.status = m_status->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.location = m_location->currentData().toString();
    f.salesperson = m_salesperson->currentData().toString();
    f.unpaidOnly = m_unpaid->isChecked();
    return f;
}

} // namespace clientele
