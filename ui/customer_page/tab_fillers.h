#pragma once

#include "table_tab.h"

namespace clientele {

// What the customer page's table tabs show; each reads one customer's records.
void fillOrganisation(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note);
void fillOrders(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note);
void fillProductsBought(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note);
void fillPreferences(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note);
void fillGoalsAndNeeds(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note);
void fillCompetitors(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note);
void fillTasks(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note);
// What serving the customer cost: visit costs, task costs and expenses, newest first.
void fillCostToServe(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note);

} // namespace clientele
