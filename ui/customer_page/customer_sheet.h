#pragma once

#include "common/ids.h"
#include "common/result.h"

#include <QString>

namespace clientele {

class AppContext;

// The one-page customer sheet to take to a visit: who they are, key figures, what they like,
// goals and needs, recent visits and open tasks, what they buy.
QString customerSheetHtml(AppContext& app, Id customerId);
// Writes the sheet as an A4 PDF.
Status writeCustomerSheetPdf(AppContext& app, Id customerId, const QString& path);

} // namespace clientele
