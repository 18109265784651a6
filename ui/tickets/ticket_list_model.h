#pragma once

#include "domain/ticket_listing.h"
#include "shell/paged_table_model.h"

#include <vector>

namespace clientele {

class AppContext;

// All tickets matching the Tickets page's filter. The count and the first rows are read on a
// worker thread; more rows are fetched as the view scrolls.
class TicketListModel : public PagedTableModel<TicketRow, TicketFilter> {
    Q_OBJECT
public:
    enum Column {
        Opened,
        Customer,
        Subject,
        Category,
        Severity,
        Status,
        Order,
        Age,
        Satisfaction,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int CustomerIdRole = Qt::UserRole + 2;

    explicit TicketListModel(AppContext& app, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const TicketRow& row, int column) const;
    QVariant foreground(const TicketRow& row, int column) const;
    QString age(const Ticket& ticket) const;
};

} // namespace clientele
