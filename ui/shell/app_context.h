#pragma once

#include "common/clock.h"
#include "common/ids.h"
#include "common/money.h"
#include "common/result.h"

#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QUndoStack;

namespace clientele {

class CustomerInsights;
class Database;
class DatabaseCommand;

// What every page and dialog shares: the open database, the undo stack, the clock, and the
// application-wide events (data changed, open this customer). Pages talk to each other only
// through here, so none of them includes another.
class AppContext : public QObject {
    Q_OBJECT
public:
    AppContext(Database& db, QObject* parent = nullptr);
    ~AppContext() override;

    Database& database() const { return m_db; }
    QUndoStack* undoStack() const { return m_undo; }
    const Clock& clock() const;
    DayNumber today() const { return clock().today(); }

    // Pages call this after they saved something, naming what changed ("customer", "order",
    // "visit", "task", ...; empty = anything), so the other pages refresh what they show.
    void notifyChanged(const QString& what = {});

    // Writes an undoable edit now and, when the write succeeded, puts it on the undo stack
    // (which takes ownership either way). The status is the write's: show it to the user.
    Status execute(DatabaseCommand* command);

    // Money in the shop's currency and the UI locale; dates in the locale's short format.
    QString money(Money minor) const;
    QString date(const QString& isoDate) const;
    QString dateTime(const QString& isoDateTime) const;
    QLocale locale() const { return m_locale; }

    // The analysis engine's answers (segment, P(alive), CLV); null until one is set.
    CustomerInsights* insights() const { return m_insights.get(); }
    void setInsights(std::unique_ptr<CustomerInsights> insights);

signals:
    void dataChanged(const QString& what);
    // Requests routed by the main window to the page that handles them.
    void openCustomerRequested(clientele::Id customerId);
    // The customers list, showing only these customers (those behind an analysis chart).
    void customerListRequested(const QString& what, const std::vector<clientele::Id>& ids);
    void newCustomerRequested(const QString& phone);
    void logVisitRequested(clientele::Id customerId);
    void newOrderRequested(clientele::Id customerId);
    void openOrderRequested(clientele::Id orderId);
    void statusMessage(const QString& message);
    // An undo or redo could not be written (e.g. the record was deleted meanwhile).
    void commandFailed(const QString& command, const QString& message);
    void insightsChanged();

private:
    Database& m_db;
    QUndoStack* m_undo;
    QLocale m_locale;
    std::unique_ptr<CustomerInsights> m_insights;
};

} // namespace clientele
