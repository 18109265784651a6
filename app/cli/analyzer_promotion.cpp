#include "analysis/promotion.h"
#include "analyzers.h"

namespace clientele::cli {

Analyzer promotionAnalyzer() {
    return {QStringLiteral("promotion"),
            QStringLiteral("what campaigns bring: response against control, incremental profit, "
                           "ROI"),
            {QCommandLineOption(QStringLiteral("campaign"),
                                QStringLiteral("(promotion) Only the campaign with this code."),
                                QStringLiteral("CODE"))},
            [](const analysis::Facts& facts, const analysis::Window& window,
               const QCommandLineParser& parser) -> Result<AnalysisOutput> {
                analysis::PromotionOptions options;
                options.campaign = parser.value(QStringLiteral("campaign"));
                if (!options.campaign.isEmpty() &&
                    std::find(facts.campaigns.code.begin(), facts.campaigns.code.end(),
                              options.campaign) == facts.campaigns.code.end())
                    return Error::invalid(QStringLiteral("--campaign: no campaign has the code "
                                                         "\"%1\"")
                                              .arg(options.campaign));
                const auto r = analysis::computePromotion(facts, window, options);
                return AnalysisOutput{analysis::promotionJson(r, facts, window),
                                      analysis::promotionTable(r, facts),
                                      analysis::promotionText(r, facts, window)};
            }};
}

} // namespace clientele::cli
