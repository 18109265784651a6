#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace clientele {

// Passphrase-protected files for copies that leave the laptop (a USB stick, a synced folder):
// Argon2id derives the key from the passphrase, XChaCha20-Poly1305 (libsodium's secretstream)
// encrypts in 64 KiB chunks, each authenticated, the last one marked final so that a truncated
// file is detected. The header (format, key-derivation limits, salt) is authenticated too.
bool isEncryptedFile(const QString& path);

Status encryptFile(const QString& plainPath, const QString& outPath, const QByteArray& passphrase,
                   const Progress& progress = {});

// Refuses a wrong passphrase or a damaged/tampered file with Error::Invalid and writes nothing
// (the output appears only once the whole file has been authenticated).
Status decryptFile(const QString& encryptedPath, const QString& outPath,
                   const QByteArray& passphrase, const Progress& progress = {});

} // namespace clientele
