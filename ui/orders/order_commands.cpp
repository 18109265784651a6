#include "order_commands.h"

#include "domain/order_repository.h"
#include "shell/app_context.h"

#include <QCoreApplication>

namespace clientele {

namespace {
QString commandText(bool isNew, const QString& number) {
    return isNew ? QCoreApplication::translate("OrderCommands", "Add order %1").arg(number)
                 : QCoreApplication::translate("OrderCommands", "Edit order %1").arg(number);
}
} // namespace

SaveOrderCommand::SaveOrderCommand(AppContext& app, std::optional<Order> before, Order after)
    : DatabaseCommand(app, commandText(!before, after.number), QStringLiteral("order"))
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    if (m_after.id == 0)
        m_after.id = newId(); // fixed now so that redo recreates the same order
}

Status SaveOrderCommand::apply() {
    OrderRepository orders(app().database());
    if (m_before)
        return orders.update(m_after);
    auto created = orders.create(m_after);
    return created ? Status() : Status(created.error());
}

Status SaveOrderCommand::revert() {
    OrderRepository orders(app().database());
    return m_before ? orders.update(*m_before) : orders.remove(m_after.id);
}

} // namespace clientele
