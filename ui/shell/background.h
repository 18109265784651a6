#pragma once

#include "background_pool.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <functional>
#include <optional>

namespace clientele {

// Runs work on a pool thread with its own read-only connection to the database (SQLite
// connections are not shared between threads) and hands the result to done on the GUI thread,
// unless receiver was destroyed meanwhile. done gets nullopt when the connection or the work
// failed.
template <typename T>
void runInBackground(const Database& db, QObject* receiver, std::function<T(Database&)> work,
                     std::function<void(std::optional<T>)> done) {
    auto* watcher = new QFutureWatcher<std::optional<T>>(receiver);
    QObject::connect(watcher, &QFutureWatcher<std::optional<T>>::finished, receiver,
                     [watcher, done = std::move(done)] {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    const QString path = db.path();
    watcher->setFuture(
        QtConcurrent::run(backgroundPool(), [path, work = std::move(work)]() -> std::optional<T> {
            OpenOptions options;
            options.mode = OpenMode::ReadOnly;
            auto sibling = Database::open(path, options);
            if (!sibling)
                return std::nullopt;
            try {
                // No memory map for a short-lived connection: unmapping hundreds of megabytes when
                // it closes holds the process's address-space lock, and the GUI thread's page
                // faults wait for it (stalls of a few hundred milliseconds on a large file).
                (*sibling)->exec("PRAGMA mmap_size = 0");
                return work(**sibling);
            } catch (...) {
                return std::nullopt; // a failed read shows as no result, never kills the app
            }
        }));
}

} // namespace clientele
