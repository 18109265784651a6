#pragma once

#include "common/ids.h"
#include "common/result.h"

#include <QString>

#include <vector>

namespace clientele {

class Database;

// The customers a ringing phone number belongs to, best first: those with exactly this number
// (spaces, dashes and a +86/0086 prefix ignored), then those whose number and the caller's
// differ only by a prefix (an area code, a trunk 0): one ends with the other and the shorter has
// at least 7 digits. Empty when nobody has it. A number such as "tel:+86-138-0013-8000" is read
// too.
Result<std::vector<Id>> lookUpCaller(const Database& db, const QString& number);

// The digits of a number as it came from a softphone or a tel: URL.
QString callerDigits(const QString& number);

} // namespace clientele
