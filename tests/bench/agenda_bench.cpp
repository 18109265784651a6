// The Today page's read on a given database (e.g. demo --customers 100000 --orders 1000000):
//   clientele_agenda_bench DB [YYYY-MM-DD]
// each section of the agenda and the greeting list, wall and thread CPU time of the third run
// (the first ones warm the page cache). On a busy machine wall time includes waiting.
#include "agenda/agenda.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>
#include <time.h>

using namespace clientele;

namespace {

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

void time(const char* what, const std::function<std::size_t()>& run) {
    std::size_t rows = 0;
    double wall = 0, cpu = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double c0 = cpuMs();
        rows = run();
        wall = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        cpu = cpuMs() - c0;
    }
    std::printf("%-22s %6zu rows  wall %8.1f ms  cpu %8.1f ms\n", what, rows, wall, cpu);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATABASE [YYYY-MM-DD]\n", argv[0]);
        return 2;
    }
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    Database& d = **db;
    const DayNumber today =
        argc > 2 ? parseIsoDate(QString::fromLatin1(argv[2])).valueOr(d.clock().today())
                 : d.clock().today();
    time("due tasks", [&] { return readDueTasks(d, today).valueOr({}).size(); });
    time("birthdays", [&] { return readBirthdays(d, today).valueOr({}).size(); });
    time("overdue payments", [&] { return readOverduePayments(d, today).valueOr({}).size(); });
    time("open tickets", [&] { return readOpenTickets(d, today).valueOr({}).size(); });
    time("greeting list", [&] { return readGreetCandidates(d, today).valueOr({}).size(); });
    time("Today page (no greet)",
         [&] { return readAgenda(d, today, {}, false).valueOr(Agenda{}).tasks.size(); });
    return 0;
}
