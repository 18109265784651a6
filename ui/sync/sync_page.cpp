#include "sync_page.h"

#include "conflict_list_model.h"
#include "device_list_model.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "shell/record_table.h"
#include "storage/database.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace clientele {

namespace {

// Soon after the window opens (once the backup and the reminders had their turn), then every
// few minutes: often enough that the others' packets do not wait long in a synced folder.
constexpr int kFirstSyncMs = 4000;
constexpr int kSyncEveryMs = 5 * 60 * 1000;

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600; color: #0d3c4f; margin-top: 6px;"));
    return label;
}

} // namespace

SyncPage::SyncPage(AppContext& app, QWidget* parent)
    : Page(app, parent)
    , m_runner(new SyncRunner(app.database(), this))
    , m_devices(new DeviceListModel(app, this))
    , m_conflicts(new ConflictListModel(app, this))
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("sync"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(buildToolbar());
    layout->addWidget(buildIdentity());
    layout->addWidget(buildDevices());
    layout->addWidget(buildConflicts(), 1);
    connect(m_runner, &SyncRunner::started, this, &SyncPage::onStarted);
    connect(m_runner, &SyncRunner::finished, this, &SyncPage::onFinished);
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, &SyncPage::updateActions);
    connect(m_conflictView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncPage::updateActions);
    connect(&app, &AppContext::dataChanged, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    if (!app.database().isReadOnly()) {
        connect(m_timer, &QTimer::timeout, this, &SyncPage::syncAutomatically);
        m_timer->start(kSyncEveryMs);
        QTimer::singleShot(kFirstSyncMs, this, &SyncPage::syncAutomatically);
    }
    updateActions();
}

QIcon SyncPage::icon() const {
    return QIcon(QStringLiteral(":/icons/sync.svg"));
}

