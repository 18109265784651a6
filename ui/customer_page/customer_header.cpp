#include "customer_header.h"

#include "common/text_lists.h"
#include "customers/customer_labels.h"
#include "shell/app_context.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

void clearLayout(QLayout* layout) {
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QLabel* chip(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("background: #e3edf2; color: #21404f; border-radius: 9px;"
                                        " padding: 2px 9px;"));
    return label;
}

} // namespace

CustomerHeader::CustomerHeader(AppContext& app, QWidget* parent)
    : QWidget(parent)
    , m_app(app) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 8);
    auto* who = new QVBoxLayout;
    who->setSpacing(6);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600; color: #17323e;"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setStyleSheet(QStringLiteral("color: #546e7a;"));
    m_phones = new QHBoxLayout;
    m_phones->setSpacing(6);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(6);
    who->addWidget(m_name);
    who->addWidget(m_subtitle);
    who->addLayout(m_phones);
    who->addLayout(m_chips);
    who->addStretch(1);
    layout->addLayout(who, 1);
    m_figures = new QGridLayout;
    m_figures->setHorizontalSpacing(28);
    m_figures->setVerticalSpacing(2);
    auto* figures = new QVBoxLayout;
    figures->addLayout(m_figures);
    figures->addStretch(1);
    layout->addLayout(figures);
}

void CustomerHeader::display(const Customer& c, const QString& companyName,
                             const CustomerSummary& s,
                             const std::optional<CustomerInsight>& insight) {
    m_name->setText(c.name);
    QStringList subtitle{customerKindLabel(c.kind), c.ref};
    if (!companyName.isEmpty()) {
        QString works = c.role.isEmpty() ? tr("at %1").arg(companyName)
                                         : tr("%1 at %2").arg(c.role, companyName);
        if (!c.decisionRole.isEmpty())
            works += QStringLiteral(" (%1)").arg(decisionRoleLabel(c.decisionRole));
        subtitle << works;
    }
    if (!c.city.isEmpty())
        subtitle << c.city;
    if (!c.salesperson.isEmpty())
        subtitle << tr("Salesperson: %1").arg(c.salesperson);
    m_subtitle->setText(subtitle.join(QStringLiteral("  ·  ")));
    showPhones(c.phones);

    QStringList chips{customerStatusLabel(c.status)};
    if (!c.tier.isEmpty())
        chips << tr("Tier %1").arg(c.tier);
    if (insight && !insight->segment.isEmpty())
        chips << insight->segment;
    chips << splitList(c.tags);
    showChips(chips);

    clearLayout(m_figures);
    setFigure(QStringLiteral("revenue"), tr("Lifetime revenue"), m_app.money(s.revenue));
    setFigure(QStringLiteral("profit"), tr("Profit"), m_app.money(s.profit));
    setFigure(QStringLiteral("orders"), tr("Orders"), m_app.locale().toString(s.orders));
    setFigure(QStringLiteral("last_order"), tr("Last order"),
              s.lastOrder.isEmpty() ? tr("none") : m_app.date(s.lastOrder),
              s.daysSinceLast ? tr("%n day(s) ago", nullptr, *s.daysSinceLast) : QString());
    if (s.outstanding != 0)
        setFigure(QStringLiteral("outstanding"), tr("Outstanding"), m_app.money(s.outstanding));
    // Filled by the analysis engine once it is connected (AppContext::setInsights).
    if (insight && insight->pAlive)
        setFigure(QStringLiteral("p_alive"), tr("P(alive)"),
                  m_app.locale().toString(*insight->pAlive * 100.0, 'f', 0) + u'%');
    if (insight && insight->expectedPurchases)
        setFigure(QStringLiteral("expected_purchases"), tr("Expected orders, next year"),
                  m_app.locale().toString(*insight->expectedPurchases, 'f', 1));
    if (insight && insight->clv)
        setFigure(QStringLiteral("clv"), tr("CLV"), m_app.money(*insight->clv));
}

void CustomerHeader::setFigure(const QString& key, const QString& caption, const QString& value,
                               const QString& note) {
    const int index = m_figures->count() / 2;
    const int row = (index / 4) * 2;
    const int column = index % 4;
    auto* valueLabel = new QLabel(value, this);
    valueLabel->setObjectName(QStringLiteral("figure_%1").arg(key));
    valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    valueLabel->setStyleSheet(QStringLiteral("font-size: 17px; font-weight: 600; color: #17323e;"));
    auto* captionLabel =
        new QLabel(note.isEmpty() ? caption : QStringLiteral("%1 · %2").arg(caption, note), this);
    captionLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    captionLabel->setStyleSheet(
        QStringLiteral("color: #607d8b; font-size: 11px; margin-bottom: 10px;"));
    m_figures->addWidget(valueLabel, row, column);
    m_figures->addWidget(captionLabel, row + 1, column);
}

QString CustomerHeader::figure(const QString& key) const {
    auto* label = findChild<QLabel*>(QStringLiteral("figure_%1").arg(key));
    return label ? label->text() : QString();
}

void CustomerHeader::showPhones(const QString& phones) {
    clearLayout(m_phones);
    for (const QString& phone : splitList(phones)) {
        auto* button = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), phone, this);
        button->setObjectName(QStringLiteral("phone"));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(tr("Copy %1").arg(phone));
        connect(button, &QPushButton::clicked, this, [this, phone] {
            QGuiApplication::clipboard()->setText(phone);
            emit m_app.statusMessage(tr("Copied %1").arg(phone));
        });
        m_phones->addWidget(button);
    }
    m_phones->addStretch(1);
}

void CustomerHeader::showChips(const QStringList& chips) {
    clearLayout(m_chips);
    for (const QString& text : chips)
        m_chips->addWidget(chip(text, this));
    m_chips->addStretch(1);
}

} // namespace clientele
