#include "analysis_toolbar.h"

#include "shell/app_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace clientele {

QDate toQDate(DayNumber day) {
    const Ymd d = civilDate(day);
    return QDate(d.year, d.month, d.day);
}

DayNumber toDayNumber(const QDate& date) {
    return dayNumber(Ymd{date.year(), date.month(), date.day()});
}

AnalysisToolbar::AnalysisToolbar(AppContext& app, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 4);
    const QDate today = toQDate(app.today());
    m_sinceFirst = new QCheckBox(tr("Since the first order"), this);
    m_sinceFirst->setChecked(true);
    layout->addWidget(m_sinceFirst);
    m_from = addDate(tr("From"), today.addYears(-1).addDays(1));
    m_from->setEnabled(false);
    m_to = addDate(tr("To"), today);
    m_asOf = addDate(tr("As of"), today);
    m_channel = addFilter(QStringLiteral("channel"), tr("All channels"));
    m_location = addFilter(QStringLiteral("location"), tr("All locations"));
    m_salesperson = addFilter(QStringLiteral("salesperson"), tr("All salespeople"));
    m_region = addFilter(QStringLiteral("region"), tr("All regions"));
    layout->addStretch(1);
    auto* exporting = new QPushButton(tr("Export"), this);
    exporting->setObjectName(QStringLiteral("export"));
    m_export = new QMenu(exporting);
    exporting->setMenu(m_export);
    layout->addWidget(exporting);
    auto* report =
        new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("Save Report…"), this);
    report->setObjectName(QStringLiteral("saveReport"));
    report->setToolTip(tr("Save every analysis as a PDF report, one page per P"));
    layout->addWidget(report);
    connect(report, &QPushButton::clicked, this, &AnalysisToolbar::reportRequested);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &AnalysisToolbar::windowChanged);
    connect(m_sinceFirst, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(!on);
        m_debounce->start();
    });
    connect(m_from, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        m_toFollowsAsOf = false;
        m_debounce->start();
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (m_toFollowsAsOf) {
            const QSignalBlocker block(m_to);
            m_to->setDate(date);
        }
        m_debounce->start();
    });
}

QComboBox* AnalysisToolbar::addFilter(const QString& name, const QString& all) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItem(all, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { m_debounce->start(); });
    return combo;
}

QComboBox* AnalysisToolbar::filterCombo(const QString& name) const {
    return findChild<QComboBox*>(name);
}

analysis::FactsFilter AnalysisToolbar::filter() const {
    return {m_channel->currentData().toString(), m_location->currentData().toString(),
            m_salesperson->currentData().toString(), m_region->currentData().toString()};
}

void AnalysisToolbar::setChoices(const analysis::Facts& facts) {
    const auto refill = [](QComboBox* combo, const analysis::Dictionary& values) {
        QStringList texts;
        for (int code = 1; code < values.size(); ++code) // 0 is the empty text
            texts << values.text(code);
        texts.sort(Qt::CaseInsensitive);
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString& text : texts)
            combo->addItem(text, text);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_channel, facts.channels);
    refill(m_location, facts.locations);
    refill(m_salesperson, facts.salespeople);
    refill(m_region, facts.regions);
}

QDateEdit* AnalysisToolbar::addDate(const QString& label, const QDate& date) {
    auto* edit = new QDateEdit(date, this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* text = new QLabel(label, this);
    text->setBuddy(edit);
    layout()->addWidget(text);
    layout()->addWidget(edit);
    return edit;
}

analysis::WindowRequest AnalysisToolbar::request() const {
    analysis::WindowRequest request;
    if (!m_sinceFirst->isChecked())
        request.from = toDayNumber(m_from->date());
    request.to = toDayNumber(m_to->date());
    request.asOf = toDayNumber(m_asOf->date());
    return request;
}

void AnalysisToolbar::setRequest(const analysis::WindowRequest& request) {
    const QSignalBlocker b1(m_sinceFirst), b2(m_from), b3(m_to), b4(m_asOf);
    m_sinceFirst->setChecked(!request.from);
    m_from->setEnabled(request.from.has_value());
    if (request.from)
        m_from->setDate(toQDate(*request.from));
    if (request.asOf)
        m_asOf->setDate(toQDate(*request.asOf));
    m_to->setDate(request.to ? toQDate(*request.to) : m_asOf->date());
    m_toFollowsAsOf = !request.to;
    emit windowChanged();
}

} // namespace clientele

namespace clientele {

void AnalysisToolbar::showResolved(const analysis::Window& window) {
    if (!m_sinceFirst->isChecked())
        return;
    const QSignalBlocker block(m_from);
    m_from->setDate(toQDate(window.from));
}

} // namespace clientele
