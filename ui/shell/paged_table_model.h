#pragma once

#include "common/result.h"
#include "shell/app_context.h"
#include "shell/background.h"

#include <QAbstractTableModel>

#include <iterator>
#include <vector>

namespace clientele {

// A list read from SQL a page at a time: the count and the first rows on a worker thread (a
// newer filter wins over an older read still running), more rows as the view scrolls. Models
// that list one kind of row under a filter derive from it and add their columns.
template <typename Row, typename Filter>
class PagedTableModel : public QAbstractTableModel {
public:
    using Count = Result<int> (*)(Database&, const Filter&);
    using List = Result<std::vector<Row>> (*)(Database&, const Filter&, int offset, int limit);

    PagedTableModel(AppContext& app, Count count, List list, QObject* parent)
        : QAbstractTableModel(parent)
        , m_app(app)
        , m_count(count)
        , m_list(list) {}

    void setFilter(const Filter& filter) {
        m_filter = filter;
        reload();
    }
    const Filter& filter() const { return m_filter; }
    void reload() {
        const quint64 generation = ++m_generation;
        runInBackground<FirstPage>(
            m_app.database(), this,
            [filter = m_filter, count = m_count, list = m_list](Database& db) {
                FirstPage page;
                page.total = count(db, filter).valueOr(0);
                page.rows = list(db, filter, 0, kPageSize).valueOr({});
                return page;
            },
            [this, generation](std::optional<FirstPage> page) {
                if (generation != m_generation)
                    return; // a newer filter was asked meanwhile
                m_applied = generation;
                apply(page ? std::move(*page) : FirstPage{});
            });
    }
    bool isLoading() const { return m_generation != m_applied; }
    int totalCount() const { return m_total; }
    const Row& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override {
        return !parent.isValid() && !m_fetching && static_cast<int>(m_rows.size()) < m_total;
    }
    void fetchMore(const QModelIndex& parent) override {
        if (!canFetchMore(parent))
            return;
        m_fetching = true;
        auto more = m_list(m_app.database(), m_filter, static_cast<int>(m_rows.size()), kPageSize);
        if (more && !more->empty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
            std::move(more->begin(), more->end(), std::back_inserter(m_rows));
            endInsertRows();
        } else {
            m_total = static_cast<int>(m_rows.size()); // the table shrank meanwhile
        }
        m_fetching = false;
    }

protected:
    AppContext& app() const { return m_app; }

private:
    static constexpr int kPageSize = 200;
    struct FirstPage {
        int total = 0;
        std::vector<Row> rows;
    };
    void apply(FirstPage page) {
        m_fetching = true; // listeners of modelReset must not fetch before the reset is over
        beginResetModel();
        m_total = page.total;
        m_rows = std::move(page.rows);
        endResetModel();
        m_fetching = false;
    }

    AppContext& m_app;
    Count m_count;
    List m_list;
    Filter m_filter;
    std::vector<Row> m_rows;
    int m_total = 0;
    quint64 m_generation = 0;
    quint64 m_applied = 0;
    bool m_fetching = false;
};

} // namespace clientele
