#pragma once

#include "common/ids.h"
#include "shell/page.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace clientele {

class ProductListModel;

// The catalogue: every product with its price, cost, margin, stock and reorder level, filtered
// by text and category. Enter or a double-click edits the product; Ctrl+N adds one.
class ProductsPage : public Page {
    Q_OBJECT
public:
    explicit ProductsPage(AppContext& app, QWidget* parent = nullptr);
    ~ProductsPage() override;

    QString title() const override { return tr("Products"); }
    QIcon icon() const override;
    void activate() override;
    QWidget* focusTarget() override;
    bool createNew() override;

    ProductListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* categoryCombo() const { return m_category; }
    Id currentProduct() const;

    void newProduct();
    void editCurrent();

private:
    QWidget* buildToolbar();
    QWidget* buildFilters();
    void setUpView();
    void applyFilter();
    void fillCategories();
    void updateActions();
    void updateCount();

    ProductListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QTimer* m_debounce = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    bool m_loaded = false;
    bool m_stale = false; // data changed while the page was hidden
};

} // namespace clientele
