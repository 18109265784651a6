#pragma once

#include "search/customer_finder.h"

#include <QAbstractListModel>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace clientele {

class Database;
class QuickFindWorker;

// The quick-find results for the text typed so far, best first. Searching runs on a worker
// thread with its own connection, so typing never waits for the database; results for text
// that was typed over meanwhile are dropped. When nothing matches a text that looks like a phone
// number, one row offers to add a customer with that number.
class QuickFindModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;    // 0 on the "new customer" row
    static constexpr int PhoneRole = Qt::UserRole + 2; // the number for a new customer

    explicit QuickFindModel(const Database& db, QObject* parent = nullptr);
    ~QuickFindModel() override;

    void search(const QString& text);
    const QString& text() const { return m_text; }
    bool isSearching() const { return m_pending != m_shown; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

signals:
    void resultsReady(); // the results for the latest text are shown

private:
    void showResults(quint64 serial, const QString& text, const std::vector<FoundCustomer>& found);
    bool offersNewCustomer() const;

    QThread* m_thread = nullptr;
    QuickFindWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_pending = 0; // serial of the latest search asked
    quint64 m_shown = 0;   // serial of the results shown
    QString m_text;
    std::vector<FoundCustomer> m_found;
};

} // namespace clientele
