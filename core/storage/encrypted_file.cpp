#include "encrypted_file.h"

#include <QFile>
#include <QSaveFile>

#include <sodium.h>

#include <array>
#include <cstring>

namespace clientele {

namespace {

constexpr char kMagic[8] = {'C', 'L', 'N', 'T', 'E', 'N', 'C', '1'};
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr std::size_t kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t kABytes = crypto_secretstream_xchacha20poly1305_ABYTES;
// magic, opslimit (8), memlimit (8), salt, stream header
constexpr std::size_t kHeaderBytes = sizeof(kMagic) + 8 + 8 + kSaltBytes + kStreamHeaderBytes;

// A moderate Argon2id cost: about a second and 64 MiB on a laptop, which is what a thief's
// guessing pays per passphrase.
constexpr quint64 kOpsLimit = 3;
constexpr quint64 kMemLimit = 64ull * 1024 * 1024;

void putLe64(unsigned char* out, quint64 v) {
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<unsigned char>(v >> (8 * i));
}

quint64 getLe64(const unsigned char* in) {
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | in[i];
    return v;
}

struct Key {
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> bytes{};
    ~Key() { sodium_memzero(bytes.data(), bytes.size()); }
};

bool deriveKey(Key& key, const QByteArray& passphrase, const unsigned char* salt, quint64 ops,
               quint64 mem) {
    return crypto_pwhash(key.bytes.data(), key.bytes.size(), passphrase.constData(),
                         static_cast<unsigned long long>(passphrase.size()), salt, ops,
                         static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

Status ensureSodium() {
    if (sodium_init() < 0)
        return Error::io(QStringLiteral("the encryption library could not start"));
    return {};
}

} // namespace

bool isEncryptedFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) &&
           f.read(sizeof(kMagic)) == QByteArray(kMagic, sizeof(kMagic));
}

Status encryptFile(const QString& plainPath, const QString& outPath, const QByteArray& passphrase,
                   const Progress& progress) {
    if (Status s = ensureSodium(); !s)
        return s;
    if (passphrase.isEmpty())
        return Error::invalid(QStringLiteral("the passphrase is empty"));
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("%1: cannot be read: %2").arg(plainPath, in.errorString()));
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(
            QStringLiteral("%1: cannot be written: %2").arg(outPath, out.errorString()));

    std::array<unsigned char, kHeaderBytes> header{};
    std::memcpy(header.data(), kMagic, sizeof(kMagic));
    putLe64(header.data() + 8, kOpsLimit);
    putLe64(header.data() + 16, kMemLimit);
    unsigned char* salt = header.data() + 24;
    randombytes_buf(salt, kSaltBytes);
    Key key;
    if (!deriveKey(key, passphrase, salt, kOpsLimit, kMemLimit))
        return Error::io(QStringLiteral("not enough memory to derive the key"));
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, salt + kSaltBytes, key.bytes.data());
    out.write(reinterpret_cast<const char*>(header.data()), header.size());

    std::vector<unsigned char> plain(kChunk), cipher(kChunk + kABytes);
    const qint64 total = in.size();
    qint64 done = 0;
    bool first = true;
    for (;;) {
        const qint64 n = in.read(reinterpret_cast<char*>(plain.data()), kChunk);
        if (n < 0)
            return Error::io(QStringLiteral("%1: read error: %2").arg(plainPath, in.errorString()));
        done += n;
        const bool last = done >= total || n == 0;
        unsigned long long written = 0;
        // The first chunk carries the header as associated data: changing a limit or the salt
        // fails.
        crypto_secretstream_xchacha20poly1305_push(
            &state, cipher.data(), &written, plain.data(), static_cast<unsigned long long>(n),
            first ? header.data() : nullptr, first ? header.size() : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        if (out.write(reinterpret_cast<const char*>(cipher.data()), static_cast<qint64>(written)) !=
            static_cast<qint64>(written))
            return Error::io(QStringLiteral("%1: write error: %2").arg(outPath, out.errorString()));
        if (!reportProgress(progress, done, total)) {
            out.cancelWriting();
            return Error::cancelled();
        }
        if (last)
            break;
    }
    sodium_memzero(plain.data(), plain.size());
    if (!out.commit())
        return Error::io(
            QStringLiteral("%1: cannot be written: %2").arg(outPath, out.errorString()));
    return {};
}

Status decryptFile(const QString& encryptedPath, const QString& outPath,
                   const QByteArray& passphrase, const Progress& progress) {
    if (Status s = ensureSodium(); !s)
        return s;
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io(
            QStringLiteral("%1: cannot be read: %2").arg(encryptedPath, in.errorString()));
    std::array<unsigned char, kHeaderBytes> header{};
    if (in.read(reinterpret_cast<char*>(header.data()), header.size()) !=
            static_cast<qint64>(header.size()) ||
        std::memcmp(header.data(), kMagic, sizeof(kMagic)) != 0)
        return Error::invalid(
            QStringLiteral("%1: not an encrypted Clientele backup").arg(encryptedPath));
    const quint64 ops = getLe64(header.data() + 8);
    const quint64 mem = getLe64(header.data() + 16);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > 64 || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > (1ull << 32))
        return Error::invalid(
            QStringLiteral("%1: damaged (impossible key-derivation settings)").arg(encryptedPath));
    Key key;
    if (!deriveKey(key, passphrase, header.data() + 24, ops, mem))
        return Error::io(QStringLiteral("not enough memory to derive the key"));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header.data() + 24 + kSaltBytes,
                                                        key.bytes.data()) != 0)
        return Error::invalid(QStringLiteral("%1: damaged (bad stream header)").arg(encryptedPath));

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(
            QStringLiteral("%1: cannot be written: %2").arg(outPath, out.errorString()));
    std::vector<unsigned char> cipher(kChunk + kABytes), plain(kChunk);
    const qint64 total = in.size();
    bool first = true, finished = false;
    while (!finished) {
        const qint64 n =
            in.read(reinterpret_cast<char*>(cipher.data()), static_cast<qint64>(cipher.size()));
        if (n <= 0)
            break; // ended without the final chunk: truncated
        unsigned long long plainBytes = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data(), &plainBytes, &tag, cipher.data(),
                static_cast<unsigned long long>(n), first ? header.data() : nullptr,
                first ? header.size() : 0) != 0) {
            out.cancelWriting();
            return Error::invalid(
                first ? QStringLiteral("%1: wrong passphrase, or the file was altered")
                            .arg(encryptedPath)
                      : QStringLiteral("%1: the file was altered or damaged; nothing was restored")
                            .arg(encryptedPath));
        }
        first = false;
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        out.write(reinterpret_cast<const char*>(plain.data()), static_cast<qint64>(plainBytes));
        if (!reportProgress(progress, in.pos(), total)) {
            out.cancelWriting();
            return Error::cancelled();
        }
    }
    sodium_memzero(plain.data(), plain.size());
    if (!finished || !in.atEnd()) {
        out.cancelWriting();
        return Error::invalid(
            QStringLiteral(
                "%1: the file is incomplete or has data after its end; nothing was restored")
                .arg(encryptedPath));
    }
    if (!out.commit())
        return Error::io(
            QStringLiteral("%1: cannot be written: %2").arg(outPath, out.errorString()));
    return {};
}

} // namespace clientele
