// Opening the order editor: for a new order (numbered and dated here) or for a stored one.
#include "domain/order_repository.h"
#include "order_editor.h"
#include "shell/app_context.h"
#include "shell/message_box.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace clientele {

Order OrderEditor::newOrder(const Database& db, Id customerId) {
    Order o;
    o.orderedAt = db.clock().nowText();
    if (customerId != 0)
        o.customerId = customerId;
    const QString prefix = QStringLiteral("SO%1-").arg(o.orderedAt.left(4));
    // Numbers of a year share their width, so the greatest sorts last; the unique index on the
    // number answers this without a scan.
    sql::Statement q = db.prepare("SELECT number FROM orders WHERE number >= ? AND number < ? "
                                  "ORDER BY number DESC LIMIT 1");
    q.bind(1, prefix).bind(2, prefix + u'~');
    static const QRegularExpression sequence(QStringLiteral("-(\\d+)$"));
    const auto match = q.step() ? sequence.match(q.text(0)) : QRegularExpressionMatch();
    const qlonglong next = match.hasMatch() ? match.captured(1).toLongLong() + 1 : 1;
    o.number = prefix + QStringLiteral("%1").arg(next, 6, 10, QLatin1Char('0'));
    return o;
}

OrderEditor* OrderEditor::startNew(AppContext& app, Id customerId, QWidget* parent) {
    auto* editor = new OrderEditor(app, newOrder(app.database(), customerId), parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

OrderEditor* OrderEditor::startEdit(AppContext& app, Id orderId, QWidget* parent) {
    auto order = OrderRepository(app.database()).get(orderId);
    if (!order) {
        MessageBox::warning(parent, tr("Open Order"),
                            tr("The order could not be read: %1").arg(order.error().message));
        return nullptr;
    }
    auto* editor = new OrderEditor(app, *order, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

} // namespace clientele
