#pragma once

#include <QString>
#include <QUrl>

namespace clientele {

// A mailto: link (RFC 6068) that opens the user's mail program on a message to `address` with
// the subject and body filled in: both percent-encoded as UTF-8, the body's line breaks as CRLF.
// Nothing is sent by Clientele itself: the user reviews and sends it from the mail program.
QUrl mailtoUrl(const QString& address, const QString& subject, const QString& body);

} // namespace clientele
