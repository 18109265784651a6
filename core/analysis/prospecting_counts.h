#pragma once

#include "facts.h"
#include "report.h"
#include "window.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace clientele::analysis {

// P5's counts: how many customers arrive and how many leads turn into buyers. The models of P5
// (BG/NBD, Gamma-Gamma, forecast) are in analysis/models and add their keys beside these. No
// options of their own: the window is all they need.

struct MonthCounts {
    int month = 0;        // monthIndex
    int newCustomers = 0; // customers whose first counted order ever falls in the month
    int leads = 0;        // customers created in the month (within the window)
};

struct SourceConversion {
    int source = 0;    // Facts::sources code (0: no source)
    int customers = 0; // created in the window
    int converted = 0; // of those, with at least one counted order up to the window's end
};

struct ProspectingCounts {
    std::vector<MonthCounts> months;          // every month from `from`'s to `to`'s
    std::vector<SourceConversion> conversion; // by source label
};

ProspectingCounts computeProspectingCounts(const Facts& facts, const Window& window);

// reportHeader("prospecting") with new_by_month and conversion.
QJsonObject prospectingCountsJson(const ProspectingCounts& counts, const Facts& facts,
                                  const Window& window);
Table prospectingCountsTable(const ProspectingCounts& counts, const Facts& facts);
QString prospectingCountsText(const ProspectingCounts& counts, const Facts& facts,
                              const Window& window);

} // namespace clientele::analysis
