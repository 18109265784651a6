#pragma once

#include "common/result.h"

#include <QString>

#include <vector>

namespace clientele {

class AnalysisView;

struct ReportCover {
    QString title;
    QString created; // the date, as the user reads dates
    QString window;  // the period the analyses cover
};

// A PDF: a cover page, then one page per view with its title and its charts and tables as
// shown (a view without a result prints its empty-state text).
Status writeAnalysisReport(const QString& path, const ReportCover& cover,
                           const std::vector<AnalysisView*>& views);

} // namespace clientele
