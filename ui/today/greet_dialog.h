#pragma once

#include "agenda/holidays.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace clientele {

class AppContext;
class SectionModel;

// The customers suggested for a holiday greeting (see readGreetCandidates for how they are
// chosen), read on a worker thread. Double-click opens a customer. Sending is done elsewhere.
class GreetDialog : public QDialog {
    Q_OBJECT
public:
    GreetDialog(AppContext& app, const Holiday& holiday, QWidget* parent = nullptr);

    SectionModel* model() const { return m_model; }
    bool isLoading() const { return m_loading; }

private:
    void load();

    AppContext& m_app;
    SectionModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_note = nullptr;
    bool m_loading = false;
};

} // namespace clientele
