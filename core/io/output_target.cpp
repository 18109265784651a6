#include "output_target.h"

#include <cstdio>

namespace clientele {

Result<std::unique_ptr<OutputTarget>> OutputTarget::open(const QString& path) {
    std::unique_ptr<OutputTarget> target(new OutputTarget);
    target->m_path = path;
    if (path.isEmpty() || path == QStringLiteral("-")) {
        target->m_stdout = std::make_unique<QFile>();
        if (!target->m_stdout->open(stdout, QIODevice::WriteOnly))
            return Error::io(QStringLiteral("cannot write to standard output: %1")
                                 .arg(target->m_stdout->errorString()));
        return target;
    }
    target->m_file = std::make_unique<QSaveFile>(path);
    if (!target->m_file->open(QIODevice::WriteOnly))
        return Error::io(
            QStringLiteral("%1: cannot write: %2").arg(path, target->m_file->errorString()));
    return target;
}

QIODevice& OutputTarget::device() {
    if (m_file)
        return *m_file;
    return *m_stdout;
}

Status OutputTarget::commit() {
    if (m_stdout) {
        if (!m_stdout->flush())
            return Error::io(
                QStringLiteral("cannot write to standard output: %1").arg(m_stdout->errorString()));
        return {};
    }
    if (!m_file->commit())
        return Error::io(QStringLiteral("%1: cannot write: %2").arg(m_path, m_file->errorString()));
    return {};
}

} // namespace clientele
