#pragma once

#include "analysis/facts.h"
#include "analysis/facts_cache.h"
#include "analysis/facts_filter.h"
#include "analysis/prospecting_models.h"
#include "analysis/window.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace clientele {

class Database;

// What a computation reads: the facts (shared, read-only) and the window resolved on them.
struct AnalysisInput {
    std::shared_ptr<const analysis::Facts> facts;
    analysis::Window window;
    // The BG/NBD, Gamma-Gamma and forecast models: both Profiling (value matrix) and Prospecting
    // need them and they are the slowest part, so they are fitted once per facts and window.
    std::function<std::shared_ptr<const analysis::ProspectingModels>()> models;
};

// A computation of one P, built on the GUI thread with the view's options copied in, run on the
// runner's thread. It returns the view's own result type.
using AnalysisOutput = std::shared_ptr<const void>;
using AnalysisJob = std::function<AnalysisOutput(const AnalysisInput&)>;

// Runs analysis computations one at a time on a thread of its own, through a read-only sibling
// connection that lives as long as the runner, so the facts cache kept between runs stays valid
// (change stamps only compare within one connection) and the facts are read again only after
// the data changed. A new run or cancel() drops the result of the one in flight.
class AnalysisRunner : public QObject {
    Q_OBJECT
public:
    explicit AnalysisRunner(const Database& db, QObject* parent = nullptr);
    ~AnalysisRunner() override;

    void run(int key, const analysis::WindowRequest& request, const analysis::FactsFilter& filter,
             DayNumber today, AnalysisJob job);
    void cancel();
    bool isRunning() const { return m_running; }
    int factLoads() const { return m_cache.loads(); }

signals:
    // percent of the facts read; -1 while computing on loaded facts.
    void progress(int percent);
    void finished(int key, const clientele::AnalysisInput& input,
                  const clientele::AnalysisOutput& output);
    void failed(int key, const QString& message);
    void cancelled();

private:
    struct Outcome {
        AnalysisInput input;
        AnalysisOutput output;
        QString error;
        bool cancelled = false;
    };
    Outcome execute(const analysis::WindowRequest& request, const analysis::FactsFilter& filter,
                    DayNumber today, const AnalysisJob& job, int generation);
    // The loaded facts narrowed by the filter, kept while neither changes (the models are
    // memoised by the facts they were fitted on).
    std::shared_ptr<const analysis::Facts>
    filtered(const std::shared_ptr<const analysis::Facts>& facts,
             const analysis::FactsFilter& filter);
    std::shared_ptr<const analysis::ProspectingModels>
    modelsFor(const std::shared_ptr<const analysis::Facts>& facts, const analysis::Window& window);
    void deliver(int key, int generation, const Outcome& outcome);
    bool current(int generation) const { return generation == m_generation.load(); }

    QString m_path;
    QThreadPool m_pool;
    std::atomic<int> m_generation{0};
    bool m_running = false;
    // Touched on the runner's thread only (the pool has one thread).
    std::unique_ptr<Database> m_connection;
    analysis::FactsCache m_cache;
    std::shared_ptr<const analysis::ProspectingModels> m_models;
    std::shared_ptr<const analysis::Facts> m_modelsFacts; // held, so its address is not reused
    analysis::Window m_modelsWindow;
    std::shared_ptr<const analysis::Facts> m_filterSource;
    analysis::FactsFilter m_filter;
    std::shared_ptr<const analysis::Facts> m_filtered;
};

} // namespace clientele
