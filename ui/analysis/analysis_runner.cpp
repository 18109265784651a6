#include "analysis_runner.h"

#include "storage/database.h"

#include <QMetaObject>

namespace clientele {

AnalysisRunner::AnalysisRunner(const Database& db, QObject* parent)
    : QObject(parent)
    , m_path(db.path()) {
    m_pool.setMaxThreadCount(1); // one connection, used by one computation at a time
    m_pool.setExpiryTimeout(-1); // the connection stays with its thread
}

AnalysisRunner::~AnalysisRunner() {
    cancel();
    m_pool.waitForDone();
    m_connection.reset();
}

void AnalysisRunner::run(int key, const analysis::WindowRequest& request,
                         const analysis::FactsFilter& filter, DayNumber today, AnalysisJob job) {
    const int generation = ++m_generation;
    m_running = true;
    emit progress(0);
    m_pool.start([this, key, request, filter, today, job = std::move(job), generation] {
        const Outcome outcome = execute(request, filter, today, job, generation);
        QMetaObject::invokeMethod(
            this, [this, key, generation, outcome] { deliver(key, generation, outcome); },
            Qt::QueuedConnection);
    });
}

void AnalysisRunner::cancel() {
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    emit cancelled();
}

AnalysisRunner::Outcome AnalysisRunner::execute(const analysis::WindowRequest& request,
                                                const analysis::FactsFilter& filter,
                                                DayNumber today, const AnalysisJob& job,
                                                int generation) {
    Outcome outcome;
    if (!current(generation)) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!m_connection) {
        OpenOptions options;
        options.mode = OpenMode::ReadOnly;
        auto opened = Database::open(m_path, options);
        if (!opened) {
            outcome.error = opened.error().message;
            return outcome;
        }
        m_connection = std::move(*opened);
    }
    int lastPercent = -2;
    auto facts = m_cache.facts(*m_connection, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        if (percent != lastPercent) {
            lastPercent = percent;
            QMetaObject::invokeMethod(
                this,
                [this, percent, generation] {
                    if (current(generation))
                        emit progress(percent);
                },
                Qt::QueuedConnection);
        }
        return current(generation);
    });
    if (!facts) {
        outcome.cancelled = facts.error().kind == Error::Kind::Cancelled;
        outcome.error = facts.error().message;
        return outcome;
    }
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (current(generation))
                emit progress(-1);
        },
        Qt::QueuedConnection);
    outcome.input.facts = filtered(*facts, filter);
    outcome.input.window = analysis::resolveWindow(*outcome.input.facts, request, today);
    outcome.input.models = [this, f = outcome.input.facts, w = outcome.input.window] {
        return modelsFor(f, w);
    };
    try {
        outcome.output = job(outcome.input);
    } catch (const std::exception& e) {
        outcome.error = QString::fromUtf8(e.what());
    }
    outcome.input.models = {}; // the worker's memo is not for the GUI thread
    return outcome;
}

std::shared_ptr<const analysis::Facts>
AnalysisRunner::filtered(const std::shared_ptr<const analysis::Facts>& facts,
                         const analysis::FactsFilter& filter) {
    if (filter.isEmpty())
        return facts;
    if (m_filtered && m_filterSource == facts && m_filter == filter)
        return m_filtered;
    m_filtered = analysis::filterFacts(facts, filter);
    m_filterSource = facts;
    m_filter = filter;
    return m_filtered;
}

std::shared_ptr<const analysis::ProspectingModels>
AnalysisRunner::modelsFor(const std::shared_ptr<const analysis::Facts>& facts,
                          const analysis::Window& window) {
    if (!m_models || m_modelsFacts != facts || m_modelsWindow.from != window.from ||
        m_modelsWindow.to != window.to || m_modelsWindow.asOf != window.asOf) {
        m_models = std::make_shared<const analysis::ProspectingModels>(
            analysis::computeProspectingModels(*facts, window));
        m_modelsFacts = facts;
        m_modelsWindow = window;
    }
    return m_models;
}

void AnalysisRunner::deliver(int key, int generation, const Outcome& outcome) {
    if (!current(generation))
        return; // cancelled or replaced by a newer run
    m_running = false;
    if (outcome.cancelled)
        emit cancelled();
    else if (!outcome.error.isEmpty() || !outcome.output)
        emit failed(key, outcome.error);
    else
        emit finished(key, outcome.input, outcome.output);
}

} // namespace clientele
