#include "mailto.h"

namespace clientele {

QUrl mailtoUrl(const QString& address, const QString& subject, const QString& body) {
    QString crlf = body;
    crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    // '@' may stay in the address; everything else outside the unreserved set is encoded, '&',
    // '=', '+' and '?' included, so that no mail program reads them as the query's syntax.
    const QByteArray encoded = "mailto:" + QUrl::toPercentEncoding(address.trimmed(), "@") +
                               "?subject=" + QUrl::toPercentEncoding(subject) +
                               "&body=" + QUrl::toPercentEncoding(crlf);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace clientele
