#pragma once

#include "domain/product.h"
#include "shell/database_command.h"

#include <optional>

namespace clientele {

// Adding or changing a catalogue product. Undo deletes a new product or restores the previous
// record; redo writes it again under the same id.
class SaveProductCommand : public DatabaseCommand {
public:
    SaveProductCommand(AppContext& app, std::optional<Product> before, Product after);
    Id productId() const { return m_after.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    std::optional<Product> m_before; // empty: a new product
    Product m_after;
};

} // namespace clientele
