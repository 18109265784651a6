#pragma once

#include "shell/page.h"
#include "sync_runner.h"

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace clientele {

class ConflictListModel;
class DeviceListModel;

// Offline merge with the other copies of this database: this copy's family and device name, the
// family's devices, the sync folder with Sync Now, packet files for a USB stick, and the
// conflicts to accept or undo. With a sync folder set, it also syncs on its own: soon after
// the window opens, every few minutes, and once more when the window closes.
class SyncPage : public Page {
    Q_OBJECT
public:
    explicit SyncPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Sync"); }
    QIcon icon() const override;
    void activate() override;
    QWidget* focusTarget() override;
    Id currentCustomer() const override;

    SyncRunner* runner() const { return m_runner; }
    DeviceListModel* devices() const { return m_devices; }
    ConflictListModel* conflicts() const { return m_conflicts; }
    QTableView* conflictView() const { return m_conflictView; }
    QCheckBox* showResolved() const { return m_showResolved; }
    QLineEdit* deviceName() const { return m_deviceName; }
    QLabel* problems() const { return m_problems; }
    QAction* syncNowAction() const { return m_syncNow; }
    QAction* acceptAction() const { return m_accept; }
    QAction* restoreAction() const { return m_restore; }
    // True while the devices or the conflicts are being read.
    bool isLoading() const;

    QString syncFolder() const;
    Status setSyncFolder(const QString& folder);
    void syncNow();
    void exportPacket();
    void importPacket();
    void acceptCurrent();
    void restoreCurrent();
    void renameDevice();
    // Starts the last sync with the folder before the window closes and returns true (done is
    // called once it is over); false when there is nothing to do and the window may close now.
    bool syncBeforeClose(std::function<void()> done);

private:
    QWidget* buildToolbar();
    QWidget* buildIdentity();
    QWidget* buildDevices();
    QWidget* buildConflicts();
    void refresh();
    void updateActions();
    void chooseFolder();
    void syncAutomatically();
    void startFolderSync(bool quiet);
    void onStarted();
    void onFinished(const SyncRunner::Report& report);
    void showFolderOutcome(const SyncRunner::Report& report);
    void showFileOutcome(const SyncRunner::Report& report);
    int currentRow() const;

    SyncRunner* m_runner = nullptr;
    DeviceListModel* m_devices = nullptr;
    ConflictListModel* m_conflicts = nullptr;
    QTableView* m_deviceView = nullptr;
    QTableView* m_conflictView = nullptr;
    QLineEdit* m_deviceName = nullptr;
    QLabel* m_family = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_conflictTitle = nullptr;
    QCheckBox* m_showResolved = nullptr;
    QPushButton* m_rename = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_export = nullptr;
    QAction* m_import = nullptr;
    QAction* m_accept = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_openCustomer = nullptr;
    QTimer* m_timer = nullptr;
    QString m_deviceNameShown; // as last read, to tell an edit from it
    quint64 m_statusGeneration = 0;
    quint64 m_statusApplied = 0;
    bool m_quiet = false; // the job under way was started by the timer
    bool m_stale = true;
    bool m_closing = false;
    bool m_closeSyncStarted = false;
    std::function<void()> m_afterClose;
};

} // namespace clientele
