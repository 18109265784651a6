#pragma once

#include "domain/customer.h"
#include "domain/customer_summary.h"
#include "shell/customer_insights.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace clientele {

class AppContext;

// The top of the customer page: who the customer is (name, company, phones to copy, status,
// tier, segment, tags) and the key figures (revenue, profit, orders, last order; P(alive) and
// CLV when the analysis engine provides them).
class CustomerHeader : public QWidget {
    Q_OBJECT
public:
    explicit CustomerHeader(AppContext& app, QWidget* parent = nullptr);

    void display(const Customer& customer, const QString& companyName,
                 const CustomerSummary& summary, const std::optional<CustomerInsight>& insight);
    // The text of a figure by its key ("revenue", "profit", "orders", "last_order", "p_alive",
    // "clv", "outstanding"), for tests.
    QString figure(const QString& key) const;

private:
    void setFigure(const QString& key, const QString& caption, const QString& value,
                   const QString& note = {});
    void showPhones(const QString& phones);
    void showChips(const QStringList& chips);

    AppContext& m_app;
    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QHBoxLayout* m_phones = nullptr;
    QHBoxLayout* m_chips = nullptr;
    QGridLayout* m_figures = nullptr;
};

} // namespace clientele
