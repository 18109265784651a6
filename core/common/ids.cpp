#include "ids.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <atomic>

namespace clientele {

namespace {
constexpr int kLowBits = 22; // 41 bits of milliseconds last until 2039+; 22 random bits per ms
constexpr qint64 kLowMask = (qint64(1) << kLowBits) - 1;
} // namespace

Id idAt(qint64 msecsSinceEpoch, quint32 lowBits) {
    return (msecsSinceEpoch << kLowBits) | (qint64(lowBits) & kLowMask);
}

Id newId() {
    static std::atomic<Id> last{0};
    const Id candidate =
        idAt(QDateTime::currentMSecsSinceEpoch(), QRandomGenerator::global()->generate());
    Id previous = last.load();
    Id next;
    do {
        next = candidate > previous ? candidate : previous + 1;
    } while (!last.compare_exchange_weak(previous, next));
    return next;
}

} // namespace clientele
