#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace clientele::cli {

// Exit codes of the contract (../shared/spec/cli-and-csv.md).
enum ExitCode { Done = 0, Refused = 1, UsageError = 2, DatabaseError = 3 };

int exitCodeFor(const Error& error);

// What every command gets: its arguments, output streams and the database options.
class Context {
public:
    Context(QString command, QStringList arguments);

    const QString& command() const { return m_command; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Adds --db and --help and parses. Returns the exit code when the command must stop here
    // (--help printed: 0; a usage problem printed: 2), nothing when it should go on.
    std::optional<int> parse(QCommandLineParser& parser, const QString& positionalSyntax = {});

    QString databasePath(const QCommandLineParser& parser) const;
    // Opens the database given by --db / CLIENTELE_DB / the default; prints and returns null
    // on failure (the caller exits with exitCodeFor(lastError())).
    std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, OpenMode mode);
    // Whether the database path came from --db or CLIENTELE_DB rather than the default.
    bool databaseGivenExplicitly(const QCommandLineParser& parser) const;

    int fail(const Error& error); // prints "clientele-cli: COMMAND: message", returns exit code
    int usage(const QString& message); // prints and returns 2
    const Error& lastError() const { return m_lastError; }
    bool stderrIsTerminal() const;

    static QString defaultDatabasePath();

private:
    QString m_command;
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
    Error m_lastError;
    QCommandLineOption m_dbOption;
};

} // namespace clientele::cli
