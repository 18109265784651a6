#include "customer_filter_bar.h"

#include "common/text_lists.h"
#include "customer_labels.h"
#include "distinct_values.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "shell/customer_insights.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QTimer>
#include <QToolButton>

namespace clientele {

namespace {

using Choices = QHash<QString, QStringList>;

QStringList distinctTags(const Database& db) {
    QSet<QString> seen;
    sql::Statement q = db.prepare("SELECT DISTINCT tags FROM customer WHERE tags <> ''");
    while (q.step())
        for (const QString& tag : splitList(q.text(0)))
            seen.insert(tag);
    QStringList tags(seen.begin(), seen.end());
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

Choices readChoices(Database& db) {
    Choices c;
    c.insert(QStringLiteral("tier"), distinctCustomerValues(db, "tier"));
    c.insert(QStringLiteral("salesperson"), distinctCustomerValues(db, "salesperson"));
    c.insert(QStringLiteral("region"), distinctCustomerValues(db, "region"));
    c.insert(QStringLiteral("city"), distinctCustomerValues(db, "city", 2000));
    c.insert(QStringLiteral("tag"), distinctTags(db));
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

} // namespace

CustomerFilterBar::CustomerFilterBar(AppContext& app, QWidget* parent)
    : QWidget(parent)
    , m_app(app) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search customers"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setToolTip(tr("Any part of a name, company, phone, email or ref"));
    layout->addWidget(m_search, 2);
    m_status = addCombo(QStringLiteral("status"), tr("All statuses"));
    for (const QString& s : customer_values::statuses)
        m_status->addItem(customerStatusLabel(s), s);
    m_tier = addCombo(QStringLiteral("tier"), tr("All tiers"));
    m_segment = addCombo(QStringLiteral("segment"), tr("All segments"));
    m_tag = addCombo(QStringLiteral("tag"), tr("All tags"));
    m_salesperson = addCombo(QStringLiteral("salesperson"), tr("All salespeople"));
    m_region = addCombo(QStringLiteral("region"), tr("All regions"));
    m_city = addCombo(QStringLiteral("city"), tr("All cities"));
    for (QComboBox* combo : {m_status, m_tier, m_segment, m_tag, m_salesperson, m_region, m_city})
        layout->addWidget(combo, 1);
    auto* clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Show all customers"));
    connect(clear, &QToolButton::clicked, this, &CustomerFilterBar::clearAll);
    layout->addWidget(clear);

    // Searching waits for a pause in typing so each keystroke does not hit the database.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CustomerFilterBar::filterChanged);
    fillSegments();
    connect(&app, &AppContext::insightsChanged, this, &CustomerFilterBar::fillSegments);
}

QComboBox* CustomerFilterBar::addCombo(const QString& field, const QString& allText) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(field);
    combo->addItem(allText, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    connect(combo, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::filterChanged);
    return combo;
}

QComboBox* CustomerFilterBar::combo(const QString& field) const {
    return findChild<QComboBox*>(field);
}

void CustomerFilterBar::fillSegments() {
    CustomerInsights* insights = m_app.insights();
    refill(m_segment, insights ? insights->segments() : QStringList());
    m_segment->setEnabled(insights != nullptr);
    m_segment->setToolTip(insights ? tr("RFM segment")
                                   : tr("RFM segments appear once the analyses have run"));
}

void CustomerFilterBar::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_choicesLoaded) {
        m_choicesLoaded = true;
        // After the list's first page: reading every tag scans all customers.
        QTimer::singleShot(300, this, &CustomerFilterBar::reloadChoices);
    }
}

void CustomerFilterBar::reloadChoices() {
    m_choicesLoaded = true;
    runInBackground<Choices>(
        m_app.database(), this, readChoices, [this](std::optional<Choices> choices) {
            if (!choices)
                return;
            refill(m_tier, choices->value(QStringLiteral("tier")));
            refill(m_tag, choices->value(QStringLiteral("tag")));
            refill(m_salesperson, choices->value(QStringLiteral("salesperson")));
            refill(m_region, choices->value(QStringLiteral("region")));
            refill(m_city, choices->value(QStringLiteral("city")));
        });
}

void CustomerFilterBar::clearAll() {
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
        for (QComboBox* combo :
             {m_status, m_tier, m_segment, m_tag, m_salesperson, m_region, m_city}) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
    }
    emit filterChanged();
}

CustomerFilter CustomerFilterBar::filter() const {
    CustomerFilter f;
    f.text = m_search->text();
    f.status = m_status->currentData().toString();
    f.tier = m_tier->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.salesperson = m_salesperson->currentData().toString();
    f.region = m_region->currentData().toString();
    f.city = m_city->currentData().toString();
    const QString segment = m_segment->currentData().toString();
    if (!segment.isEmpty() && m_app.insights())
        f.ids = m_app.insights()->customersIn(segment);
    return f;
}

} // namespace clientele
