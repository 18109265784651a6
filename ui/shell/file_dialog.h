#pragma once

#include <QString>

class QWidget;

namespace clientele {

// Every file chooser of the app goes through here, so a test can queue the file the user would
// pick (setNextFileName; an empty name is a cancel) instead of a modal dialog blocking the test.
class FileDialog {
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});
    static QString getExistingDirectory(QWidget* parent, const QString& caption,
                                        const QString& dir = {});

    // Test seam: the next choosers return these, in order, without being shown.
    static void setNextFileName(const QString& fileName);
    static void clearFileNames();
    static int queuedFileNames();
};

} // namespace clientele
