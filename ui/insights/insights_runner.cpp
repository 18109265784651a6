#include "insights_runner.h"

#include "engine_insights.h"
#include "shell/app_context.h"
#include "shell/background.h"

namespace clientele {

InsightsRunner::InsightsRunner(AppContext& app, QObject* parent)
    : QObject(parent)
    , m_app(app) {
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &InsightsRunner::run);
    connect(&app, &AppContext::dataChanged, this, [this](const QString& what) {
        // Segments, P(alive) and CLV follow orders and customers; visits or tasks change none.
        if (what.isEmpty() || what == QLatin1String("order") || what == QLatin1String("customer"))
            schedule(2000);
    });
}

void InsightsRunner::schedule(int delayMs) {
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_delay.isActive() || m_delay.remainingTime() > delayMs)
        m_delay.start(delayMs);
}

void InsightsRunner::run() {
    m_running = true;
    const DayNumber today = m_app.today();
    runInBackground<std::shared_ptr<EngineInsights>>(
        m_app.database(), this,
        [today](Database& db) {
            return std::shared_ptr<EngineInsights>(EngineInsights::compute(db, today));
        },
        [this](std::optional<std::shared_ptr<EngineInsights>> result) {
            m_running = false;
            const bool ok = result && *result;
            if (ok) {
                // The shared pointer was only the way across threads; the context owns it now.
                auto* raw = new EngineInsights(std::move(**result));
                m_app.setInsights(std::unique_ptr<CustomerInsights>(raw));
            }
            emit finished(ok);
            if (m_again) {
                m_again = false;
                schedule(2000);
            }
        });
}

} // namespace clientele
