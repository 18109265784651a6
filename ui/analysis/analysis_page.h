#pragma once

#include "analysis_runner.h"
#include "shell/page.h"

#include <functional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace clientele {

class AnalysisToolbar;
class AnalysisView;

// The 7P dashboard: one tab per P over the dates of a shared toolbar. A tab is computed when
// first shown, off the GUI thread, and its result kept until the data or the dates change.
class AnalysisPage : public Page {
    Q_OBJECT
public:
    explicit AnalysisPage(AppContext& app, QWidget* parent = nullptr);
    ~AnalysisPage() override;

    QString title() const override { return tr("Analysis"); }
    QIcon icon() const override;
    void activate() override;

    AnalysisToolbar* toolbar() const { return m_toolbar; }
    QTabWidget* tabs() const { return m_tabs; }
    const std::vector<AnalysisView*>& views() const { return m_views; }
    template <typename V>
    V* view() const {
        for (AnalysisView* v : m_views)
            if (auto* found = qobject_cast<V*>(v))
                return found;
        return nullptr;
    }
    AnalysisRunner* runner() const { return m_runner; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    bool isComputing() const;
    // The tab whose title or object name is name (case-insensitive); false when none.
    bool showTab(const QString& name);
    void cancel();

    // Computes every tab not yet computed, then writes the PDF report to path.
    void saveReport(const QString& path);
    void saveReportInteractively();

signals:
    // A report was written (ok) or could not be (message).
    void reportSaved(bool ok, const QString& message);

protected:
    // A light/dark switch of the desktop: charts take the new theme and results are redrawn.
    void changeEvent(QEvent* event) override;

private:
    void addView(AnalysisView* view);
    void refresh(); // the data or the dates changed
    void fillExportMenu();
    void invalidateAll();
    void failed(int key, const QString& message);
    void ensureCurrent();
    void start(int index);
    void startNextQueued();
    void showProgress(int percent);
    void finished(int key, const AnalysisInput& input, const AnalysisOutput& output);
    void writeReport(const QString& path);

    AnalysisToolbar* m_toolbar = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_progressStrip = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    AnalysisRunner* m_runner = nullptr;
    std::vector<AnalysisView*> m_views;
    std::vector<bool> m_fresh;
    bool m_dark = false;                // the charts' theme
    std::vector<int> m_queue;           // tabs still to compute for the report
    std::function<void()> m_afterQueue; // then this
};

} // namespace clientele
