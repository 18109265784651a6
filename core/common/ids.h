#pragma once

#include <QtGlobal>

namespace clientele {

using Id = qint64;

// Identifiers unique across devices, so records created on two laptops can later be merged
// without renumbering: milliseconds since the epoch in the high bits, random low bits.
// Monotonic within a process even when the clock stalls or steps back.
Id newId();

// Same layout for a given time, for deterministic data (demo generator, tests).
Id idAt(qint64 msecsSinceEpoch, quint32 lowBits);

} // namespace clientele
