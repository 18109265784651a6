#include "file_dialog.h"

#include <QFileDialog>

#include <deque>
#include <optional>

namespace clientele {

namespace {
std::deque<QString>& names() {
    static std::deque<QString> queue;
    return queue;
}
std::optional<QString> takeQueued() {
    if (names().empty())
        return std::nullopt;
    QString name = names().front();
    names().pop_front();
    return name;
}
} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter) {
    if (auto queued = takeQueued())
        return *queued;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter) {
    if (auto queued = takeQueued())
        return *queued;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption,
                                         const QString& dir) {
    if (auto queued = takeQueued())
        return *queued;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFileName(const QString& fileName) {
    names().push_back(fileName);
}

void FileDialog::clearFileNames() {
    names().clear();
}

int FileDialog::queuedFileNames() {
    return static_cast<int>(names().size());
}

} // namespace clientele
