#pragma once

#include "search/customer_finder.h"

#include <QAbstractListModel>

#include <vector>

namespace clientele {

class Database;

// The quick-find results for the text typed so far, best first. When nothing matches a text
// that looks like a phone number, one row offers to add a customer with that number.
class QuickFindModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;    // 0 on the "new customer" row
    static constexpr int PhoneRole = Qt::UserRole + 2; // the number for a new customer

    explicit QuickFindModel(Database& db, QObject* parent = nullptr);

    void search(const QString& text);
    const QString& text() const { return m_text; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    bool offersNewCustomer() const;

    CustomerFinder m_finder;
    QString m_text;
    std::vector<FoundCustomer> m_found;
};

} // namespace clientele
