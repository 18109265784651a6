#include "quick_find_worker.h"

namespace clientele {

namespace {
constexpr int kLimit = 12;
} // namespace

QuickFindWorker::QuickFindWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(std::move(path))
    , m_latest(std::move(latest)) {}

void QuickFindWorker::search(quint64 serial, const QString& text) {
    if (serial < m_latest->load())
        return;
    std::vector<FoundCustomer> results;
    if (!text.isEmpty()) {
        if (!m_db) {
            OpenOptions options;
            options.mode = OpenMode::ReadOnly;
            if (auto db = Database::open(m_path, options))
                m_db = std::move(*db);
        }
        if (m_db)
            if (auto found = CustomerFinder(*m_db).find(text, kLimit))
                results = std::move(*found);
    }
    emit found(serial, text, results);
}

} // namespace clientele
