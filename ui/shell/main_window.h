#pragma once

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace clientele {

class AppContext;
class Database;
class Page;

// Wires the pages together: a navigation bar, the stacked pages, menus and the status bar.
// It contains no page itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return *m_db; }
    AppContext& app() { return *m_app; }
    // The page with this title (untranslated class name lookups are in tests via qobject_cast).
    template <typename P>
    P* page() const {
        for (Page* p : m_pages)
            if (auto* found = qobject_cast<P*>(p))
                return found;
        return nullptr;
    }
    void showPage(Page* page);

private:
    void addPage(Page* page);
    void updateStatus();

    std::unique_ptr<Database> m_db;
    AppContext* m_app = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    std::vector<Page*> m_pages;
    QLabel* m_statusCounts = nullptr;
};

} // namespace clientele
