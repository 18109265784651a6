#pragma once

#include "common/clock.h"
#include "storage/database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace clientele::test {

// A fresh folder per test, removed afterwards.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// 2024-06-15, the "today" of the tests.
const Clock& testClock();

// A new empty database in dir (currency CNY, locale zh_CN unless given).
std::unique_ptr<Database> createDatabase(const TempDir& dir,
                                         const QString& name = QStringLiteral("test.sqlite"),
                                         const QString& locale = QStringLiteral("zh_CN"));

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs clientele-cli with args (environment: CLIENTELE_DB unset unless given).
CliResult runCli(const QStringList& args, const QByteArray& stdinData = {},
                 const QStringList& extraEnv = {});

// The public datasets folder, or an empty string (and a Catch2 WARN) when absent.
QString sharedDataDir(const QString& subfolder);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace clientele::test
