#include "products_page.h"

#include "domain/product_repository.h"
#include "product_dialog.h"
#include "product_list_model.h"
#include "shell/app_context.h"
#include "storage/database.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace clientele {

namespace {
const QString kHeaderKey = QStringLiteral("products/header");
} // namespace

ProductsPage::ProductsPage(AppContext& app, QWidget* parent)
    : Page(app, parent) {
    setObjectName(QStringLiteral("products"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(buildToolbar());
    layout->addWidget(buildFilters());
    m_model = new ProductListModel(app, this);
    m_view = new QTableView(this);
    setUpView();
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductsPage::updateActions);
    connect(m_model, &ProductListModel::loadFailed, this,
            [this](const QString& message) { emit this->app().statusMessage(message); });
    connect(m_view, &QTableView::activated, this, [this] { editCurrent(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProductsPage::updateActions);
    connect(&app, &AppContext::dataChanged, this, [this](const QString& what) {
        if (!what.isEmpty() && what != QLatin1String("product"))
            return;
        if (isVisible()) {
            fillCategories();
            m_model->reload();
        } else {
            m_stale = true;
        }
    });
    updateActions();
}

ProductsPage::~ProductsPage() {
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

QIcon ProductsPage::icon() const {
    return QIcon(QStringLiteral(":/icons/products.svg"));
}

QWidget* ProductsPage::buildToolbar() {
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    m_new = bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("New Product"), this,
                           &ProductsPage::newProduct);
    m_new->setToolTip(tr("New product (Ctrl+N)"));
    m_edit = bar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit"), this,
                            &ProductsPage::editCurrent);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_count = new QLabel(bar);
    bar->addWidget(m_count);
    return bar;
}

QWidget* ProductsPage::buildFilters() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search products: any part of the SKU or name"));
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_search, 3);
    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItem(tr("All categories"), QString());
    m_category->setMinimumContentsLength(12);
    row->addWidget(m_category, 1);
    row->addStretch(2);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ProductsPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ProductsPage::applyFilter);
    return bar;
}

void ProductsPage::setUpView() {
    m_view->setObjectName(QStringLiteral("productsView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(ProductListModel::Sku, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    QHeaderView* header = m_view->horizontalHeader();
    const int widths[] = {140, 130, 300, 110, 110, 80, 70, 90, 110};
    static_assert(std::size(widths) == ProductListModel::ColumnCount);
    for (int c = 0; c < ProductListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    // The name takes the spare width: a number stretched across it is hard to read.
    header->setSectionResizeMode(ProductListModel::Name, QHeaderView::Stretch);
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
}

void ProductsPage::applyFilter() {
    ProductFilter f;
    f.text = m_search->text().trimmed();
    f.category = m_category->currentData().toString();
    m_model->setFilter(f);
}

void ProductsPage::fillCategories() {
    const QString current = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    if (auto categories = ProductRepository(app().database()).categories())
        for (const QString& c : *categories)
            m_category->addItem(c, c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
}

void ProductsPage::activate() {
    if (!m_loaded || m_stale) {
        fillCategories();
        m_model->reload();
    }
    m_loaded = true;
    m_stale = false;
}

QWidget* ProductsPage::focusTarget() {
    return m_search;
}

bool ProductsPage::createNew() {
    if (!m_new->isEnabled())
        return false;
    newProduct();
    return true;
}

Id ProductsPage::currentProduct() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void ProductsPage::newProduct() {
    auto* dialog = new ProductDialog(app(), Product{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProductsPage::editCurrent() {
    auto product = ProductRepository(app().database()).get(currentProduct());
    if (!product || app().database().isReadOnly())
        return;
    auto* dialog = new ProductDialog(app(), *product, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProductsPage::updateActions() {
    const bool readOnly = app().database().isReadOnly();
    m_new->setEnabled(!readOnly);
    m_edit->setEnabled(!readOnly && currentProduct() != 0);
}

void ProductsPage::updateCount() {
    m_count->setText(tr("Products: %1").arg(app().locale().toString(m_model->rowCount())));
}

} // namespace clientele
