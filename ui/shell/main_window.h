#pragma once

#include "backups/restore_flow.h"
#include "common/ids.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace clientele {

class AppContext;
class BackupRunner;
class CustomerPage;
class InsightsRunner;
class Database;
class DueNotifier;
class Page;
class QuickFind;
class StatusInfo;

// Wires the pages together: a navigation bar, the stacked pages, menus, quick-find and the
// status bar. It contains no page itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return *m_db; }
    AppContext& app() { return *m_app; }
    template <typename P>
    P* page() const {
        for (Page* p : m_pages)
            if (auto* found = qobject_cast<P*>(p))
                return found;
        return nullptr;
    }
    const std::vector<Page*>& pages() const { return m_pages; }
    void showPage(Page* page);
    // The page whose title (or object name) is `name`, case-insensitive; false when none.
    bool showPageNamed(const QString& name);
    Page* currentPage() const;
    // The customer's 360° page (kept while the window lives, filled per customer).
    CustomerPage* customerPage() const { return m_customerPage; }
    void openCustomer(Id customerId);
    // The customer shown or selected where the user is (0: none): Log Visit and Print use it.
    Id currentCustomer() const;
    QuickFind* quickFind() const { return m_quickFind; }
    StatusInfo* statusInfo() const { return m_status; }
    BackupRunner* backupRunner() const { return m_backup; }
    // Computes the customers' segments, P(alive) and CLV in the background (AppContext::insights).
    InsightsRunner* insightsRunner() const { return m_insights; }
    DueNotifier* dueNotifier() const { return m_dueNotifier; }
    QAction* action(const QString& name) const; // by object name, e.g. "undo", "logVisit"

    void backUpNow();
    void showBackups();
    // File → Import CSV… (checking path at once when given), Import History…, Export CSV….
    void importCsv(const QString& path = {});
    void showImportHistory();
    void exportCsv();
    // quick_check of the whole file on a worker thread; a damaged file makes the window offer
    // the newest verified backup (restoreRequested). Runs once a few seconds after start-up.
    void checkIntegrity();
    // A phone rang (clientele --lookup, a tel: link): opens the caller's page in front, or the
    // new-customer form with the number when nobody has it.
    void lookUpCaller(const QString& number);
    void exportCustomerData();
    void eraseCustomerData();
    // The banner above the pages that says why nothing can be saved (read-only databases).
    QLabel* readOnlyBanner() const { return m_readOnlyBanner; }
    void showPreferences();
    void showShortcuts();
    void printCustomerSheet();
    // Customer → Write Message…: the message sender on the customer where the user is.
    void writeToCurrentCustomer();

signals:
    // File → Open Database: the application replaces this window with one on the new file.
    void openDatabaseRequested(const QString& path);
    // The user confirmed putting a backup in place of this database: the application closes
    // this window (and with it the database), restores, and opens the file again.
    void restoreRequested(const clientele::RestoreRequest& request);
    void integrityChecked(const QStringList& problems);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void buildNavigation();
    void buildToolbar();
    void createMenus();
    void connectRequests();
    void startAutomaticBackup();
    void startDueNotifier();
    void chooseDatabase();
    void buildReadOnlyBanner(QWidget* parent);
    void offerRestore(const QStringList& problems);
    void requestRestore(const QString& backupPath);

    std::unique_ptr<Database> m_db;
    AppContext* m_app = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    std::vector<Page*> m_pages;
    CustomerPage* m_customerPage = nullptr;
    QuickFind* m_quickFind = nullptr;
    StatusInfo* m_status = nullptr;
    BackupRunner* m_backup = nullptr;
    InsightsRunner* m_insights = nullptr;
    DueNotifier* m_dueNotifier = nullptr;
};

} // namespace clientele
