#include "product_commands.h"

#include "domain/product_repository.h"
#include "shell/app_context.h"

#include <QCoreApplication>

namespace clientele {

namespace {
QString commandText(bool isNew, const QString& sku) {
    return isNew ? QCoreApplication::translate("ProductCommands", "Add product %1").arg(sku)
                 : QCoreApplication::translate("ProductCommands", "Edit product %1").arg(sku);
}
} // namespace

SaveProductCommand::SaveProductCommand(AppContext& app, std::optional<Product> before,
                                       Product after)
    : DatabaseCommand(app, commandText(!before, after.sku), QStringLiteral("product"))
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    if (m_after.id == 0)
        m_after.id = newId(); // fixed now so that redo recreates the same product
}

Status SaveProductCommand::apply() {
    ProductRepository products(app().database());
    if (m_before)
        return products.update(m_after);
    auto created = products.create(m_after);
    return created ? Status() : Status(created.error());
}

Status SaveProductCommand::revert() {
    ProductRepository products(app().database());
    return m_before ? products.update(*m_before) : products.remove(m_after.id);
}

} // namespace clientele
