#include "campaign_members_model.h"

#include "domain/campaign_repository.h"
#include "shell/app_context.h"
#include "shell/background.h"

namespace clientele {

CampaignMembersModel::CampaignMembersModel(AppContext& app, QObject* parent)
    : QAbstractTableModel(parent)
    , m_app(app) {}

void CampaignMembersModel::setCampaign(Id campaignId) {
    m_campaign = campaignId;
    reload();
}

void CampaignMembersModel::reload() {
    const quint64 generation = ++m_generation;
    const Id campaign = m_campaign;
    runInBackground<std::vector<CampaignMember>>(
        m_app.database(), this,
        [campaign](Database& db) {
            return campaign == 0 ? std::vector<CampaignMember>{}
                                 : CampaignRepository(db).members(campaign).valueOr({});
        },
        [this, generation](std::optional<std::vector<CampaignMember>> rows) {
            if (generation != m_generation)
                return; // another campaign was picked meanwhile
            m_applied = generation;
            beginResetModel();
            m_rows = rows ? std::move(*rows) : std::vector<CampaignMember>{};
            endResetModel();
        });
}

int CampaignMembersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CampaignMembersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignMembersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const CampaignMember& m = m_rows[static_cast<std::size_t>(index.row())];
    if (role == CustomerIdRole)
        return m.customerId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Ref:
        return m.customerRef;
    case Name:
        return m.customerName;
    case Contacted:
        return m.contactedAt.isEmpty() ? QString() : m_app.dateTime(m.contactedAt);
    default:
        return {};
    }
}

QVariant CampaignMembersModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref:
        return tr("Ref");
    case Name:
        return tr("Customer");
    case Contacted:
        return tr("Contacted");
    default:
        return {};
    }
}

} // namespace clientele
