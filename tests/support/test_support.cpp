#include "test_support.h"

#include "test_paths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace clientele::test {

TempDir::TempDir() {
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString& name) const {
    return m_dir.filePath(name);
}

const Clock& testClock() {
    static const FixedClock clock(dayNumber({2024, 6, 15}));
    return clock;
}

std::unique_ptr<Database> createDatabase(const TempDir& dir, const QString& name,
                                         const QString& locale) {
    OpenOptions options;
    options.mode = OpenMode::Create;
    options.locale = locale;
    options.clock = &testClock();
    auto db = Database::open(dir.path(name), options);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(*db);
}

CliResult runCli(const QStringList& args, const QByteArray& stdinData,
                 const QStringList& extraEnv) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CLIENTELE_DB"));
    for (const QString& kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLIENTELE_TEST_CLI), args);
    REQUIRE(process.waitForStarted());
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString sharedDataDir(const QString& subfolder) {
    const QString dir = QDir(QStringLiteral(CLIENTELE_SHARED_DATA_DIR)).filePath(subfolder);
    if (!QDir(dir).exists()) {
        WARN("skipped: the public dataset folder " << dir.toStdString()
                                                   << " is absent (set CLIENTELE_SHARED_DATA_DIR)");
        return {};
    }
    return dir;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace clientele::test