QWidget* SyncPage::buildToolbar() {
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    m_syncNow = bar->addAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Sync Now"), this,
                               &SyncPage::syncNow);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setShortcut(QKeySequence::Refresh);
    m_syncNow->setToolTip(
        tr("Read the other devices' packets in the sync folder and write this "
           "device's (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_export = bar->addAction(tr("Export Packet…"), this, &SyncPage::exportPacket);
    m_export->setObjectName(QStringLiteral("exportPacket"));
    m_import = bar->addAction(tr("Import Packet…"), this, &SyncPage::importPacket);
    m_import->setObjectName(QStringLiteral("importPacket"));
    bar->addSeparator();
    m_accept = bar->addAction(tr("Accept"), this, &SyncPage::acceptCurrent);
    m_accept->setToolTip(tr("Keep the value kept and mark the conflict resolved"));
    m_restore = bar->addAction(tr("Restore Other Value"), this, &SyncPage::restoreCurrent);
    m_restore->setToolTip(tr("Write the other value back (it reaches the other devices like any "
                             "edit) and mark the conflict resolved"));
    m_openCustomer =
        bar->addAction(QIcon(QStringLiteral(":/icons/customers.svg")), tr("Open Customer"), this,
                       [this] { emit this->app().openCustomerRequested(currentCustomer()); });
    return bar;
}

QWidget* SyncPage::buildIdentity() {
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(4, 4, 4, 4);
    auto* nameRow = new QHBoxLayout;
    m_deviceName = new QLineEdit(box);
    m_deviceName->setMaximumWidth(320);
    m_rename = new QPushButton(tr("Rename"), box);
    nameRow->addWidget(m_deviceName);
    nameRow->addWidget(m_rename);
    m_family = new QLabel(box);
    m_family->setStyleSheet(QStringLiteral("color: #607d8b;"));
    nameRow->addSpacing(16);
    nameRow->addWidget(m_family, 1);
    form->addRow(tr("This device"), nameRow);
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(box);
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("None: packets go by Export and Import only"));
    m_folder->setMinimumWidth(320);
    auto* choose = new QPushButton(tr("Choose…"), box);
    choose->setEnabled(!app().database().isReadOnly());
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("Sync folder"), folderRow);
    m_lastSync = new QLabel(tr("Not synced since the app opened"), box);
    form->addRow(tr("Last sync"), m_lastSync);
    m_problems = new QLabel(box);
    m_problems->setObjectName(QStringLiteral("syncProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problems->hide();
    form->addRow(m_problems);
    connect(m_rename, &QPushButton::clicked, this, &SyncPage::renameDevice);
    connect(m_deviceName, &QLineEdit::returnPressed, this, &SyncPage::renameDevice);
    connect(m_deviceName, &QLineEdit::textChanged, this, &SyncPage::updateActions);
    connect(choose, &QPushButton::clicked, this, &SyncPage::chooseFolder);
    return box;
}

QWidget* SyncPage::buildDevices() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Devices of this family"), box));
    m_deviceView = newRecordTable(m_devices, box);
    m_deviceView->setSelectionMode(QAbstractItemView::NoSelection);
    m_deviceView->setFixedHeight(26 * 5 + 4);
    QHeaderView* header = m_deviceView->horizontalHeader();
    const int widths[] = {260, 200, 200, 180};
    for (int c = 0; c < DeviceListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->setSectionResizeMode(DeviceListModel::Device, QHeaderView::Stretch);
    layout->addWidget(m_deviceView);
    return box;
}

QWidget* SyncPage::buildConflicts() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* titleRow = new QHBoxLayout;
    m_conflictTitle = sectionTitle(tr("Conflicts"), box);
    m_showResolved = new QCheckBox(tr("Show resolved"), box);
    titleRow->addWidget(m_conflictTitle);
    titleRow->addStretch(1);
    titleRow->addWidget(m_showResolved);
    layout->addLayout(titleRow);
    m_conflictView = newRecordTable(m_conflicts, box);
    QHeaderView* header = m_conflictView->horizontalHeader();
    const int widths[] = {200, 80, 70, 130, 130, 240, 240, 140, 140};
    for (int c = 0; c < ConflictListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->setSectionResizeMode(ConflictListModel::Record, QHeaderView::Stretch);
    m_conflictView->setColumnHidden(ConflictListModel::Resolved, true);
    layout->addWidget(m_conflictView, 1);
    connect(m_showResolved, &QCheckBox::toggled, this, [this](bool show) {
        m_conflictView->setColumnHidden(ConflictListModel::Resolved, !show);
        m_conflicts->setShowResolved(show);
    });
    return box;
}

void SyncPage::activate() {
    if (m_stale)
        refresh();
}

QWidget* SyncPage::focusTarget() {
    return m_conflictView;
}

bool SyncPage::isLoading() const {
    return m_conflicts->isLoading() || m_statusGeneration != m_statusApplied;
}

// The family and its devices, and the conflicts, read on worker threads.
void SyncPage::refresh() {
    m_stale = false;
    m_folder->setText(syncFolder());
    m_conflicts->reload();
    const quint64 generation = ++m_statusGeneration;
    runInBackground<Result<sync::SyncStatus>>(
        app().database(), this, [](Database& db) { return sync::syncStatus(db); },
        [this, generation](std::optional<Result<sync::SyncStatus>> status) {
            if (generation != m_statusGeneration)
                return;
            m_statusApplied = generation;
            if (!status || !*status) {
                // A copy that never changed anything has no family yet: its first edit or sync
                // makes one.
                m_family->setText(tr("Not in a family yet: the first change or sync starts one"));
                m_devices->setStatus({});
                return;
            }
            const sync::SyncStatus& s = **status;
            if (m_deviceName->text() == m_deviceNameShown || !m_deviceName->hasFocus())
                m_deviceName->setText(s.self.name);
            m_deviceNameShown = s.self.name;
            m_family->setText(tr("Family %1").arg(s.family));
            m_devices->setStatus(s);
            QHash<qint64, QString> names;
            for (const sync::OriginStatus& d : s.devices)
                names.insert(d.device.id, d.device.name);
            m_conflicts->setDeviceNames(std::move(names));
            m_conflictTitle->setText(s.openConflicts == 0
                                         ? tr("Conflicts: none to review")
                                         : tr("Conflicts: %1 to review").arg(s.openConflicts));
            updateActions();
        });
}

int SyncPage::currentRow() const {
    const QModelIndex index = m_conflictView->currentIndex();
    return index.isValid() && index.row() < m_conflicts->rowCount() ? index.row() : -1;
}

Id SyncPage::currentCustomer() const {
    const int row = currentRow();
    return row < 0 ? 0 : m_conflicts->entryAt(row).record.customer;
}

void SyncPage::updateActions() {
    const bool writable = !app().database().isReadOnly();
    const bool idle = !m_runner->isRunning();
    const int row = currentRow();
    const sync::ConflictEntry* entry = row < 0 ? nullptr : &m_conflicts->entryAt(row);
    const bool open = entry && entry->isOpen();
    m_syncNow->setEnabled(writable && idle);
    m_import->setEnabled(writable && idle);
    m_export->setEnabled(idle);
    m_accept->setEnabled(writable && open);
    m_restore->setEnabled(writable && open && entry->record.exists);
    m_restore->setText(open && entry->isWholeRecord() ? tr("Delete Again…")
                                                      : tr("Restore Other Value"));
    m_openCustomer->setEnabled(entry && entry->record.customer != 0);
    const QString typed = m_deviceName->text().trimmed();
    m_rename->setEnabled(writable && !typed.isEmpty() && typed != m_deviceNameShown);
    m_deviceName->setReadOnly(!writable);
}

} // namespace clientele
