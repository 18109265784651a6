// Foundation figures on a given database (e.g. demo --customers 100000 --orders 1000000):
//   clientele_foundation_bench DB [--check]
// opening and the first page of the customer list, quick-find for 3-digit phone fragments and
// 2-character Chinese names (median and worst of 100 queries each), and with --check the full
// check. Thread CPU time is printed next to wall time: on a busy machine wall time includes
// waiting.
#include "domain/customer_repository.h"
#include "maintenance/database_check.h"
#include "search/customer_finder.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <time.h>
#include <vector>

using namespace clientele;

namespace {

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Samples {
    std::vector<double> wall, cpu;
    template <typename F>
    void time(F&& f) {
        QElapsedTimer timer;
        timer.start();
        const double c0 = cpuMs();
        f();
        wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c0);
    }
    void report(const char* what) {
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf(
            "%-32s wall median %7.2f worst %7.2f ms | cpu median %6.2f worst %6.2f ms (%zu runs)\n",
            what, wall[wall.size() / 2], wall.back(), cpu[cpu.size() / 2], cpu.back(), wall.size());
    }
};

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATABASE [--check]\n", argv[0]);
        return 2;
    }
    std::unique_ptr<Database> db;
    Samples open;
    open.time([&] {
        OpenOptions options;
        options.mode = OpenMode::ReadOnly;
        auto opened = Database::open(QString::fromLocal8Bit(argv[1]), options);
        if (opened)
            db = std::move(*opened);
    });
    if (!db)
        return 3;
    open.report("open");
    Samples firstPage;
    for (int i = 0; i < 20; ++i) {
        firstPage.time([&] {
            CustomerRepository repo(*db);
            auto count = repo.count({});
            auto page = repo.list({}, CustomerSort::Name, true, 0, 200);
        });
    }
    firstPage.report("count + first page by name");

    std::mt19937 random(7);
    CustomerFinder finder(*db);
    Samples phone, name;
    for (int i = 0; i < 100; ++i) {
        const QString digits =
            QString::number(std::uniform_int_distribution<int>(100, 999)(random));
        phone.time([&] { auto found = finder.find(digits, 20); });
    }
    std::vector<QString> names;
    for (sql::Statement q =
             db->prepare("SELECT substr(name, 1, 2) FROM customer WHERE kind = 'person' AND "
                         "unicode(name) > 19968 ORDER BY random() LIMIT 100");
         q.step();)
        names.push_back(q.text(0));
    for (const QString& n : names)
        name.time([&] { auto found = finder.find(n, 20); });
    phone.report("find: 3-digit phone fragment");
    name.report("find: 2-character Chinese name");

    if (argc > 2 && std::strcmp(argv[2], "--check") == 0) {
        Samples check;
        check.time([&] { auto report = checkDatabase(*db); });
        check.report("check");
    }
    return 0;
}
