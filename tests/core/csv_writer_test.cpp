#include "csv_test_reading.h"
#include "io/csv_values.h"
#include "io/csv_writer.h"
#include "io/output_target.h"
#include "qt_catch_strings.h"
#include "test_support.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

std::vector<CsvOutputColumn> columns(std::initializer_list<const char*> textNames,
                                     std::initializer_list<const char*> valueNames = {}) {
    std::vector<CsvOutputColumn> out;
    for (const char* name : textNames)
        out.push_back({QString::fromLatin1(name), CsvCellKind::Text});
    for (const char* name : valueNames)
        out.push_back({QString::fromLatin1(name), CsvCellKind::Value});
    return out;
}

QByteArray write(const std::vector<CsvOutputColumn>& cols, const QList<QStringList>& rows,
                 CsvWriterOptions options = {}) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, cols, options);
    for (const QStringList& row : rows)
        REQUIRE(writer.writeRow(row).ok());
    REQUIRE(writer.finish().ok());
    return buffer.data();
}

} // namespace

TEST_CASE("csv writer quotes only the cells that need it", "[csv]") {
    const QByteArray out = write(columns({"v"}), {{QStringLiteral("plain")},
                                                  {QStringLiteral("a,b")},
                                                  {QStringLiteral("say \"hi\"")},
                                                  {QStringLiteral("two\nlines")},
                                                  {QStringLiteral("cr\rhere")},
                                                  {QStringLiteral(" leading")},
                                                  {QStringLiteral("trailing ")},
                                                  {QStringLiteral("in side")},
                                                  {QStringLiteral("a;b")},
                                                  {QString()}});
    CHECK(out == "v\r\n"
                 "plain\r\n"
                 "\"a,b\"\r\n"
                 "\"say \"\"hi\"\"\"\r\n"
                 "\"two\nlines\"\r\n"
                 "\"cr\rhere\"\r\n"
                 "\" leading\"\r\n"
                 "\"trailing \"\r\n"
                 "in side\r\n"
                 "a;b\r\n"
                 "\"\"\r\n");
}

TEST_CASE("csv writer writes the header even for an empty export", "[csv]") {
    CHECK(write(columns({"ref", "name"}), {}) == "ref,name\r\n");
}

TEST_CASE("csv writer prefixes formula-like text but never numbers or dates", "[csv]") {
    const QByteArray out = write(columns({"note"}, {"amount"}),
                                 {{QStringLiteral("=SUM(A1:A9)"), QStringLiteral("-12.50")},
                                  {QStringLiteral("+86 138"), QStringLiteral("3")},
                                  {QStringLiteral("-minus"), QStringLiteral("2024-06-15")},
                                  {QStringLiteral("@cmd"), QString()},
                                  {QStringLiteral("\tTab"), QString()},
                                  {QStringLiteral("\rCR"), QString()},
                                  {QStringLiteral("'=already"), QString()},
                                  {QStringLiteral("a=b"), QString()}});
    CHECK(out == "note,amount\r\n"
                 "'=SUM(A1:A9),-12.50\r\n"
                 "'+86 138,3\r\n"
                 "'-minus,2024-06-15\r\n"
                 "'@cmd,\r\n"
                 "'\tTab,\r\n"
                 "\"'\rCR\",\r\n"
                 "''=already,\r\n"
                 "a=b,\r\n");
}

