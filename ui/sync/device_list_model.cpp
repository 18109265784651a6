#include "device_list_model.h"

#include "shell/app_context.h"
#include "sync_labels.h"

#include <QFont>

namespace clientele {

DeviceListModel::DeviceListModel(AppContext& app, QObject* parent)
    : QAbstractTableModel(parent)
    , m_app(app) {}

void DeviceListModel::setStatus(const sync::SyncStatus& status) {
    beginResetModel();
    m_devices = status.devices;
    endResetModel();
}

int DeviceListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceListModel::display(const sync::OriginStatus& d, int column) const {
    switch (column) {
    case Device:
        return d.self ? tr("%1 (this device)").arg(d.device.name) : d.device.name;
    case LastSeen:
        if (d.self)
            return {};
        return d.lastSeen.isEmpty() ? tr("never") : m_app.dateTime(d.lastSeen);
    case LatestChange:
        return d.appliedClock == 0 ? tr("none yet") : syncClockText(m_app, d.appliedClock);
    case Waiting:
        return d.self ? QString() : m_app.locale().toString(d.waiting);
    default:
        return {};
    }
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const sync::OriginStatus& d = deviceAt(index.row());
    if (role == Qt::DisplayRole)
        return display(d, index.column());
    if (role == Qt::TextAlignmentRole && index.column() == Waiting)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && d.self) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Device:
        return tr("Device");
    case LastSeen:
        return tr("Last heard from");
    case LatestChange:
        return tr("Its latest change here");
    case Waiting:
        return tr("Changes waiting for it");
    default:
        return {};
    }
}

} // namespace clientele
