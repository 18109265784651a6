#pragma once

#include "common/dates.h"
#include "common/progress.h"
#include "common/result.h"

#include <QtGlobal>

namespace clientele {

class Database;

struct DemoOptions {
    int customers = 2000;
    int orders = 20000;
    int years = 3;
    quint64 seed = 1;
    DayNumber endDay = 0; // the last day with orders; 0 = the database clock's today
};

struct DemoSummary {
    qint64 customers = 0;
    qint64 products = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    qint64 visits = 0;
    qint64 campaigns = 0;
    qint64 tickets = 0;
    qint64 tasks = 0;
};

// Fills an empty database with a believable tea and gift shop: people and companies with
// Chinese and Latin names, company contacts with decision roles, a catalogue with real margins
// (and a few loss-makers), years of seasonal orders with a Pareto-like spread of spend, repeat
// buyers and lapsed ones, visits with quoted prices, campaigns, tickets and tasks.
// The same seed and end day give the same data. Written in one transaction.
Result<DemoSummary> generateDemo(Database& db, const DemoOptions& options,
                                 const Progress& progress = {});

} // namespace clientele
