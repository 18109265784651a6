#include "import_kind_guess.h"

#include "csv_reader.h"
#include "import_kind.h"
#include "kind_specs.h"

#include <QFileInfo>
#include <QSet>

namespace clientele {

namespace {

// "campaign_members" in "campaign-members.csv" or "Campaign Members 2024.csv".
bool namedIn(const QString& kind, const QString& fileName) {
    QString name = QFileInfo(fileName).completeBaseName().toLower();
    name.replace(u'-', u'_').replace(u' ', u'_');
    return name.contains(kind);
}

} // namespace

QString guessImportKind(const QStringList& header, const QString& fileName) {
    QSet<QString> columns;
    for (const QString& column : header)
        columns.insert(column.trimmed().toLower());
    QString best;
    int bestScore = -1;
    QString named;
    for (const QString& kind : importKindNames()) {
        const bool inName = namedIn(kind, fileName);
        // "campaign_members" also contains "campaign": the longer name is the better match.
        if (inName && kind.size() > named.size())
            named = kind;
        int known = 0;
        bool complete = true;
        for (const ColumnSpec& spec : columnSpecsOf(kind)) {
            const bool present = columns.contains(spec.name);
            known += present ? 1 : 0;
            complete = complete && (present || !spec.required);
        }
        if (!complete)
            continue;
        // Every known column counts; a file named after the kind outweighs a few columns.
        const int score = known * 10 - (int(columns.size()) - known) + (inName ? 25 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = kind;
        }
    }
    return best.isEmpty() ? named : best;
}

QStringList readCsvHeader(const QString& path, const QString& encoding) {
    CsvReaderOptions options;
    options.encoding = encoding;
    options.requireDataRows = false;
    auto reader = CsvReader::open(path, options);
    if (!reader)
        return {};
    return (*reader)->header();
}

} // namespace clientele
