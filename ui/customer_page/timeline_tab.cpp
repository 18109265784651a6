#include "timeline_tab.h"

#include "shell/app_context.h"
#include "timeline_model.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele {

TimelineTab::TimelineTab(AppContext& app, QWidget* parent)
    : QWidget(parent)
    , m_app(app) {
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    for (auto kind : {TimelineEntry::Kind::Visit, TimelineEntry::Kind::Order,
                      TimelineEntry::Kind::Ticket, TimelineEntry::Kind::Task}) {
        auto* box = new QCheckBox(TimelineModel::kindLabel(kind), this);
        box->setChecked(true);
        box->setProperty("kind", static_cast<int>(kind));
        connect(box, &QCheckBox::toggled, this, &TimelineTab::applyKinds);
        m_kinds << box;
        filters->addWidget(box);
    }
    filters->addStretch(1);
    layout->addLayout(filters);
    m_model = new TimelineModel(app, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(TimelineModel::When, 150);
    header->resizeSection(TimelineModel::Kind, 80);
    header->resizeSection(TimelineModel::What, 380);
    header->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.data(TimelineModel::KindRole).toInt() ==
            static_cast<int>(TimelineEntry::Kind::Order))
            emit m_app.openOrderRequested(index.data(TimelineModel::IdRole).value<Id>());
    });
}

void TimelineTab::load(Id customerId) {
    m_model->load(customerId);
}

void TimelineTab::applyKinds() {
    QSet<TimelineEntry::Kind> kinds;
    for (QCheckBox* box : std::as_const(m_kinds))
        if (box->isChecked())
            kinds.insert(static_cast<TimelineEntry::Kind>(box->property("kind").toInt()));
    // None ticked shows nothing, as the boxes say.
    if (kinds.isEmpty())
        kinds.insert(static_cast<TimelineEntry::Kind>(-1));
    m_model->setKinds(kinds);
}

} // namespace clientele
