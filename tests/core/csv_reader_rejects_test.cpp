#include "csv_test_reading.h"
#include "qt_catch_strings.h"
#include "test_support.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <sys/resource.h>

using namespace clientele;
using clientele::test::readCsvBytes;

namespace {

QString onlyProblem(const clientele::test::CsvReadOutcome& in) {
    REQUIRE(in.problems.size() == 1);
    return in.problems.front();
}

long peakResidentKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

TEST_CASE("csv reader rejects an unclosed quote at the line where the value starts", "[csv]") {
    const QString problem = onlyProblem(readCsvBytes("id,notes\n1,ok\n2,\"never closed\n3,x\n"));
    CHECK(problem.startsWith(QStringLiteral("in.csv:3: column notes: ")));
    CHECK(problem.contains(QStringLiteral("never closed")));
}

TEST_CASE("csv reader rejects a quote inside an unquoted value", "[csv]") {
    CHECK(onlyProblem(readCsvBytes("id,notes\n1,ab\"c\n"))
              .startsWith(QStringLiteral("in.csv:2: column notes: a quote inside a value")));
    CHECK(onlyProblem(readCsvBytes("id,notes\n1,\"ab\"c\n"))
              .startsWith(QStringLiteral("in.csv:2: column notes: text after the closing quote")));
}

TEST_CASE("csv reader reports rows with too many or too few fields and reads on", "[csv]") {
    const auto in = readCsvBytes("a,b,c\n"
                                 "1,2,3\n"
                                 "1,2,3,4\n"
                                 "1,2\n"
                                 "7,8,9\n");
    REQUIRE(in.problems.size() == 2);
    CHECK(in.problems[0].startsWith(
        QStringLiteral("in.csv:3: column 4: the row has 4 fields but the header has 3")));
    CHECK(in.problems[1].startsWith(QStringLiteral("in.csv:4: column c: missing")));
    REQUIRE(in.records.size() == 2);
    CHECK(in.records[1].line == 5);
}

TEST_CASE("csv reader rejects an empty file and a file with a header only", "[csv]") {
    CHECK(onlyProblem(readCsvBytes("")) == QStringLiteral("in.csv:1: the file is empty"));
    CHECK(onlyProblem(readCsvBytes("\xEF\xBB\xBF\r\n\r\n")) ==
          QStringLiteral("in.csv:1: the file is empty"));
    CHECK(onlyProblem(readCsvBytes("ref,name\r\n")) ==
          QStringLiteral("in.csv:2: no data rows: the file has a header line only"));
}

TEST_CASE("csv reader rejects NUL bytes and binary files", "[csv]") {
    CHECK(onlyProblem(readCsvBytes(QByteArray("id,notes\n1,a\0b\n", 15)))
              .startsWith(QStringLiteral("in.csv:2: column notes: a NUL byte")));
    CHECK(onlyProblem(readCsvBytes(QByteArray("\x7F\x45LF\x02\x01\x01\0\0\0", 10)))
              .startsWith(QStringLiteral("in.csv:1: this is a binary file")));
}

TEST_CASE("csv reader refuses an Excel workbook and says how to save it as CSV", "[csv]") {
    const QString problem = onlyProblem(readCsvBytes(QByteArray("PK\x03\x04\x14\0\x06\0", 8)));
    CHECK(problem.startsWith(QStringLiteral("in.csv:1: this is an Excel workbook")));
    CHECK(problem.contains(QStringLiteral("CSV UTF-8")));
    CHECK(onlyProblem(readCsvBytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
              .contains(QStringLiteral("old Excel workbook")));
    CHECK(onlyProblem(readCsvBytes(QByteArray("\xFF\xFEr\0e\0f\0", 8))).contains(u"UTF-16"));
    CHECK(onlyProblem(readCsvBytes(QByteArray("SQLite format 3\0\x10\0", 19)))
              .contains(u"SQLite database"));
}

TEST_CASE("csv reader rejects invalid UTF-8 and names the --encoding option", "[csv]") {
    // 张三 in GB18030, read as UTF-8.
    const QString problem = onlyProblem(readCsvBytes("id,name\r\n1,\xD5\xC5\xC8\xFD\r\n"));
    CHECK(problem.startsWith(QStringLiteral("in.csv:2: column name: not valid UTF-8")));
    CHECK(problem.contains(QStringLiteral("--encoding gb18030")));
    // Overlong forms and UTF-16 surrogates are not UTF-8 either.
    CHECK(onlyProblem(readCsvBytes("v\n\xC0\xAF\n")).contains(u"not valid UTF-8"));
    CHECK(onlyProblem(readCsvBytes("v\n\xED\xA0\x80\n")).contains(u"not valid UTF-8"));
    CHECK(onlyProblem(readCsvBytes("v\n\xE5\xBC\n")).contains(u"not valid UTF-8"));
}

TEST_CASE("csv reader rejects bytes that are not GB18030 when that encoding is given", "[csv]") {
    CsvReaderOptions options;
    options.encoding = QStringLiteral("gb18030");
    CHECK(onlyProblem(readCsvBytes("id,name\r\n1,\xD5\r\n", options))
              .startsWith(QStringLiteral("in.csv:2: column name: not valid gb18030")));
    options.encoding = QStringLiteral("ebcdic");
    CHECK(onlyProblem(readCsvBytes("a\n1\n", options)).contains(u"unknown encoding"));
}

TEST_CASE("csv reader refuses a field over the size limit without reading the rest", "[csv]") {
    clientele::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("huge.csv"));
    {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("id,notes\r\n1,\"");
        const QByteArray megabyte(1024 * 1024, 'x');
        for (int i = 0; i < 100; ++i)
            REQUIRE(out.write(megabyte) == megabyte.size());
        out.write("\"\r\n");
    }
    const long peakBefore = peakResidentKb();
    auto reader = CsvReader::open(path, {});
    REQUIRE(reader.ok());
    CsvRecord record;
    auto next = (*reader)->next(record);
    REQUIRE_FALSE(next.ok());
    CHECK(next.error().message ==
          path + QStringLiteral(":2: column notes: the value is longer than the limit of 1 MB"));
    CHECK((*reader)->failed());
    // It stopped at the limit: a couple of buffers past 1 MB, not 100 MB.
    CHECK((*reader)->bytesRead() < 2 * 1024 * 1024);
    CHECK(peakResidentKb() - peakBefore < 20 * 1024);
}

TEST_CASE("csv reader applies a configured field size limit", "[csv]") {
    CsvReaderOptions options;
    options.maxFieldBytes = 8;
    CHECK(readCsvBytes("v\n12345678\n", options).problems.isEmpty());
    CHECK(onlyProblem(readCsvBytes("v\n123456789\n", options))
              .contains(u"longer than the limit of 8 bytes"));
}

TEST_CASE("csv reader refuses a row longer than the row size limit", "[csv]") {
    CsvReaderOptions options;
    options.maxFieldBytes = 4;
    options.maxRecordBytes = 10;
    CHECK(readCsvBytes("a,b,c\n1234,1234,12\n", options).problems.isEmpty());
    CHECK(onlyProblem(readCsvBytes("a,b,c\n1234,1234,123\n", options)) ==
          QStringLiteral("in.csv:2: column c: the row is longer than the limit of 10 bytes"));
}

TEST_CASE("csv reader refuses a row wider than the column limit", "[csv]") {
    CsvReaderOptions options;
    options.maxColumns = 3;
    CHECK(onlyProblem(readCsvBytes("a,b,c,d\n1,2,3,4\n", options)) ==
          QStringLiteral("in.csv:1: column 4: more than 3 fields in one row"));
}
