#pragma once

#include "analysis/product.h"
#include "analysis_view.h"

class QChart;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace clientele {

// P6: what sells and what sells together. The best products by profit with their A/B/C tier,
// the category mix, the strongest pairs by lift, and cross-sell suggestions for one customer.
class ProductView : public AnalysisView {
    Q_OBJECT
public:
    explicit ProductView(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Product"); }
    AnalysisJob job() const override;

    const analysis::ProductResult* result() const { return m_result.get(); }
    QLineEdit* customerBox() const { return m_customer; }
    QTableWidget* pairsTable() const { return m_pairs; }
    QTableWidget* suggestionsTable() const { return m_suggestions; }
    QLabel* summary() const { return m_summary; }
    // Customers who bought this product (ProductFacts index) or category (code) in the window.
    std::vector<int> buyers(bool category, int code) const;

protected:
    void draw(const AnalysisOutput& output) override;

private:
    void drawTop();
    void drawCategories();
    void fillPairs();
    void fillSuggestions();
    QString productLabel(int product) const;

    std::shared_ptr<const analysis::ProductResult> m_result;
    QLabel* m_summary = nullptr;
    QChart* m_top = nullptr;
    QChart* m_categories = nullptr;
    QTableWidget* m_pairs = nullptr;
    QLineEdit* m_customer = nullptr;
    QTableWidget* m_suggestions = nullptr;
};

} // namespace clientele
