#include "template_text.h"

#include "template_placeholders.h"

namespace clientele {

namespace {

QString describe(TemplatePlace p, bool multiline) {
    return multiline ? QStringLiteral("line %1, column %2").arg(p.line).arg(p.column)
                     : QStringLiteral("column %1").arg(p.column);
}

// Reads the text left to right, keeping track of line and column (in characters).
class Scanner {
public:
    explicit Scanner(QStringView text)
        : m_text(text) {}

    TemplateScan run() {
        while (m_at < m_text.size()) {
            const QChar c = m_text[m_at];
            if ((c == u'{' || c == u'}') && peek() == c)
                literal(c, 2);
            else if (c == u'{')
                placeholder();
            else
                literal(c, 1);
        }
        return std::move(m_scan);
    }

private:
    QChar peek() const { return m_at + 1 < m_text.size() ? m_text[m_at + 1] : QChar(); }

    void advance(qsizetype count) {
        for (qsizetype i = 0; i < count; ++i, ++m_at) {
            if (m_text[m_at] == u'\n') {
                ++m_place.line;
                m_place.column = 1;
            } else {
                ++m_place.column;
            }
        }
    }

    void literal(QChar c, qsizetype width) {
        if (m_scan.pieces.empty() || m_scan.pieces.back().isPlaceholder)
            m_scan.pieces.push_back({QString(), false, m_place});
        m_scan.pieces.back().text += c;
        advance(width);
    }

    void placeholder() {
        qsizetype end = m_at + 1;
        while (end < m_text.size() && m_text[end] != u'}' && m_text[end] != u'{' &&
               m_text[end] != u'\n')
            ++end;
        if (end >= m_text.size() || m_text[end] != u'}') {
            m_scan.strayBraces.push_back(m_place);
            literal(u'{', 1);
            return;
        }
        m_scan.pieces.push_back({m_text.mid(m_at + 1, end - m_at - 1).toString(), true, m_place});
        advance(end - m_at + 1);
    }

    QStringView m_text;
    qsizetype m_at = 0;
    TemplatePlace m_place;
    TemplateScan m_scan;
};

QString rightTrimmed(const QString& line) {
    qsizetype keep = line.size();
    while (keep > 0 && line[keep - 1].isSpace())
        --keep;
    return line.left(keep);
}

// One line of the template; `blank` tells whether it had placeholders and now reads empty.
QString fillLine(QStringView line, const QHash<QString, QString>& values, QStringList* empty,
                 bool& blank) {
    QString out;
    bool dropSpace = false;
    bool placeholders = false;
    for (const TemplatePiece& p : scanTemplate(line).pieces) {
        if (!p.isPlaceholder) {
            out += dropSpace && p.text.startsWith(u' ') ? p.text.mid(1) : p.text;
            dropSpace = false;
            continue;
        }
        placeholders = true;
        const auto value = values.constFind(p.text);
        if (value == values.constEnd()) {
            out += u'{' + p.text + u'}';
            dropSpace = false;
            continue;
        }
        out += *value;
        dropSpace = value->isEmpty();
        if (dropSpace && empty && !empty->contains(p.text))
            *empty << p.text;
    }
    out = rightTrimmed(out);
    blank = placeholders && out.isEmpty();
    return out;
}

} // namespace

TemplateScan scanTemplate(QStringView text) {
    return Scanner(text).run();
}

QStringList templateProblems(QStringView text, const QString& occasion) {
    const TemplateScan scan = scanTemplate(text);
    const bool multiline = text.contains(u'\n');
    const QStringList allowed = placeholdersFor(occasion);
    QStringList problems;
    for (TemplatePlace p : scan.strayBraces)
        problems << QStringLiteral("{ at %1 opens no placeholder (write {{ for a brace)")
                        .arg(describe(p, multiline));
    for (const TemplatePiece& p : scan.pieces) {
        if (!p.isPlaceholder || allowed.contains(p.text))
            continue;
        if (allPlaceholders().contains(p.text))
            problems << QStringLiteral("placeholder {%1} at %2 is not available for this occasion")
                            .arg(p.text, describe(p.at, multiline));
        else
            problems << QStringLiteral("unknown placeholder {%1} at %2")
                            .arg(p.text, describe(p.at, multiline));
    }
    return problems;
}

QString fillTemplate(QStringView text, const QHash<QString, QString>& values, QStringList* empty) {
    QStringList lines;
    for (QStringView line : text.split(u'\n')) {
        bool blank = false;
        QString filled = fillLine(line, values, empty, blank);
        if (!blank)
            lines << std::move(filled);
    }
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace clientele
