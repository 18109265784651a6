#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace clientele {

class BackupRunner;
class Database;

// File → Backups: the automatic backups with their verification state, a backup now, an
// encrypted copy for the road, and restoring one of them (or any backup file).
class BackupsDialog : public QDialog {
    Q_OBJECT
public:
    BackupsDialog(Database& db, BackupRunner* runner, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void refresh();
    void makeEncryptedCopy();
    void restoreSelected();
    void restoreFromFile();

signals:
    // The window must close the database before the backup can take its place.
    void restoreRequested(const QString& backupPath);
    void encryptedCopyFinished(bool ok, const QString& message);

private:
    QPushButton* button(const QString& text, void (BackupsDialog::*slot)());

    Database& m_db;
    BackupRunner* m_runner;
    QTableWidget* m_table = nullptr;
    QLabel* m_folder = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace clientele
