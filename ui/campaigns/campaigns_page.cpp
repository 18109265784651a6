#include "campaigns_page.h"

#include "campaign_list_model.h"
#include "campaign_members_model.h"
#include "campaign_results.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "shell/record_table.h"
#include "storage/database.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace clientele {

CampaignsPage::CampaignsPage(AppContext& app, QWidget* parent)
    : Page(app, parent) {
    setObjectName(QStringLiteral("campaigns"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(buildToolbar());
    m_model = new CampaignListModel(app, this);
    m_view = newRecordTable(m_model, this, QAbstractItemView::ExtendedSelection);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    const int widths[] = {110, 220, 90, 90, 90, 100, 80, 90, 80, 70, 140, 80};
    for (int c = 0; c < CampaignListModel::ColumnCount; ++c)
        m_view->horizontalHeader()->resizeSection(c, widths[c]);
    m_view->horizontalHeader()->setSectionResizeMode(CampaignListModel::Name, QHeaderView::Stretch);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(buildMembers());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    m_view->addAction(m_delete);
    m_membersView->addAction(m_removeMembers);
    connect(m_view, &QTableView::activated, this, &CampaignsPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsPage::campaignChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_selected);
        m_view->setCurrentIndex(m_model->index(qMax(0, row), 0));
        campaignChanged();
    });
    connect(m_membersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignsPage::updateActions);
    connect(m_members, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        if (std::exchange(m_resultsWanted, false))
            computeResults();
    });
    connect(&app, &AppContext::dataChanged, this, [this](const QString& what) {
        if (!what.isEmpty() && what != QLatin1String("campaign") &&
            what != QLatin1String("customer") && what != QLatin1String("order"))
            return;
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    updateActions();
}

QIcon CampaignsPage::icon() const {
    return QIcon(QStringLiteral(":/icons/campaigns.svg"));
}

QAction* CampaignsPage::addTool(QToolBar* bar, const char* icon, const QString& text,
                                void (CampaignsPage::*slot)()) {
    return icon ? bar->addAction(QIcon(QLatin1String(icon)), text, this, slot)
                : bar->addAction(text, this, slot);
}

QWidget* CampaignsPage::buildToolbar() {
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    m_new = addTool(bar, ":/icons/add.svg", tr("New Campaign"), &CampaignsPage::newCampaign);
    m_new->setObjectName(QStringLiteral("newCampaign"));
    m_edit = addTool(bar, ":/icons/edit.svg", tr("Edit"), &CampaignsPage::editCurrent);
    m_delete = addTool(bar, ":/icons/delete.svg", tr("Delete"), &CampaignsPage::deleteCurrent);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    bar->addSeparator();
    m_addMembers =
        addTool(bar, ":/icons/customers.svg", tr("Add Members…"), &CampaignsPage::addMembers);
    m_addMembers->setObjectName(QStringLiteral("addCampaignMembers"));
    m_removeMembers =
        addTool(bar, nullptr, tr("Remove Members"), &CampaignsPage::removeSelectedMembers);
    m_removeMembers->setShortcut(QKeySequence::Delete);
    m_removeMembers->setShortcutContext(Qt::WidgetShortcut);
    m_writeToMembers =
        addTool(bar, ":/icons/visit.svg", tr("Write to Members…"), &CampaignsPage::writeToMembers);
    m_writeToMembers->setObjectName(QStringLiteral("writeToMembers"));
    m_openCustomer =
        bar->addAction(QIcon(QStringLiteral(":/icons/customers.svg")), tr("Open Customer"), this,
                       [this] { emit this->app().openCustomerRequested(currentCustomer()); });
    m_openCustomer->setObjectName(QStringLiteral("openMemberCustomer"));
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_resultsState = new QLabel(bar);
    bar->addWidget(m_resultsState);
    return bar;
}

QWidget* CampaignsPage::buildMembers() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    m_membersTitle = new QLabel(box);
    m_membersTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(m_membersTitle);
    m_members = new CampaignMembersModel(app(), this);
    m_membersView = newRecordTable(m_members, box, QAbstractItemView::ExtendedSelection);
    m_membersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_membersView->horizontalHeader()->resizeSection(CampaignMembersModel::Ref, 110);
    m_membersView->horizontalHeader()->resizeSection(CampaignMembersModel::Name, 280);
    m_membersView->horizontalHeader()->setStretchLastSection(true);
    connect(m_membersView, &QTableView::activated, this,
            [this] { emit app().openCustomerRequested(currentCustomer()); });
    layout->addWidget(m_membersView, 1);
    return box;
}

// The results wait for the list and the members to arrive: on a busy worker pool a second-long
// analysis queued first would hold up what the user looks at first.
void CampaignsPage::reload() {
    m_resultsWanted = true;
    m_resultsState->setText(tr("Computing results…"));
    m_model->reload();
}

// The analysis reads the whole history, so it runs on the worker's own connection.
void CampaignsPage::computeResults() {
    const quint64 generation = ++m_resultsGeneration;
    m_resultsState->setText(tr("Computing results…"));
    runInBackground<CampaignResults>(
        app().database(), this,
        [today = app().today()](Database& db) {
            return computeCampaignResults(db, today).valueOr({});
        },
        [this, generation](std::optional<CampaignResults> results) {
            if (generation != m_resultsGeneration)
                return;
            m_resultsApplied = generation;
            m_model->setResults(results ? std::move(*results) : CampaignResults{});
            m_resultsState->setText(
                results ? tr("Results up to %1").arg(app().date(formatIsoDate(app().today())))
                        : tr("Results could not be computed"));
        });
}

void CampaignsPage::activate() {
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

QWidget* CampaignsPage::focusTarget() {
    return m_view;
}

int CampaignsPage::currentRow() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && index.row() < m_model->rowCount() ? index.row() : -1;
}

Id CampaignsPage::currentCampaign() const {
    const int row = currentRow();
    return row < 0 ? 0 : m_model->rowAt(row).campaign.id;
}

Id CampaignsPage::currentCustomer() const {
    const QModelIndex index = m_membersView->currentIndex();
    return index.isValid() && index.row() < m_members->rowCount()
               ? m_members->memberAt(index.row()).customerId
               : 0;
}

void CampaignsPage::campaignChanged() {
    const int row = currentRow();
    m_selected = currentCampaign();
    m_membersTitle->setText(row < 0
                                ? tr("Members")
                                : tr("Members of %1 (%2)")
                                      .arg(m_model->rowAt(row).campaign.name,
                                           app().locale().toString(m_model->rowAt(row).members)));
    m_members->setCampaign(m_selected);
    updateActions();
}

void CampaignsPage::updateActions() {
    const bool writable = !app().database().isReadOnly();
    const bool campaign = currentRow() >= 0;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && campaign);
    m_delete->setEnabled(writable && campaign);
    m_addMembers->setEnabled(writable && campaign);
    m_removeMembers->setEnabled(writable && campaign &&
                                m_membersView->selectionModel()->hasSelection());
    m_openCustomer->setEnabled(currentCustomer() != 0);
    m_writeToMembers->setEnabled(writable && campaign && m_members->rowCount() > 0);
}

} // namespace clientele
