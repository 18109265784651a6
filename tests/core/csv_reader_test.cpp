#include "csv_test_reading.h"
#include "qt_catch_strings.h"

#include <catch2/catch.hpp>

using namespace clientele;
using clientele::test::readCsvBytes;

namespace {

QStringList fields(std::initializer_list<const char16_t*> values) {
    QStringList out;
    for (const char16_t* v : values)
        out << QString::fromUtf16(v);
    return out;
}

} // namespace

TEST_CASE("csv reader keeps delimiters, doubled quotes and line breaks inside quoted fields",
          "[csv]") {
    const auto in = readCsvBytes("id,notes\r\n"
                                 "1,\"a, b\"\r\n"
                                 "2,\"she said \"\"hi\"\"\"\r\n"
                                 "3,\"two\r\nlines\"\r\n"
                                 "4,\"\"\r\n"
                                 "5,\r\n");
    REQUIRE(in.problems.isEmpty());
    REQUIRE(in.records.size() == 5);
    CHECK(in.records[0].fields == fields({u"1", u"a, b"}));
    CHECK(in.records[1].fields == fields({u"2", u"she said \"hi\""}));
    CHECK(in.records[2].fields == fields({u"3", u"two\r\nlines"}));
    CHECK(in.records[3].fields == fields({u"4", u""}));
    CHECK(in.records[4].fields == fields({u"5", u""}));
}

TEST_CASE("csv reader numbers records by the physical line they start on", "[csv]") {
    // Lines: 1 header, 2-3 record 1 (CRLF inside), 4-6 record 2 (LF inside), 7 record 3 ended
    // by a lone CR, 8 blank, 9 record 4 with no final line break.
    const auto in = readCsvBytes("id,notes\r\n"
                                 "1,\"multi\r\nline\"\r\n"
                                 "2,\"a\nb\nc\"\n"
                                 "3,plain\r"
                                 "\r\n"
                                 "4,last");
    REQUIRE(in.problems.isEmpty());
    REQUIRE(in.records.size() == 4);
    CHECK(in.records[0].line == 2);
    CHECK(in.records[1].line == 4);
    CHECK(in.records[1].fields[1] == QStringLiteral("a\nb\nc"));
    CHECK(in.records[2].line == 7);
    CHECK(in.records[2].fields[1] == QStringLiteral("plain"));
    CHECK(in.records[3].line == 9);
    CHECK(in.records[3].fields == fields({u"4", u"last"}));
}

TEST_CASE("csv reader accepts CRLF, LF and lone CR line ends mixed in one file", "[csv]") {
    const auto in = readCsvBytes("a,b\r1,2\n3,4\r\n5,6\r");
    REQUIRE(in.problems.isEmpty());
    REQUIRE(in.records.size() == 3);
    CHECK(in.records[0].fields == fields({u"1", u"2"}));
    CHECK(in.records[1].fields == fields({u"3", u"4"}));
    CHECK(in.records[2].fields == fields({u"5", u"6"}));
    CHECK(in.records[2].line == 4);
}

TEST_CASE("csv reader skips a UTF-8 byte-order mark before the header", "[csv]") {
    const auto in = readCsvBytes("\xEF\xBB\xBFref,name\r\nC1,\xE5\xBC\xA0\xE4\xB8\x89\r\n");
    REQUIRE(in.problems.isEmpty());
    CHECK(in.header == fields({u"ref", u"name"}));
    REQUIRE(in.records.size() == 1);
    CHECK(in.records[0].fields[1] == QString::fromUtf16(u"张三"));
}

TEST_CASE("csv reader detects ';' and tab delimiters from the header line", "[csv]") {
    const auto semicolon = readCsvBytes("\"a,1\";b;c\n1,5;2;3\n");
    CHECK(semicolon.delimiter == ';');
    REQUIRE(semicolon.records.size() == 1);
    CHECK(semicolon.records[0].fields == fields({u"1,5", u"2", u"3"}));

    const auto tab = readCsvBytes("a\tb\tc, d\n1\t2\t3, 4\n");
    CHECK(tab.delimiter == '\t');
    REQUIRE(tab.records.size() == 1);
    CHECK(tab.records[0].fields == fields({u"1", u"2", u"3, 4"}));

    const auto comma = readCsvBytes("a,b;c,d\n1,2;3,4\n");
    CHECK(comma.delimiter == ',');

    const auto single = readCsvBytes("ref\nC1\n");
    CHECK(single.delimiter == ',');
    CHECK(single.records.size() == 1);
}

