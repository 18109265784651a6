#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

namespace clientele {

// Asks for the passphrase of an encrypted backup. Every prompt of the app goes through here, so
// a test can queue what the user would type (setNextPassphrase; an empty one is a cancel).
class PassphrasePrompt {
public:
    // With confirm the passphrase is typed twice and must be at least kMinimumLength long (a new
    // encrypted copy); without, once (restoring). Empty when the user cancelled.
    static QByteArray ask(QWidget* parent, const QString& title, const QString& text, bool confirm);

    static void setNextPassphrase(const QByteArray& passphrase);
    static void clearPassphrases();

    static constexpr int kMinimumLength = 8;
};

} // namespace clientele
