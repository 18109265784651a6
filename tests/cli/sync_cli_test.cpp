#include "test_support.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

CliResult sync(const QStringList& args, const QString& db) {
    return runCli(QStringList{QStringLiteral("sync")} + args +
                  QStringList{QStringLiteral("--db"), db});
}

QString findOutput(const QString& db, const QString& what) {
    return runCli({QStringLiteral("find"), what, QStringLiteral("--db"), db}).out;
}

} // namespace

TEST_CASE("clientele-cli sync clones a copy and carries changes to it by packet", "[cli][sync]") {
    TempDir dir;
    const QString a = dir.path(QStringLiteral("shop.sqlite"));
    const QString b = dir.path(QStringLiteral("laptop.sqlite"));
    REQUIRE(
        runCli({QStringLiteral("demo"), QStringLiteral("--db"), a, QStringLiteral("--customers"),
                QStringLiteral("30"), QStringLiteral("--orders"), QStringLiteral("60")})
            .exitCode == 0);
    const CliResult cloned = sync({QStringLiteral("clone"), QStringLiteral("--out"), b,
                                   QStringLiteral("--name"), QStringLiteral("laptop")},
                                  a);
    INFO(cloned.err.toStdString());
    REQUIRE(cloned.exitCode == 0);
    CHECK(cloned.out.contains(QStringLiteral("\"laptop\"")));
    const CliResult status = sync({QStringLiteral("status")}, b);
    REQUIRE(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("this device: \"laptop\"")));
    CHECK(status.out.contains(QStringLiteral("outbox: 0 changesets")));
    const QString family = status.out.section(QLatin1Char('\n'), 0, 0);
    CHECK(sync({QStringLiteral("status")}, a).out.startsWith(family));

    // A change on the shop's copy: the customer's personal data erased.
    REQUIRE(runCli({QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("C000003"),
                    QStringLiteral("--yes"), QStringLiteral("--db"), a})
                .exitCode == 0);
    CHECK(findOutput(a, QStringLiteral("C000003")) != findOutput(b, QStringLiteral("C000003")));
    const QString packet = dir.path(QStringLiteral("to-laptop.sync"));
    const CliResult exported = sync({QStringLiteral("export"), QStringLiteral("--to"),
                                     QStringLiteral("laptop"), QStringLiteral("--out"), packet},
                                    a);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("wrote 1 changesets")));
    const CliResult imported = sync({QStringLiteral("import"), packet}, b);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("applied 1 changesets")));
    CHECK(findOutput(a, QStringLiteral("C000003")) == findOutput(b, QStringLiteral("C000003")));
    const CliResult again = sync({QStringLiteral("import"), packet}, b);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("applied 0 changesets")));
    CHECK(again.out.contains(QStringLiteral("1 already here")));
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), b}).exitCode == 0);

    // The laptop answers with --all; the shop learns that it has both of its changes (the demo
    // shop and the erasure).
    const QString back = dir.path(QStringLiteral("to-shop.sync"));
    REQUIRE(
        sync({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--out"), back}, b)
            .exitCode == 0);
    REQUIRE(sync({QStringLiteral("import"), back}, a).exitCode == 0);
    CHECK(sync({QStringLiteral("status")}, a).out.contains(QStringLiteral("has #2 of this")));
}

TEST_CASE("clientele-cli sync refuses bad packets with 1, bad usage with 2, a bad database with 3",
          "[cli][sync]") {
    TempDir dir;
    const QString a = dir.path(QStringLiteral("shop.sqlite"));
    const QString b = dir.path(QStringLiteral("laptop.sqlite"));
    const QString stranger = dir.path(QStringLiteral("other.sqlite"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), a}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), stranger}).exitCode == 0);
    REQUIRE(sync({QStringLiteral("clone"), QStringLiteral("--out"), b}, a).exitCode == 0);
    CHECK(sync({QStringLiteral("clone"), QStringLiteral("--out"), b}, a).exitCode == 1);

    const QString foreign = dir.path(QStringLiteral("foreign.sync"));
    REQUIRE(
        sync({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--out"), foreign},
             stranger)
            .exitCode == 0);
    const CliResult refused = sync({QStringLiteral("import"), foreign}, b);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(foreign));
    CHECK(refused.err.contains(QStringLiteral("another family")));

    const QString good = dir.path(QStringLiteral("good.sync"));
    REQUIRE(
        sync({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--out"), good}, a)
            .exitCode == 0);
    QByteArray bytes = readFile(good);
    bytes[bytes.size() - 5] = static_cast<char>(bytes[bytes.size() - 5] ^ 1);
    const QString damaged = dir.path(QStringLiteral("damaged.sync"));
    writeFile(damaged, bytes);
    const CliResult bad = sync({QStringLiteral("import"), damaged}, b);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("damaged")));

    CHECK(sync({}, a).exitCode == 2);
    CHECK(sync({QStringLiteral("export"), QStringLiteral("--out"), good}, a).exitCode == 2);
    CHECK(sync({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("x"),
                QStringLiteral("--all"), QStringLiteral("--out"), good},
               a)
              .exitCode == 2);
    CHECK(sync({QStringLiteral("clone")}, a).exitCode == 2);
    CHECK(sync({QStringLiteral("import")}, a).exitCode == 2);
    CHECK(sync({QStringLiteral("merge")}, a).exitCode == 2);
    const CliResult unknown = sync({QStringLiteral("export"), QStringLiteral("--to"),
                                    QStringLiteral("nobody"), QStringLiteral("--out"), good},
                                   a);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("nobody")));

    const QString notADatabase = dir.path(QStringLiteral("notes.txt"));
    writeFile(notADatabase, "shopping list\n");
    CHECK(sync({QStringLiteral("status")}, notADatabase).exitCode == 3);
    CHECK(sync({QStringLiteral("status")}, dir.path(QStringLiteral("missing.sqlite"))).exitCode ==
          3);
}