TEST_CASE("csv writer output reads back to the same values", "[csv]") {
    const QStringList tricky{QStringLiteral("she said \"no\""),
                             QStringLiteral("line one\r\nline two\nthree"),
                             QStringLiteral("=HYPERLINK(\"x\")"),
                             QStringLiteral("  spaced  "),
                             QString::fromUtf16(u"张三, 北京市朝阳区"),
                             QStringLiteral("'=kept as typed"),
                             QStringLiteral("-"),
                             QString(),
                             QStringLiteral("\tindent"),
                             QStringLiteral("'")};
    QList<QStringList> rows;
    for (const QString& value : tricky)
        rows << QStringList{value, QStringLiteral("-1.00")};
    for (const char delimiter : {',', ';', '\t'}) {
        CsvWriterOptions options;
        options.delimiter = delimiter;
        options.byteOrderMark = delimiter == ';';
        const QByteArray bytes = write(columns({"text"}, {"amount"}), rows, options);
        const auto in = clientele::test::readCsvBytes(bytes);
        REQUIRE(in.problems.isEmpty());
        CHECK(in.delimiter == delimiter);
        REQUIRE(in.records.size() == std::size_t(tricky.size()));
        for (qsizetype i = 0; i < tricky.size(); ++i) {
            CHECK(parseTextCell(in.records[std::size_t(i)].fields[0]) == tricky[i]);
            CHECK(in.records[std::size_t(i)].fields[1] == QStringLiteral("-1.00"));
        }
    }
}

TEST_CASE("csv writer excel mode adds a byte-order mark and the locale's delimiter", "[csv]") {
    const auto german = excelWriterOptions(QLocale(QStringLiteral("de_DE")));
    CHECK(german.byteOrderMark);
    CHECK(german.delimiter == ';');
    CHECK(excelWriterOptions(QLocale(QStringLiteral("fr_FR"))).delimiter == ';');
    CHECK(excelWriterOptions(QLocale(QStringLiteral("zh_CN"))).delimiter == ',');
    CHECK(excelWriterOptions(QLocale(QStringLiteral("en_US"))).delimiter == ',');
    CHECK(write(columns({"name"}, {"price"}),
                {{QStringLiteral("Käse; alt"), QStringLiteral("3.50")}},
                german) == "\xEF\xBB\xBFname;price\r\n\"K\xC3\xA4se; alt\";3.50\r\n");
}

TEST_CASE("csv writer refuses a row with the wrong number of cells", "[csv]") {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, columns({"a", "b"}));
    CHECK(writer.writeRow({QStringLiteral("1")}).error().kind == Error::Kind::Usage);
}

TEST_CASE("output target replaces a file only when the export is committed", "[csv]") {
    clientele::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("out.csv"));
    clientele::test::writeFile(path, "old");
    {
        auto target = OutputTarget::open(path);
        REQUIRE(target.ok());
        (*target)->device().write("abandoned");
    }
    CHECK(clientele::test::readFile(path) == "old");
    auto target = OutputTarget::open(path);
    REQUIRE(target.ok());
    (*target)->device().write("new");
    CHECK(clientele::test::readFile(path) == "old");
    REQUIRE((*target)->commit().ok());
    CHECK(clientele::test::readFile(path) == "new");
    CHECK_FALSE(OutputTarget::open(dir.path(QStringLiteral("missing/dir/out.csv"))).ok());
}

TEST_CASE("csv writer writes UTF-8 cells exactly as it writes text cells", "[csv]") {
    const QList<QStringList> rows = {{QStringLiteral("=SUM(A1:A9)"), QStringLiteral("-12.50")},
                                     {QStringLiteral("\tTab"), QStringLiteral(" 3")},
                                     {QStringLiteral("\rCR"), QString()},
                                     {QStringLiteral("'=already"), QStringLiteral("a,b")},
                                     {QStringLiteral("say \"hi\", 王"), QStringLiteral("x\ny")},
                                     {QStringLiteral("trailing "), QStringLiteral("\"")},
                                     {QString(), QString()},
                                     {QStringLiteral("茶, \"绿\""), QStringLiteral("-")}};
    const auto cols = columns({"note"}, {"amount"});
    for (const CsvWriterOptions& options : {CsvWriterOptions{}, CsvWriterOptions{';', true}}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer, cols, options);
        for (const QStringList& row : rows) {
            const QByteArray a = row[0].toUtf8(), b = row[1].toUtf8();
            const std::vector<std::string_view> cells = {{a.constData(), std::size_t(a.size())},
                                                         {b.constData(), std::size_t(b.size())}};
            REQUIRE(writer.writeRow(cells).ok());
        }
        REQUIRE(writer.finish().ok());
        CHECK(buffer.data() == write(cols, rows, options));
    }
}
