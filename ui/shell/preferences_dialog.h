#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace clientele {

class AppContext;

// Preferences: the page the app opens on, the language, automatic backups and where backups go (the
// backup folder is a setting of the database, so it travels with the file).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(AppContext& app, const QStringList& pageTitles, QWidget* parent = nullptr);

    void accept() override;
    QComboBox* startPage() const { return m_startPage; }
    QComboBox* language() const { return m_language; }
    QCheckBox* autoBackup() const { return m_autoBackup; }
    QLineEdit* backupFolder() const { return m_backupFolder; }

private:
    AppContext& m_app;
    QComboBox* m_startPage = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_autoBackup = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace clientele
