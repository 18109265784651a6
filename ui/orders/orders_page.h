#pragma once

#include "common/ids.h"
#include "shell/page.h"

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace clientele {

class OrderFilterBar;
class OrderListModel;

// The orders list: every order, paged lazily from SQL, filtered and sorted in SQL. Enter or a
// double-click asks for the order to be opened (AppContext::openOrderRequested); the editor
// itself is not part of the page.
class OrdersPage : public Page {
    Q_OBJECT
public:
    explicit OrdersPage(AppContext& app, QWidget* parent = nullptr);
    ~OrdersPage() override;

    QString title() const override { return tr("Orders"); }
    QIcon icon() const override;
    void activate() override;
    QWidget* focusTarget() override;
    Id currentCustomer() const override;
    bool createNew() override;

    OrderListModel* model() const { return m_model; }
    OrderFilterBar* filterBar() const { return m_filters; }
    QTableView* view() const { return m_view; }
    Id currentOrder() const;

    void newOrder();
    void openCurrent();

private:
    QWidget* buildToolbar();
    void setUpView();
    void saveColumns() const;
    void restoreColumns();
    void updateActions();
    void updateCount();

    OrderListModel* m_model = nullptr;
    OrderFilterBar* m_filters = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    bool m_stale = false; // data changed while the page was hidden
};

} // namespace clientele
