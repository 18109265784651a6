#include "money_edit.h"

#include "app_context.h"
#include "formatting.h"
#include "storage/database.h"

namespace clientele {

MoneyEdit::MoneyEdit(const AppContext& app, QWidget* parent)
    : QLineEdit(parent)
    , m_minorDigits(app.database().settings().minorDigits) {
    setAlignment(Qt::AlignRight);
    setMaximumWidth(160);
    setPlaceholderText(currencySymbol(app.database().settings().currency));
}

void MoneyEdit::setAmount(Money amount) {
    setText(amount == 0 ? QString() : formatMoneyFixed(amount, m_minorDigits));
}

Result<Money> MoneyEdit::amount() const {
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return Money{0};
    return parseMoney(typed, m_minorDigits);
}

} // namespace clientele
