#include "product_search.h"

#include "domain/product_repository.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>

namespace clientele {

namespace {

QString entry(const Product& p) {
    return QStringLiteral("%1 — %2").arg(p.sku, p.name);
}

} // namespace

ProductSearch::ProductSearch(Database& db, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("productSearch"));
    m_edit->setPlaceholderText(tr("Add a product: type its sku or name, then Enter"));
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit);

    ProductFilter active;
    active.active = true;
    // A shop's catalogue is thousands of products at most: held whole for instant matching.
    auto products = ProductRepository(db).list(active, ProductSort::Sku, true, 0, 20000);
    QStringList entries;
    if (products) {
        m_products = std::move(*products);
        for (const Product& p : m_products)
            entries << entry(p);
    }
    m_completer = new QCompleter(new QStringListModel(entries, this), this);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &ProductSearch::choose);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { choose(m_edit->text()); });
}

const Product* ProductSearch::resolve(const QString& typed) const {
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return nullptr;
    const Product* only = nullptr;
    int matches = 0;
    for (const Product& p : m_products) {
        if (p.sku.compare(text, Qt::CaseInsensitive) == 0 || entry(p) == text)
            return &p;
        if (p.sku.contains(text, Qt::CaseInsensitive) ||
            p.name.contains(text, Qt::CaseInsensitive)) {
            only = &p;
            ++matches;
        }
    }
    return matches == 1 ? only : nullptr;
}

void ProductSearch::choose(const QString& text) {
    if (m_justChose)
        return;
    const Product* product = resolve(text);
    if (!product) {
        if (!text.trimmed().isEmpty())
            m_completer->complete(); // several or none: show what matches
        return;
    }
    const Product chosenProduct = *product;
    m_justChose = true;
    // The completer writes its text into the box after this; clear it once it has.
    QTimer::singleShot(0, this, [this] {
        m_edit->clear();
        m_justChose = false;
    });
    m_edit->clear();
    emit chosen(chosenProduct);
}

} // namespace clientele
