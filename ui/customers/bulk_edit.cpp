#include "bulk_edit.h"

#include "common/text_lists.h"

namespace clientele {

Customer applyBulkEdit(Customer c, const BulkEdit& edit) {
    QStringList tags = splitList(c.tags);
    for (const QString& tag : edit.removeTags)
        tags.removeAll(tag.trimmed());
    tags << edit.addTags;
    c.tags = joinList(tags);
    if (edit.tier)
        c.tier = *edit.tier;
    if (edit.salesperson)
        c.salesperson = *edit.salesperson;
    if (edit.status)
        c.status = *edit.status;
    return c;
}

} // namespace clientele
