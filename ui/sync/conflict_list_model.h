#pragma once

#include "sync/conflict_list.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace clientele {

class AppContext;

// This copy's conflict list: open conflicts, or all of them. A copy has a handful to a few
// hundred; all rows are read at once, on a worker thread.
class ConflictListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Record,
        Kind,
        Field,
        Kept,
        Other,
        KeptFrom,
        OtherFrom,
        Found,
        Resolved,
        ColumnCount
    };

    explicit ConflictListModel(AppContext& app, QObject* parent = nullptr);

    void setShowResolved(bool show);
    bool showsResolved() const { return m_showResolved; }
    // Device names by id, for the "from" columns.
    void setDeviceNames(QHash<qint64, QString> names);
    void reload();
    bool isLoading() const { return m_generation != m_applied; }
    const sync::ConflictEntry& entryAt(int row) const {
        return m_entries[static_cast<std::size_t>(row)];
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString display(const sync::ConflictEntry& e, int column) const;
    QString value(const sync::ConflictEntry& e, const sync::FieldValue& v) const;
    QString writer(const sync::WriteClock& by) const;

    AppContext& m_app;
    std::vector<sync::ConflictEntry> m_entries;
    QHash<qint64, QString> m_devices;
    bool m_showResolved = false;
    quint64 m_generation = 0;
    quint64 m_applied = 0;
};

} // namespace clientele
