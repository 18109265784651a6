#pragma once

#include "domain/campaign.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

class AppContext;

// The members of one campaign, by name, read on a worker thread.
class CampaignMembersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Ref, Name, Contacted, ColumnCount };
    static constexpr int CustomerIdRole = Qt::UserRole + 1;

    explicit CampaignMembersModel(AppContext& app, QObject* parent = nullptr);

    void setCampaign(Id campaignId); // 0: none
    Id campaign() const { return m_campaign; }
    void reload();
    bool isLoading() const { return m_generation != m_applied; }
    const CampaignMember& memberAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    AppContext& m_app;
    Id m_campaign = 0;
    std::vector<CampaignMember> m_rows;
    quint64 m_generation = 0;
    quint64 m_applied = 0;
};

} // namespace clientele
