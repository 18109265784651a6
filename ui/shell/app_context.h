#pragma once

#include "common/clock.h"
#include "common/ids.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace clientele {

class Database;

// What every page and dialog shares: the open database, the undo stack, the clock, and the
// application-wide events (data changed, open this customer). Pages talk to each other only
// through here, so none of them includes another.
class AppContext : public QObject {
    Q_OBJECT
public:
    AppContext(Database& db, QObject* parent = nullptr);

    Database& database() const { return m_db; }
    QUndoStack* undoStack() const { return m_undo; }
    const Clock& clock() const;
    DayNumber today() const { return clock().today(); }

    // Pages call this after they saved something, naming what changed ("customer", "order",
    // "visit", "task", ...; empty = anything), so the other pages refresh what they show.
    void notifyChanged(const QString& what = {});

signals:
    void dataChanged(const QString& what);
    // Requests routed by the main window to the page that handles them.
    void openCustomerRequested(clientele::Id customerId);
    void newCustomerRequested(const QString& phone);
    void logVisitRequested(clientele::Id customerId);
    void newOrderRequested(clientele::Id customerId);
    void openOrderRequested(clientele::Id orderId);
    void statusMessage(const QString& message);

private:
    Database& m_db;
    QUndoStack* m_undo;
};

} // namespace clientele
