#include "campaign_list_model.h"

#include "shell/app_context.h"
#include "shell/background.h"

namespace clientele {

CampaignListModel::CampaignListModel(AppContext& app, QObject* parent)
    : QAbstractTableModel(parent)
    , m_app(app) {}

void CampaignListModel::reload() {
    const quint64 generation = ++m_generation;
    runInBackground<std::vector<CampaignRow>>(
        m_app.database(), this,
        [](Database& db) { return CampaignRepository(db).list().valueOr({}); },
        [this, generation](std::optional<std::vector<CampaignRow>> rows) {
            if (generation != m_generation)
                return; // a newer read was asked meanwhile
            m_applied = generation;
            beginResetModel();
            m_rows = rows ? std::move(*rows) : std::vector<CampaignRow>{};
            endResetModel();
        });
}

void CampaignListModel::setResults(CampaignResults results) {
    m_results = std::move(results);
    m_hasResults = true;
    if (!m_rows.empty())
        emit dataChanged(index(0, Responders), index(rowCount() - 1, Roi));
}

int CampaignListModel::rowOf(Id campaignId) const {
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].campaign.id == campaignId)
            return static_cast<int>(r);
    return -1;
}

int CampaignListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignListModel::percent(std::optional<double> share) const {
    return share ? m_app.locale().toString(*share * 100.0, 'f', 1) + u'%' : QString();
}

QVariant CampaignListModel::result(Id campaign, int column) const {
    const auto found = m_results.find(campaign);
    if (found == m_results.end())
        return {};
    const CampaignResult& r = found->second;
    switch (column) {
    case Responders:
        return r.responders ? m_app.locale().toString(*r.responders) : QString();
    case ResponseRate:
        return percent(r.responseRate);
    case Lift:
        return r.lift ? m_app.locale().toString(*r.lift, 'f', 2) + u'×' : QString();
    case IncrementalProfit:
        return r.incrementalProfit ? m_app.money(*r.incrementalProfit) : QString();
    case Roi:
        return percent(r.roi);
    default:
        return {};
    }
}

namespace {

template <typename T>
QVariant orNull(const std::optional<T>& value) {
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace

QVariant CampaignListModel::raw(const CampaignRow& row, int column) const {
    if (column == Cost)
        return QVariant::fromValue(row.campaign.cost);
    if (column == Members)
        return row.members;
    const auto found = m_results.find(row.campaign.id);
    if (column < Responders || found == m_results.end())
        return display(row, column);
    const CampaignResult& r = found->second;
    switch (column) {
    case Responders:
        return orNull(r.responders);
    case ResponseRate:
        return orNull(r.responseRate);
    case Lift:
        return orNull(r.lift);
    case IncrementalProfit:
        return orNull(r.incrementalProfit);
    default:
        return orNull(r.roi);
    }
}

QVariant CampaignListModel::display(const CampaignRow& row, int column) const {
    const Campaign& c = row.campaign;
    switch (column) {
    case Code:
        return c.code;
    case Name:
        return c.name;
    case Channel:
        return c.channel;
    case Starts:
        return c.startsOn.isEmpty() ? QString() : m_app.date(c.startsOn);
    case Ends:
        return c.endsOn.isEmpty() ? QString() : m_app.date(c.endsOn);
    case Cost:
        return m_app.money(c.cost);
    case Members:
        return m_app.locale().toString(row.members);
    default:
        return result(c.id, column);
    }
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const CampaignRow& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Cost ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return raw(r, index.column());
    case IdRole:
        return r.campaign.id;
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= Cost ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    static const char* const names[] = {
        QT_TR_NOOP("Code"),
        QT_TR_NOOP("Name"),
        QT_TR_NOOP("Channel"),
        QT_TR_NOOP("Starts"),
        QT_TR_NOOP("Ends"),
        QT_TR_NOOP("Cost"),
        QT_TR_NOOP("Members"),
        QT_TR_NOOP("Responders"),
        QT_TR_NOOP("Response"),
        QT_TR_NOOP("Lift"),
        QT_TR_NOOP("Incremental profit"),
        QT_TR_NOOP("ROI"),
    };
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace clientele
