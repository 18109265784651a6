#pragma once

#include "common/money.h"
#include "common/result.h"

#include <QLineEdit>

namespace clientele {

class AppContext;

// An amount of money typed as every money field of the app takes it: a plain decimal with the
// shop's minor digits at most ("12.50"), never negative; the shop's currency shown as its
// placeholder. Empty reads as nothing (0).
class MoneyEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit MoneyEdit(const AppContext& app, QWidget* parent = nullptr);

    void setAmount(Money amount); // 0 shows as empty
    // The amount typed, or why the text is not one.
    Result<Money> amount() const;

private:
    int m_minorDigits;
};

} // namespace clientele
