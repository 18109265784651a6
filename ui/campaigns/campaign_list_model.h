#pragma once

#include "campaign_results.h"
#include "domain/campaign_repository.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

class AppContext;

// The campaigns (a shop has tens, not thousands: all rows are read at once, on a worker thread)
// and, once the promotion analysis has run, what each brought.
class CampaignListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Channel,
        Starts,
        Ends,
        Cost,
        Members,
        Responders,
        ResponseRate,
        Lift,
        IncrementalProfit,
        Roi,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    // The raw figure behind a result or cost cell (ratios as doubles, money in minor units);
    // null when there is none.
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit CampaignListModel(AppContext& app, QObject* parent = nullptr);

    void reload();
    bool isLoading() const { return m_generation != m_applied; }
    // Results replace the previous ones; campaigns without a result show empty cells.
    void setResults(CampaignResults results);
    bool hasResults() const { return m_hasResults; }
    const CampaignRow& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    int rowOf(Id campaignId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const CampaignRow& row, int column) const;
    QVariant result(Id campaign, int column) const;
    QVariant raw(const CampaignRow& row, int column) const;
    QString percent(std::optional<double> share) const;

    AppContext& m_app;
    std::vector<CampaignRow> m_rows;
    CampaignResults m_results;
    bool m_hasResults = false;
    quint64 m_generation = 0;
    quint64 m_applied = 0;
};

} // namespace clientele
