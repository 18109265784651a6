#pragma once

#include "agenda/holidays.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace clientele {

class AppContext;
class SectionModel;

// The customers suggested for a holiday greeting (see readGreetCandidates for how they are
// chosen), read on a worker thread, all selected once read: Write to Selected hands those the
// user kept to the message sender with the holiday's template. Double-click opens a customer.
class GreetDialog : public QDialog {
    Q_OBJECT
public:
    GreetDialog(AppContext& app, const Holiday& holiday, QWidget* parent = nullptr);

    SectionModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* writeButton() const { return m_write; }
    bool isLoading() const { return m_loading; }
    // Opens the message sender on the selected customers and closes this list.
    void writeToSelected();

private:
    void load();

    AppContext& m_app;
    Holiday m_holiday;
    SectionModel* m_model = nullptr;
    QPushButton* m_write = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_note = nullptr;
    bool m_loading = false;
};

} // namespace clientele
