#pragma once

#include "domain/ticket_listing.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

class AppContext;

// All tickets matching the Tickets page's filter. The count and the first rows are read on a
// worker thread; more rows are fetched as the view scrolls.
class TicketListModel : public QAbstractTableModel {
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

    void setFilter(const TicketFilter& filter);
    const TicketFilter& filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_generation != m_applied; }
    int totalCount() const { return m_total; }
    const TicketRow& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct FirstPage {
        int total = 0;
        std::vector<TicketRow> rows;
    };
    void apply(FirstPage page);
    QVariant display(const TicketRow& row, int column) const;
    QVariant foreground(const TicketRow& row, int column) const;
    QString age(const Ticket& ticket) const;

    AppContext& m_app;
    TicketFilter m_filter;
    std::vector<TicketRow> m_rows;
    int m_total = 0;
    quint64 m_generation = 0;
    quint64 m_applied = 0;
    bool m_fetching = false;
};

} // namespace clientele
