#include "conflict_list_model.h"

#include "shell/app_context.h"
#include "shell/background.h"
#include "sync_labels.h"

#include <QColor>
#include <QFont>

namespace clientele {

ConflictListModel::ConflictListModel(AppContext& app, QObject* parent)
    : QAbstractTableModel(parent)
    , m_app(app) {}

void ConflictListModel::setShowResolved(bool show) {
    if (show == m_showResolved)
        return;
    m_showResolved = show;
    reload();
}

void ConflictListModel::setDeviceNames(QHash<qint64, QString> names) {
    m_devices = std::move(names);
    if (!m_entries.empty())
        emit dataChanged(index(0, KeptFrom), index(rowCount() - 1, OtherFrom));
}

void ConflictListModel::reload() {
    const quint64 generation = ++m_generation;
    const bool withResolved = m_showResolved;
    runInBackground<std::vector<sync::ConflictEntry>>(
        m_app.database(), this,
        [withResolved](Database& db) { return sync::listConflicts(db, withResolved).valueOr({}); },
        [this, generation](std::optional<std::vector<sync::ConflictEntry>> entries) {
            if (generation != m_generation)
                return; // a newer read was asked meanwhile
            m_applied = generation;
            beginResetModel();
            m_entries = entries ? std::move(*entries) : std::vector<sync::ConflictEntry>{};
            endResetModel();
        });
}

int ConflictListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::value(const sync::ConflictEntry& e, const sync::FieldValue& v) const {
    if (!e.isWholeRecord())
        return syncValueText(m_app, e.column, v);
    // An edit against a delete: the record was kept, the delete lost.
    return v.display() == QLatin1String("deleted") ? tr("Deleted") : tr("Kept");
}

QString ConflictListModel::writer(const sync::WriteClock& by) const {
    if (by.device == 0)
        return by.clock == 0 ? tr("the merge") : QString();
    const QString device = m_devices.value(by.device, QString::number(by.device));
    const QString when = syncClockText(m_app, by.clock);
    return when.isEmpty() ? device : tr("%1, %2").arg(device, when);
}

QString ConflictListModel::display(const sync::ConflictEntry& e, int column) const {
    switch (column) {
    case Record:
        return e.record.exists ? e.record.text : tr("(no longer here) #%1").arg(e.row);
    case Kind:
        return syncTableLabel(e.table);
    case Field:
        return syncFieldLabel(e.column);
    case Kept:
        return value(e, e.kept);
    case Other:
        return value(e, e.lost);
    case KeptFrom:
        return writer(e.keptBy);
    case OtherFrom:
        return e.lostBy.device == 0 && e.lostBy.clock == 0 ? tr("unknown") : writer(e.lostBy);
    case Found:
        return m_app.dateTime(e.recordedAt);
    case Resolved:
        return e.isOpen() ? QString() : m_app.dateTime(e.resolvedAt);
    default:
        return {};
    }
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const sync::ConflictEntry& e = entryAt(index.row());
    if (role == Qt::DisplayRole)
        return display(e, index.column());
    if (role == Qt::ToolTipRole && (index.column() == Kept || index.column() == Other))
        return display(e, index.column());
    if (role == Qt::FontRole && index.column() == Kept) {
        QFont bold;
        bold.setBold(e.isOpen());
        return bold;
    }
    if (role == Qt::ForegroundRole && !e.isOpen())
        return QColor(0x75, 0x75, 0x75);
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Record:
        return tr("Record");
    case Kind:
        return tr("Kind");
    case Field:
        return tr("Field");
    case Kept:
        return tr("Value kept");
    case Other:
        return tr("Other value");
    case KeptFrom:
        return tr("Kept from");
    case OtherFrom:
        return tr("Other from");
    case Found:
        return tr("Found");
    case Resolved:
        return tr("Resolved");
    default:
        return {};
    }
}

} // namespace clientele
