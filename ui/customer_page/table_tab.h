#pragma once

#include "common/ids.h"

#include <QWidget>

#include <functional>

class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace clientele {

class AppContext;

// A tab of the customer page that lists a few records of the customer in a table (small sets,
// so a QStandardItemModel filled at once). The filler knows what to read and how to show it.
class TableTab : public QWidget {
    Q_OBJECT
public:
    using Filler = std::function<void(AppContext&, Id, QStandardItemModel&, QLabel& note)>;

    TableTab(AppContext& app, Filler filler, QWidget* parent = nullptr);

    void load(Id customerId);
    QTableView* view() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }

signals:
    // A row whose first cell carries an id (Qt::UserRole) was double-clicked.
    void activated(clientele::Id id);

private:
    AppContext& m_app;
    Filler m_filler;
    QLabel* m_note = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
};

// Cells for the fillers: text, and money or counts aligned right.
QStandardItem* textItem(const QString& text, Id id = 0);
QStandardItem* numberItem(const QString& text);

} // namespace clientele
