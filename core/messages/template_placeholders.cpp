#include "template_placeholders.h"

#include "message_template.h"

namespace clientele {

namespace {

const QStringList kCommon = {QStringLiteral("name"), QStringLiteral("title"),
                             QStringLiteral("last_product"), QStringLiteral("salesperson"),
                             QStringLiteral("shop")};
const QString kHoliday = QStringLiteral("holiday");
const QStringList kPayment = {QStringLiteral("amount_due"), QStringLiteral("due_date")};

} // namespace

QStringList placeholdersFor(const QString& occasion) {
    namespace mv = message_values;
    if (occasion == mv::springFestival || occasion == mv::midAutumn || occasion == mv::holiday)
        return kCommon + QStringList{kHoliday};
    if (occasion == mv::paymentReminder)
        return kCommon + kPayment;
    return kCommon;
}

const QStringList& allPlaceholders() {
    static const QStringList all = kCommon + QStringList{kHoliday} + kPayment;
    return all;
}

} // namespace clientele
