// The order editor's stock warning: what this order would take below zero, said under the lines
// while the user edits. It never blocks saving.
#include "domain/order_stock.h"
#include "order_editor.h"
#include "order_header_form.h"
#include "order_lines_model.h"
#include "shell/app_context.h"

#include <QLabel>

namespace clientele {

void OrderEditor::updateStockWarning() {
    Order edited;
    m_header->applyTo(edited); // only the status is used
    OrderStockState saved;
    if (m_original)
        saved = {m_original->status, m_original->lines};
    const std::vector<StockShortfall> shortfalls =
        stockShortfalls(m_lines->onHand(), saved, {edited.status, m_lines->lines()});
    QSet<Id> products;
    QStringList names;
    for (const StockShortfall& s : shortfalls) {
        products.insert(s.productId);
        for (const OrderLine& line : m_lines->lines()) {
            if (line.productId != s.productId)
                continue;
            names << tr("%1 %2 (%3 on hand, %4 after this order)")
                         .arg(line.productSku, line.productName, m_app.locale().toString(s.onHand),
                              m_app.locale().toString(s.after));
            break;
        }
    }
    m_lines->setShortOfStock(products);
    m_stockWarning->setText(
        tr("Not enough in stock: %1. The order can still be saved.").arg(names.join(tr("; "))));
    m_stockWarning->setVisible(!names.isEmpty());
}

} // namespace clientele
