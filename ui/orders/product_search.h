#pragma once

#include "domain/product.h"

#include <QWidget>

#include <vector>

class QCompleter;
class QLineEdit;

namespace clientele {

class Database;

// Finds a product of the active catalogue by any part of its sku or name. Enter chooses the
// product whose sku is the text, or the only one matching it; otherwise the matches drop down.
class ProductSearch : public QWidget {
    Q_OBJECT
public:
    explicit ProductSearch(Database& db, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    // The product the text stands for: the exact sku, the exact "sku — name", or the one match.
    const Product* resolve(const QString& text) const;

signals:
    void chosen(const clientele::Product& product);

private:
    void choose(const QString& text);

    QLineEdit* m_edit = nullptr;
    QCompleter* m_completer = nullptr;
    std::vector<Product> m_products;
    bool m_justChose = false; // Enter reaches both the completer and the box: add once
};

} // namespace clientele
