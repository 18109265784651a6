#include "phone.h"

namespace clientele {

QString phoneDigits(QStringView typed) {
    QString digits;
    digits.reserve(typed.size());
    const QStringView t = typed.trimmed();
    const bool international = t.startsWith(u'+');
    for (QChar c : t) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            digits += c;
    }
    if (international && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    return digits;
}

bool looksLikePhone(QStringView text) {
    int digits = 0;
    for (QChar c : text) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            ++digits;
        else if (c != u' ' && c != u'-' && c != u'+' && c != u'(' && c != u')' && c != u'.')
            return false;
    }
    return digits >= 3;
}

} // namespace clientele
