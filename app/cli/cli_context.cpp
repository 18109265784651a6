#include "cli_context.h"

#include <QStandardPaths>

#include <cstdio>
#include <unistd.h>

namespace clientele::cli {

int exitCodeFor(const Error& error) {
    switch (error.kind) {
    case Error::Kind::Usage:
        return UsageError;
    case Error::Kind::Database:
        return DatabaseError;
    default:
        return Refused;
    }
}

Context::Context(QString command, QStringList arguments)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
    , m_dbOption(QStringLiteral("db"),
                 QStringLiteral("Database file (default: $CLIENTELE_DB, else the "
                                "application data folder)."),
                 QStringLiteral("FILE")) {}

std::optional<int> Context::parse(QCommandLineParser& parser, const QString& positionalSyntax) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(m_dbOption);
    parser.addHelpOption();
    if (!positionalSyntax.isEmpty())
        parser.addPositionalArgument(QStringLiteral("args"), QString(), positionalSyntax);
    QStringList argv = m_arguments;
    argv.prepend(QStringLiteral("clientele-cli %1").arg(m_command));
    if (!parser.parse(argv))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path and lists the positional syntax again under
        // "Arguments:"; the user typed "clientele-cli COMMAND".
        QString help = parser.helpText();
        help.replace(0, help.indexOf(u'\n'),
                     QStringLiteral("Usage: clientele-cli %1 [options] %2")
                         .arg(m_command, positionalSyntax)
                         .trimmed());
        const qsizetype arguments = help.indexOf(QStringLiteral("\nArguments:"));
        if (arguments >= 0)
            help.truncate(arguments + 1);
        m_out << help;
        m_out.flush();
        return Done;
    }
    return std::nullopt;
}

QString Context::defaultDatabasePath() {
    const QString env = qEnvironmentVariable("CLIENTELE_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/clientele.sqlite");
}

QString Context::databasePath(const QCommandLineParser& parser) const {
    return parser.isSet(m_dbOption) ? parser.value(m_dbOption) : defaultDatabasePath();
}

bool Context::databaseGivenExplicitly(const QCommandLineParser& parser) const {
    return parser.isSet(m_dbOption) || !qEnvironmentVariable("CLIENTELE_DB").isEmpty();
}

std::unique_ptr<Database> Context::openDatabase(const QCommandLineParser& parser, OpenMode mode) {
    // The default file is created on first use; a file named explicitly must exist unless the
    // command creates databases.
    if (mode == OpenMode::ReadOnly && !databaseGivenExplicitly(parser))
        mode = OpenMode::Create;
    OpenOptions options;
    options.mode = mode;
    auto db = Database::open(databasePath(parser), options);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    return std::move(*db);
}

int Context::fail(const Error& error) {
    m_lastError = error;
    m_err << "clientele-cli: " << m_command << ": " << error.message << '\n';
    m_err.flush();
    return exitCodeFor(error);
}

int Context::usage(const QString& message) {
    return fail(
        Error::usage(message + QStringLiteral(" (see clientele-cli %1 --help)").arg(m_command)));
}

bool Context::stderrIsTerminal() const {
    return isatty(fileno(stderr)) != 0;
}

} // namespace clientele::cli
