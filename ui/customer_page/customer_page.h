#pragma once

#include "common/ids.h"

#include <QWidget>

#include <vector>

class QLabel;
class QStandardItemModel;
class QTabWidget;

namespace clientele {

class AppContext;
class CustomerHeader;
class ProfileTab;
class TableTab;
class TimelineTab;

// The 360° view of one customer: header with the key figures, then tabs (Profile,
// Organisation, Timeline, Orders, Products bought, Preferences, Goals and needs, Competitors,
// Tasks, Cost to serve). Only the header and the visible tab are read when a customer is opened;
// other tabs read when first shown.
class CustomerPage : public QWidget {
    Q_OBJECT
public:
    explicit CustomerPage(AppContext& app, QWidget* parent = nullptr);

    void showCustomer(Id customerId);
    Id customerId() const { return m_customer; }
    void reload();
    void printSheet();

    CustomerHeader* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    ProfileTab* profileTab() const { return m_profile; }
    TimelineTab* timelineTab() const { return m_timeline; }
    TableTab* tableTab(const QString& name) const; // "organisation", "orders", "tasks", ...

signals:
    void backRequested();

private:
    QWidget* buildActions();
    void addTableTab(const QString& name, const QString& title,
                     void (*filler)(AppContext&, Id, QStandardItemModel&, QLabel&));
    void loadHeader();
    void loadTab(int index);

    AppContext& m_app;
    Id m_customer = 0;
    CustomerHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    ProfileTab* m_profile = nullptr;
    TimelineTab* m_timeline = nullptr;
    std::vector<bool> m_loaded; // per tab, for the current customer
    bool m_stale = false;       // data changed while the page was hidden
};

} // namespace clientele
