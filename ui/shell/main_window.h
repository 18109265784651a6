#pragma once

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QTableView;
class QLabel;

namespace clientele {

class Database;
class CustomerListModel;

// Wires the pages together; the pages themselves live in their own folders.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return *m_db; }
    CustomerListModel* customerModel() const { return m_customers; }
    QLineEdit* searchBox() const { return m_search; }
    QTableView* customerView() const { return m_view; }

private:
    void applySearch();
    void updateStatus();

    std::unique_ptr<Database> m_db;
    CustomerListModel* m_customers = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace clientele
