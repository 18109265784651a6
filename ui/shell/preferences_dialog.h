#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;

namespace clientele {

class AppContext;

// Preferences: the page the app opens on, the language, automatic backups, where backups go and
// the sync folder (both folders are settings of the database, so they travel with the file).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(AppContext& app, const QStringList& pageTitles, QWidget* parent = nullptr);

    void accept() override;
    QComboBox* startPage() const { return m_startPage; }
    QComboBox* language() const { return m_language; }
    QCheckBox* autoBackup() const { return m_autoBackup; }
    QLineEdit* backupFolder() const { return m_backupFolder; }
    QLineEdit* syncFolder() const { return m_syncFolder; }

private:
    QLayout* folderRow(QLineEdit* edit, const QString& caption);

    AppContext& m_app;
    QComboBox* m_startPage = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_autoBackup = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QLineEdit* m_syncFolder = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace clientele
