#pragma once

#include <QObject>
#include <QTimer>

namespace clientele {

class AppContext;

// Keeps AppContext::insights() up to date: computes them on a worker thread once the window is
// up, and again a little after the data changed (several edits in a row cause one run). The
// previous insights stay in place until the new ones are ready.
class InsightsRunner : public QObject {
    Q_OBJECT
public:
    InsightsRunner(AppContext& app, QObject* parent = nullptr);

    // Starts a computation after delayMs, or sooner when one is already waiting.
    void schedule(int delayMs);
    bool isRunning() const { return m_running; }

signals:
    void finished(bool ok);

private:
    void run();

    AppContext& m_app;
    QTimer m_delay;
    bool m_running = false;
    bool m_again = false; // the data changed while a run was going
};

} // namespace clientele
