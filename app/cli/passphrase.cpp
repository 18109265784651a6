#include "passphrase.h"

#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace clientele::cli {

namespace {

QByteArray askHidden(const char* prompt) {
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    return QByteArray::fromStdString(line);
}

} // namespace

Result<QByteArray> readPassphrase(const QString& source, bool confirm) {
    QByteArray passphrase;
    if (source == QLatin1String("-")) {
        passphrase = askHidden("Passphrase: ");
        if (confirm && isatty(STDIN_FILENO) && askHidden("Passphrase again: ") != passphrase)
            return Error::invalid(QStringLiteral("the two passphrases differ"));
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("%1: cannot read the passphrase file: %2")
                                      .arg(source, file.errorString()));
        passphrase = file.readLine();
        while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
            passphrase.chop(1);
    }
    if (passphrase.isEmpty())
        return Error::invalid(QStringLiteral("the passphrase is empty"));
    return passphrase;
}

} // namespace clientele::cli
