#pragma once

#include "common/ids.h"

#include <QAbstractTableModel>
#include <QSet>

#include <vector>

namespace clientele {

class AppContext;

// One event in a customer's history.
struct TimelineEntry {
    enum class Kind { Visit, Order, Ticket, Task };
    Kind kind = Kind::Visit;
    Id id = 0;
    QString at; // YYYY-MM-DD or date-time: sorts as text
    QString title;
    QString detail;
};

// Visits, orders, tickets and tasks of one customer merged newest first, optionally only some
// kinds.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Kind, What, Details, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2;

    explicit TimelineModel(AppContext& app, QObject* parent = nullptr);

    void load(Id customerId);
    void setKinds(const QSet<TimelineEntry::Kind>& kinds); // empty = all
    const std::vector<TimelineEntry>& entries() const { return m_shown; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString kindLabel(TimelineEntry::Kind kind);

private:
    void applyFilter();

    AppContext& m_app;
    std::vector<TimelineEntry> m_all;
    std::vector<TimelineEntry> m_shown;
    QSet<TimelineEntry::Kind> m_kinds;
};

} // namespace clientele