TEST_CASE("csv reader uses the delimiter it is given over detection", "[csv]") {
    CsvReaderOptions options;
    options.delimiter = ';';
    const auto in = readCsvBytes("a,b;c\n1,2;3\n", options);
    REQUIRE(in.problems.isEmpty());
    CHECK(in.records[0].fields == fields({u"1,2", u"3"}));
}

TEST_CASE("csv reader reads the same records whatever the read buffer boundaries", "[csv]") {
    // Values longer than the reader's 256 KB buffer put quotes, CRLFs and field ends across
    // buffer boundaries.
    const QByteArray big(300 * 1024, 'x');
    QByteArray bytes = "id,notes\r\n";
    for (int i = 0; i < 4; ++i)
        bytes += QByteArray::number(i) + ",\"" + big + "\"\"" + big + "\r\n" + big + "\"\r\n";
    const auto in = readCsvBytes(bytes);
    REQUIRE(in.problems.isEmpty());
    REQUIRE(in.records.size() == 4);
    const QString expected = QString::fromLatin1(big + "\"" + big + "\r\n" + big);
    for (int i = 0; i < 4; ++i) {
        CHECK(in.records[std::size_t(i)].fields[1] == expected);
        CHECK(in.records[std::size_t(i)].line == 2 + 2 * i);
    }
}

TEST_CASE("csv reader reads the same records when the input arrives a byte at a time", "[csv]") {
    const QByteArray bytes = "\xEF\xBB\xBFid;notes\r\n"
                             "1;\"a;\"\"b\"\"\r\nc\"\r"
                             "2;plain\r\n"
                             "\r\n"
                             "3;\"\"\n"
                             "4;\xE5\xBC\xA0";
    const auto whole = readCsvBytes(bytes);
    clientele::test::OneByteDevice device(bytes);
    const auto trickled = clientele::test::readCsvDevice(device);
    REQUIRE(trickled.problems.isEmpty());
    CHECK(trickled.delimiter == ';');
    CHECK(trickled.header == fields({u"id", u"notes"}));
    REQUIRE(trickled.records.size() == 4);
    CHECK(trickled.records[0].fields[1] == QStringLiteral("a;\"b\"\r\nc"));
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(trickled.records[i].fields == whole.records[i].fields);
        CHECK(trickled.records[i].line == whole.records[i].line);
    }
    CHECK(trickled.records[3].line == 7);
}

TEST_CASE("csv reader decodes GB18030 text when asked to", "[csv]") {
    CsvReaderOptions options;
    options.encoding = QStringLiteral("gb18030");
    // 张三 and 北京 in GB18030.
    const auto in = readCsvBytes("name,city\r\n\xD5\xC5\xC8\xFD,\xB1\xB1\xBE\xA9\r\n", options);
    REQUIRE(in.problems.isEmpty());
    REQUIRE(in.records.size() == 1);
    CHECK(in.records[0].fields == fields({u"张三", u"北京"}));

    options.encoding = QStringLiteral("GBK");
    CHECK(readCsvBytes("name\r\n\xD5\xC5\xC8\xFD\r\n", options).records[0].fields[0] ==
          QString::fromUtf16(u"张三"));
}

TEST_CASE("csv reader decodes every valid UTF-8 form, astral characters included", "[csv]") {
    const QString text = QString::fromUtf16(u"é€张😀x");
    const auto in = readCsvBytes("v\n" + text.toUtf8() + "\n");
    REQUIRE(in.problems.isEmpty());
    CHECK(in.records[0].fields[0] == text);
}

TEST_CASE("csv delimiter option accepts comma, semicolon and tab only", "[csv]") {
    CHECK(*delimiterFromOption(u",") == ',');
    CHECK(*delimiterFromOption(u";") == ';');
    CHECK(*delimiterFromOption(u"tab") == '\t');
    CHECK(*delimiterFromOption(u"\t") == '\t');
    CHECK(delimiterFromOption(u"|").error().kind == Error::Kind::Usage);
}
