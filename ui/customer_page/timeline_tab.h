#pragma once

#include "common/ids.h"

#include <QWidget>

class QCheckBox;
class QTableView;

namespace clientele {

class AppContext;
class TimelineModel;

// The customer's history (visits, orders, tickets, tasks) newest first, with a check box per
// kind to narrow it.
class TimelineTab : public QWidget {
    Q_OBJECT
public:
    explicit TimelineTab(AppContext& app, QWidget* parent = nullptr);
    void load(Id customerId);
    TimelineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void applyKinds();

    AppContext& m_app;
    TimelineModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QList<QCheckBox*> m_kinds;
};

} // namespace clientele
