#pragma once

#include "sync/sync_exchange.h"

#include <QAbstractTableModel>

namespace clientele {

class AppContext;

// The devices of this copy's family: this one first, then the others it has heard of, with when
// each was last heard from, its latest change applied here, and how many changes wait for it.
class DeviceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Device, LastSeen, LatestChange, Waiting, ColumnCount };

    explicit DeviceListModel(AppContext& app, QObject* parent = nullptr);

    void setStatus(const sync::SyncStatus& status);
    const sync::OriginStatus& deviceAt(int row) const {
        return m_devices[static_cast<std::size_t>(row)];
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString display(const sync::OriginStatus& d, int column) const;

    AppContext& m_app;
    std::vector<sync::OriginStatus> m_devices;
};

} // namespace clientele
