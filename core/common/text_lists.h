#pragma once

#include <QString>
#include <QStringList>

namespace clientele {

// Lists (tags, phones, emails) are stored and exchanged as one text separated by ';'.
QStringList splitList(const QString& stored);
QString joinList(const QStringList& items); // trims, drops empties and duplicates, keeps order

} // namespace clientele
