#include "add_members_dialog.h"

#include "campaign_commands.h"
#include "customers/customer_filter_bar.h"
#include "domain/campaign_repository.h"
#include "domain/customer_repository.h"
#include "shell/app_context.h"
#include "shell/background.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>
#include <unordered_set>

namespace clientele {

AddMembersDialog::AddMembersDialog(AppContext& app, Id campaignId, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_campaign(campaignId) {
    setWindowTitle(tr("Add Members"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Add the customers who match:"), this));
    m_filter = new CustomerFilterBar(app, this);
    layout->addWidget(m_filter);
    m_segmentNote = new QLabel(this);
    m_segmentNote->setStyleSheet(QStringLiteral("color: #546e7a;"));
    m_segmentNote->setWordWrap(true);
    layout->addWidget(m_segmentNote);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    layout->addWidget(m_preview);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddMembersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &CustomerFilterBar::filterChanged, this, &AddMembersDialog::countMatches);
    connect(&app, &AppContext::insightsChanged, this, &AddMembersDialog::showSegmentNote);
    showSegmentNote();
    resize(1240, sizeHint().height());
    countMatches();
}

void AddMembersDialog::showSegmentNote() {
    m_segmentNote->setText(m_app.insights()
                               ? QString()
                               : tr("RFM segments can be picked once the analyses are ready: they "
                                    "run in the background shortly after start-up."));
    m_segmentNote->setVisible(!m_app.insights());
}

// Every matching id is read (not only the count) so that what is added is what was previewed.
void AddMembersDialog::countMatches() {
    const quint64 generation = ++m_generation;
    m_add->setEnabled(false);
    m_preview->setText(tr("Counting…"));
    runInBackground<Preview>(
        m_app.database(), this,
        [filter = m_filter->filter(), campaign = m_campaign](Database& db) {
            Preview p;
            auto rows = CustomerRepository(db).list(filter, CustomerSort::Name, true, 0,
                                                    std::numeric_limits<int>::max());
            std::unordered_set<Id> members;
            for (const CampaignMember& m : CampaignRepository(db).members(campaign).valueOr({}))
                members.insert(m.customerId);
            for (const CustomerListRow& r : rows.valueOr({})) {
                p.matching.push_back(r.id);
                p.fresh += members.count(r.id) == 0 ? 1 : 0;
            }
            return p;
        },
        [this, generation](std::optional<Preview> preview) {
            if (generation != m_generation)
                return; // the filter changed meanwhile
            m_applied = generation;
            showPreview(preview ? std::move(*preview) : Preview{});
        });
}

void AddMembersDialog::showPreview(Preview preview) {
    m_matching = std::move(preview.matching);
    m_new = preview.fresh;
    const QLocale locale = m_app.locale();
    m_preview->setText(tr("%1 customers match; %2 of them are not members yet.")
                           .arg(locale.toString(matching()), locale.toString(m_new)));
    m_add->setText(m_new > 0 ? tr("Add %1").arg(locale.toString(m_new)) : tr("Add"));
    m_add->setEnabled(m_new > 0);
}

void AddMembersDialog::accept() {
    if (isCounting() || m_new == 0)
        return;
    auto* command = new AddMembersCommand(m_app, m_campaign, m_matching);
    if (const Status s = m_app.execute(command); !s) {
        m_preview->setText(s.error().message);
        return;
    }
    m_added = command->added();
    QDialog::accept();
}

} // namespace clientele
