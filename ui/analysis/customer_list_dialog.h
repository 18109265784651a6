#pragma once

#include "analysis/facts.h"
#include "common/ids.h"

#include <QDialog>
#include <QString>

#include <memory>
#include <vector>

class QTableWidget;

namespace clientele {

class AppContext;
class CampaignDialog;

// The customers behind a bar, slice or cell of a chart. Double-click opens a customer's page;
// the list can go to the Customers list or become a campaign's members.
class CustomerListDialog : public QDialog {
    Q_OBJECT
public:
    CustomerListDialog(AppContext& app, std::shared_ptr<const analysis::Facts> facts,
                       std::vector<int> customers, const QString& title, QWidget* parent);

    // Opens the dialog (non-blocking) and returns it; it deletes itself when closed.
    static CustomerListDialog* start(AppContext& app, std::shared_ptr<const analysis::Facts> facts,
                                     std::vector<int> customers, const QString& title,
                                     QWidget* parent);

    // CustomerFacts indexes, in the order listed.
    const std::vector<int>& customers() const { return m_customers; }
    QTableWidget* table() const { return m_table; }
    void openRow(int row);
    // The same customers in the customers list, where they can be filtered, edited or exported.
    void showInList();
    // A new campaign with these customers as its members: the campaign dialog, named after the
    // list; the members are added when it is saved.
    CampaignDialog* startCampaign();

private:
    std::vector<Id> customerIds() const;

    AppContext& m_app;
    std::shared_ptr<const analysis::Facts> m_facts;
    std::vector<int> m_customers;
    QTableWidget* m_table = nullptr;
};

} // namespace clientele
