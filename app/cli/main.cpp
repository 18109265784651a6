// clientele-cli: the shop's database from a terminal. Argument parsing only; the work is in core.
#include "cli_context.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace clientele::cli;

namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(Context&);
};

const Command kCommands[] = {
    {"init", "create an empty database", runInit},
    {"demo", "fill a database with realistic demo data", runDemo},
    {"import", "import a CSV file of one kind", runImport},
    {"export", "export one kind or report as CSV", runExport},
    {"analyze", "run a 7P analysis", runAnalyze},
    {"find", "find customers by name, phone, email, company or ref", runFind},
    {"check", "check the database's integrity and invariants", runCheck},
    {"backup", "make or list backups", runBackup},
    {"restore", "restore a backup", runRestore},
    {"customer", "export or erase everything about one customer", runCustomer},
    {"sync", "exchange changes with the shop's other copies", runSync},
    {"templates", "list, show, edit or write out the message templates", runTemplates},
};

void printUsage(QTextStream& out) {
    out << "Usage: clientele-cli COMMAND [options]\n\nCommands:\n";
    for (const Command& c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << c.summary << '\n';
    out << "\nclientele-cli --version prints the version; clientele-cli COMMAND --help the "
           "command's options.\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printUsage(err);
        return UsageError;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "clientele-cli " << CLIENTELE_VERSION << '\n';
        return Done;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printUsage(out);
        return Done;
    }
    for (const Command& c : kCommands) {
        if (first == QLatin1String(c.name)) {
            Context ctx(first, args);
            return c.run(ctx);
        }
    }
    err << "clientele-cli: unknown command \"" << first << "\"\n";
    printUsage(err);
    return UsageError;
}
