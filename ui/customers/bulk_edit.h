#pragma once

#include "domain/customer.h"

#include <QStringList>

#include <optional>

namespace clientele {

// What one bulk edit changes on every selected customer; unset parts stay as they are.
struct BulkEdit {
    QStringList addTags;
    QStringList removeTags;
    std::optional<QString> tier;
    std::optional<QString> salesperson;
    std::optional<QString> status;

    bool isEmpty() const {
        return addTags.isEmpty() && removeTags.isEmpty() && !tier && !salesperson && !status;
    }
};

Customer applyBulkEdit(Customer customer, const BulkEdit& edit);

} // namespace clientele
