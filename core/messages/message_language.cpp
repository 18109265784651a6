#include "message_language.h"

#include "message_template.h"

namespace clientele {

namespace {

struct Honorific {
    const char* english;
    const char16_t* chinese;
};

const Honorific kHonorifics[] = {
    {"Mr", u"先生"},   {"Mrs", u"太太"}, {"Ms", u"女士"},
    {"Miss", u"小姐"}, {"Dr", u"博士"},  {"Prof", u"教授"},
};

} // namespace

bool hasChineseCharacters(const QString& text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // CJK Unified Ideographs and Extension A; surrogates (rarer ideographs) do not decide.
        if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF))
            return true;
    }
    return false;
}

QString defaultMessageLanguage(const QString& customerName, const QLocale& appLocale) {
    if (hasChineseCharacters(customerName) || appLocale.language() == QLocale::Chinese)
        return message_values::chinese;
    return message_values::english;
}

QString titleIn(const QString& title, const QString& language) {
    QString bare = title.trimmed();
    if (bare.endsWith(u'.'))
        bare.chop(1);
    for (const Honorific& h : kHonorifics) {
        const QString english = QLatin1String(h.english);
        const QString chinese = QString::fromUtf16(h.chinese);
        if (bare.compare(english, Qt::CaseInsensitive) == 0 || bare == chinese)
            return language == message_values::chinese ? chinese : english;
    }
    return title.trimmed();
}

} // namespace clientele