TEST_CASE("clientele-cli sync folder exchanges packets through a shared folder and names a bad "
          "one",
          "[cli][sync]") {
    TempDir dir;
    const QString a = dir.path(QStringLiteral("shop.sqlite"));
    const QString b = dir.path(QStringLiteral("laptop.sqlite"));
    const QString folder = dir.path(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), a}).exitCode == 0);
    REQUIRE(sync({QStringLiteral("clone"), QStringLiteral("--out"), b, QStringLiteral("--name"),
                  QStringLiteral("laptop")},
                 a)
                .exitCode == 0);
    const QString csv = dir.path(QStringLiteral("customers.csv"));
    writeFile(csv, "ref,name\nC1,Zhang Wei\n");
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("customers"), csv,
                    QStringLiteral("--db"), a})
                .exitCode == 0);
    // No folder given and none set: nothing to go by.
    CHECK(sync({QStringLiteral("folder")}, a).exitCode == 2);

    const CliResult first = sync({QStringLiteral("folder"), folder}, a);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("wrote 1 changesets in")));
    const CliResult second = sync({QStringLiteral("folder"), folder}, b);
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("applied 1 changesets from")));
    CHECK(findOutput(b, QStringLiteral("C1")).contains(QStringLiteral("Zhang Wei")));
    // The shop reads the laptop's packet, which says it has the change.
    REQUIRE(sync({QStringLiteral("folder"), folder}, a).exitCode == 0);
    const QString status = sync({QStringLiteral("status")}, a).out;
    CHECK(status.contains(QStringLiteral("\"laptop\"")));
    CHECK(status.contains(QStringLiteral("0 changesets waiting for it, last heard from 20")));

    writeFile(QDir(folder).filePath(QStringLiteral("junk.clpacket")), "id,name\n1,x\n");
    const CliResult bad = sync({QStringLiteral("folder"), folder}, b);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("junk.clpacket")));
    CHECK(bad.err.contains(QStringLiteral("not a Clientele sync packet")));
}
