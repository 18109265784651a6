#pragma once

#include "search/customer_finder.h"
#include "storage/database.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace clientele {

// Runs quick-find searches on its own thread and connection. A search whose serial is older
// than the latest asked is skipped: the user has typed on.
class QuickFindWorker : public QObject {
    Q_OBJECT
public:
    QuickFindWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest);

    void search(quint64 serial, const QString& text);

signals:
    void found(quint64 serial, const QString& text, const std::vector<FoundCustomer>& results);

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db; // opened on the worker thread at the first search
};

} // namespace clientele
