#pragma once

#include "domain/order.h"
#include "shell/database_command.h"

#include <optional>

namespace clientele {

// Saving an order from the editor, with its lines, in one transaction. Undo removes a new order
// or restores the order as it was before the edit; redo writes it again under the same id.
class SaveOrderCommand : public DatabaseCommand {
public:
    SaveOrderCommand(AppContext& app, std::optional<Order> before, Order after);
    Id orderId() const { return m_after.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    std::optional<Order> m_before; // empty: a new order
    Order m_after;
};

} // namespace clientele
