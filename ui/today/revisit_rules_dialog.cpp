#include "revisit_rules_dialog.h"

#include "agenda/revisits.h"
#include "customers/distinct_values.h"
#include "shell/app_context.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

// The tiers customers have, and those with a rule already (a tier may have no customer yet).
QStringList tiersInUse(Database& db, const std::vector<RevisitRule>& rules) {
    QStringList tiers;
    for (const RevisitRule& r : rules)
        tiers << r.tier;
    try {
        for (const QString& tier : distinctCustomerValues(db, "tier"))
            if (!tiers.contains(tier))
                tiers << tier;
    } catch (...) {
        // Without the list the rules already set are still shown and editable.
    }
    tiers.sort();
    return tiers;
}

} // namespace

RevisitRulesDialog::RevisitRulesDialog(AppContext& app, QWidget* parent)
    : QDialog(parent)
    , m_app(app) {
    setWindowTitle(tr("Revisit Rules"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Visit or call the customers of a tier at least this often. "
                                "Those whose last visit, call or meeting is older are listed "
                                "under Revisits due on the Today page. 0 means no rule."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const std::vector<RevisitRule> rules = RevisitRules::read(app.database());
    const QStringList tiers = tiersInUse(app.database(), rules);
    m_table = new QTableWidget(static_cast<int>(tiers.size()), 2, this);
    m_table->setHorizontalHeaderLabels({tr("Tier"), tr("Every")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int row = 0; row < tiers.size(); ++row) {
        auto* tier = new QTableWidgetItem(tiers[row]);
        tier->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, tier);
        auto* days = new QSpinBox(m_table);
        days->setRange(0, 3650);
        days->setSuffix(tr(" days"));
        days->setSpecialValueText(tr("no rule"));
        for (const RevisitRule& r : rules)
            if (r.tier == tiers[row])
                days->setValue(r.everyDays);
        m_table->setCellWidget(row, 1, days);
    }
    m_table->resizeColumnToContents(1);
    layout->addWidget(m_table);
    if (tiers.isEmpty())
        layout->addWidget(new QLabel(tr("No customer has a tier yet: set tiers on the customers "
                                        "(or with Bulk Edit) first."),
                                     this));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!app.database().isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &RevisitRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(380, 360);
}

void RevisitRulesDialog::setDays(const QString& tier, int days) {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->text() == tier)
            static_cast<QSpinBox*>(m_table->cellWidget(row, 1))->setValue(days);
}

void RevisitRulesDialog::accept() {
    std::vector<RevisitRule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int days = static_cast<QSpinBox*>(m_table->cellWidget(row, 1))->value();
        if (days > 0)
            rules.push_back({m_table->item(row, 0)->text(), days});
    }
    if (const Status s = RevisitRules::save(m_app.database(), rules); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    m_app.notifyChanged(QStringLiteral("revisit_rules"));
    QDialog::accept();
}

} // namespace clientele
