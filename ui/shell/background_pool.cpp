#include "background_pool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace clientele {

QThreadPool* backgroundPool() {
    // Owned by the application, so it waits for its jobs before the application object goes.
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool(QCoreApplication::instance());
        // Jobs mostly wait on SQLite reads; a few at once keep lists filling while a long
        // analysis or check runs, without one job per core starving the others.
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}

} // namespace clientele
