#pragma once

class QThreadPool;

namespace clientele {

// The threads for the app's long background work (reads for lists, insights, integrity checks,
// imports). Not Qt's global pool: Qt's raster painting splits large fills into tasks on the
// global pool and waits for them on the GUI thread, so long jobs there froze painting until they
// finished (seconds on a large database, with only two cores' worth of pool threads).
QThreadPool* backgroundPool();

} // namespace clientele
