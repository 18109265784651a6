#include "analysis_page.h"

#include "analysis_export.h"
#include "analysis_report.h"
#include "analysis_toolbar.h"
#include "analysis_view.h"
#include "chart_helpers.h"
#include "performance_view.h"
#include "persistency_view.h"
#include "product_view.h"
#include "profiling_view.h"
#include "profitability_view.h"
#include "promotion_view.h"
#include "prospecting_view.h"
#include "shell/app_context.h"
#include "shell/file_dialog.h"
#include "shell/message_box.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

namespace clientele {

AnalysisPage::AnalysisPage(AppContext& app, QWidget* parent)
    : Page(app, parent)
    , m_runner(new AnalysisRunner(app.database(), this))
    , m_dark(charts::isDarkTheme()) {
    setObjectName(QStringLiteral("analysis"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolbar = new AnalysisToolbar(app, this);
    layout->addWidget(m_toolbar);

    m_progressStrip = new QWidget(this);
    auto* strip = new QHBoxLayout(m_progressStrip);
    strip->setContentsMargins(12, 2, 12, 2);
    m_progressLabel = new QLabel(m_progressStrip);
    m_progress = new QProgressBar(m_progressStrip);
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"), m_progressStrip);
    strip->addWidget(m_progressLabel);
    strip->addWidget(m_progress, 1);
    strip->addWidget(m_cancel);
    m_progressStrip->setVisible(false);
    layout->addWidget(m_progressStrip);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    addView(new ProfilingView(app, m_tabs));
    addView(new PersistencyView(app, m_tabs));
    addView(new ProfitabilityView(app, m_tabs));
    addView(new PerformanceView(app, m_tabs));
    addView(new ProspectingView(app, m_tabs));
    addView(new ProductView(app, m_tabs));
    addView(new PromotionView(app, m_tabs));

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            ensureCurrent();
    });
    connect(m_toolbar, &AnalysisToolbar::windowChanged, this, &AnalysisPage::refresh);
    connect(m_toolbar, &AnalysisToolbar::reportRequested, this,
            &AnalysisPage::saveReportInteractively);
    connect(m_toolbar->exportMenu(), &QMenu::aboutToShow, this, &AnalysisPage::fillExportMenu);
    connect(&app, &AppContext::dataChanged, this, &AnalysisPage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisPage::cancel);
    connect(m_runner, &AnalysisRunner::progress, this, &AnalysisPage::showProgress);
    connect(m_runner, &AnalysisRunner::finished, this, &AnalysisPage::finished);
    connect(m_runner, &AnalysisRunner::failed, this, &AnalysisPage::failed);
}

AnalysisPage::~AnalysisPage() = default;

QIcon AnalysisPage::icon() const {
    return QIcon(QStringLiteral(":/icons/analysis.svg"));
}

void AnalysisPage::addView(AnalysisView* view) {
    const int index = static_cast<int>(m_views.size());
    m_views.push_back(view);
    m_fresh.push_back(false);
    m_tabs->addTab(view, view->title());
    connect(view, &AnalysisView::optionsChanged, this, [this, index] {
        m_fresh[static_cast<std::size_t>(index)] = false;
        if (m_tabs->currentIndex() == index && isVisible())
            start(index);
    });
}

void AnalysisPage::activate() {
    ensureCurrent();
}

bool AnalysisPage::isComputing() const {
    return m_runner->isRunning();
}

bool AnalysisPage::showTab(const QString& name) {
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        if (m_views[i]->title().compare(name, Qt::CaseInsensitive) == 0 ||
            m_views[i]->objectName().compare(name, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

void AnalysisPage::refresh() {
    invalidateAll();
    if (m_afterQueue) { // a report is waiting: it is written with the new figures
        m_queue.clear();
        for (std::size_t i = 0; i < m_views.size(); ++i)
            m_queue.push_back(static_cast<int>(i));
        startNextQueued();
        return;
    }
    if (isVisible())
        ensureCurrent();
}

void AnalysisPage::failed(int key, const QString& message) {
    m_progressStrip->setVisible(false);
    if (key < 0 || key >= static_cast<int>(m_views.size()))
        return;
    // Not tried again until the data or the dates change, so a report still gets written.
    m_fresh[static_cast<std::size_t>(key)] = true;
    m_views[static_cast<std::size_t>(key)]->showEmpty(
        tr("The analysis could not be computed: %1").arg(message));
    if (!m_queue.empty() || m_afterQueue)
        startNextQueued();
}

void AnalysisPage::fillExportMenu() {
    QMenu* menu = m_toolbar->exportMenu();
    menu->clear();
    auto* view = qobject_cast<AnalysisView*>(m_tabs->currentWidget());
    const bool shown = view && view->hasResult();
    for (QChartView* chart : shown ? view->chartViews() : QList<QChartView*>())
        menu->addAction(tr("Chart “%1” as PNG or SVG…").arg(chart->chart()->title()), chart,
                        [chart] { saveChartInteractively(chart); });
    menu->addSeparator();
    for (QTableWidget* table : shown ? view->tables() : QList<QTableWidget*>())
        menu->addAction(tr("Table “%1” as CSV…").arg(table->accessibleName()), table,
                        [table] { saveTableInteractively(table); });
    menu->addSeparator();
    menu->addAction(tr("Report of every tab as PDF…"), this,
                    &AnalysisPage::saveReportInteractively);
}

void AnalysisPage::invalidateAll() {
    std::fill(m_fresh.begin(), m_fresh.end(), false);
    m_runner->cancel(); // its result would be for the old data or dates
}

void AnalysisPage::changeEvent(QEvent* event) {
    Page::changeEvent(event);
    if (event->type() != QEvent::ApplicationPaletteChange && event->type() != QEvent::PaletteChange)
        return;
    const bool dark = charts::isDarkTheme();
    if (dark == m_dark)
        return; // a palette change that keeps light or dark needs no redraw
    m_dark = dark;
    for (AnalysisView* view : m_views)
        for (QChartView* chart : view->chartViews())
            charts::applyTheme(chart->chart());
    // The facts stay cached, so redrawing is the cheap part of a run: the tab shown now, the
    // others when they are next shown.
    invalidateAll();
    if (isVisible())
        ensureCurrent();
}

void AnalysisPage::ensureCurrent() {
    const int index = m_tabs->currentIndex();
    if (index < 0 || m_fresh[static_cast<std::size_t>(index)] || !m_queue.empty())
        return;
    start(index);
}

void AnalysisPage::start(int index) {
    m_progressLabel->setText(
        tr("Computing %1…").arg(m_views[static_cast<std::size_t>(index)]->title()));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progressStrip->setVisible(true);
    m_runner->run(index, m_toolbar->request(), m_toolbar->filter(), app().today(),
                  m_views[static_cast<std::size_t>(index)]->job());
}

void AnalysisPage::showProgress(int percent) {
    if (percent < 0) {
        m_progress->setRange(0, 0); // busy: computing on the loaded facts
        return;
    }
    m_progressLabel->setText(tr("Reading the order history…"));
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
}

void AnalysisPage::cancel() {
    m_queue.clear();
    m_afterQueue = nullptr;
    m_runner->cancel();
    m_progressStrip->setVisible(false);
}

void AnalysisPage::finished(int key, const AnalysisInput& input, const AnalysisOutput& output) {
    m_progressStrip->setVisible(false);
    if (key < 0 || key >= static_cast<int>(m_views.size()))
        return; // not one of the tabs' (someone else's use of the runner)
    m_fresh[static_cast<std::size_t>(key)] = true;
    m_toolbar->showResolved(input.window);
    m_toolbar->setChoices(*input.facts);
    m_views[static_cast<std::size_t>(key)]->present(input, output);
    if (!m_queue.empty() || m_afterQueue) {
        startNextQueued();
        return;
    }
    if (isVisible())
        ensureCurrent(); // the user switched tabs meanwhile
}

void AnalysisPage::startNextQueued() {
    while (!m_queue.empty() && m_fresh[static_cast<std::size_t>(m_queue.front())])
        m_queue.erase(m_queue.begin());
    if (!m_queue.empty()) {
        const int next = m_queue.front();
        m_queue.erase(m_queue.begin());
        start(next);
        return;
    }
    if (auto after = std::exchange(m_afterQueue, nullptr))
        after();
}

void AnalysisPage::saveReport(const QString& path) {
    m_queue.clear();
    for (std::size_t i = 0; i < m_views.size(); ++i)
        if (!m_fresh[i])
            m_queue.push_back(static_cast<int>(i));
    m_afterQueue = [this, path] { writeReport(path); };
    if (!m_runner->isRunning())
        startNextQueued();
}

void AnalysisPage::saveReportInteractively() {
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save Report"), {}, tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    connect(
        this, &AnalysisPage::reportSaved, this,
        [this](bool ok, const QString& message) {
            if (!ok)
                MessageBox::warning(this, tr("Save Report"), message);
        },
        Qt::SingleShotConnection);
    saveReport(path);
}

void AnalysisPage::writeReport(const QString& path) {
    ReportCover cover;
    cover.title = tr("Customer analysis");
    cover.created = app().date(formatIsoDate(app().today()));
    const auto request = m_toolbar->request();
    cover.window =
        tr("Orders from %1 to %2, as of %3")
            .arg(request.from ? app().date(formatIsoDate(*request.from)) : tr("the first order"),
                 app().date(formatIsoDate(*request.to)), app().date(formatIsoDate(*request.asOf)));
    const Status written = writeAnalysisReport(path, cover, m_views);
    emit reportSaved(written.ok(), written.ok() ? QString() : written.error().message);
}

} // namespace clientele
