#pragma once

#include <QString>
#include <QStringList>

namespace clientele {

// The placeholders a template may hold. Every occasion has the customer's {name} and {title},
// the {last_product} bought, the {salesperson} and the {shop}; the festivals and holidays add
// {holiday}, a payment reminder adds {amount_due} and {due_date}.
QStringList placeholdersFor(const QString& occasion);
// Every placeholder of any occasion.
const QStringList& allPlaceholders();

} // namespace clientele
