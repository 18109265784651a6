#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace clientele {

class AppContext;

// How often each tier's customers should be visited: one row per tier in use, a number of days
// (0: no rule). Saved as the shop's revisit rules (see agenda/revisits.h).
class RevisitRulesDialog : public QDialog {
    Q_OBJECT
public:
    RevisitRulesDialog(AppContext& app, QWidget* parent = nullptr);

    void accept() override;
    QTableWidget* table() const { return m_table; }
    // Sets the days of the tier's row (for tests and keyboard-less callers).
    void setDays(const QString& tier, int days);

private:
    AppContext& m_app;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace clientele
