#include "quick_find.h"

#include "app_context.h"
#include "quick_find_model.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>

namespace clientele {

QuickFind::QuickFind(AppContext& app, QWidget* parent, Mode mode)
    : QWidget(parent)
    , m_app(app)
    , m_mode(mode) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("quickFind"));
    m_edit->setPlaceholderText(tr("Find a customer: name, phone, email, company or ref (Ctrl+K)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_edit->setMinimumWidth(420);
    if (m_mode == Mode::Pick) {
        m_edit->setPlaceholderText(tr("Find the customer: name, phone, email, company or ref"));
        m_edit->setMinimumWidth(240);
    }
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);

    m_model = new QuickFindModel(app.database(), this);
    // A child of the window rather than a popup window, so typing stays in the box.
    m_results = new QListView(window());
    m_results->setObjectName(QStringLiteral("quickFindResults"));
    m_results->setModel(m_model);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setStyleSheet(
        QStringLiteral("QListView { border: 1px solid #b0bec5; background: palette(base); }"
                       "QListView::item { padding: 5px 8px; }"));
    m_results->hide();
    connect(m_edit, &QLineEdit::textChanged, this, &QuickFind::search);
    connect(m_model, &QuickFindModel::resultsReady, this, &QuickFind::showResults);
    connect(m_results, &QListView::clicked, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
}

void QuickFind::activate() {
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (m_model->rowCount() > 0)
        placeResults();
}

void QuickFind::search(const QString& text) {
    m_openWhenReady = false;
    m_model->search(text);
}

void QuickFind::showResults() {
    if (m_model->rowCount() == 0) {
        hideResults();
        return;
    }
    m_results->setCurrentIndex(m_model->index(0, 0));
    if (m_openWhenReady) {
        m_openWhenReady = false;
        openRow(0); // Enter was pressed before the results came
        return;
    }
    if (m_edit->hasFocus())
        placeResults();
}

void QuickFind::placeResults() {
    QWidget* top = window();
    if (m_results->parentWidget() != top)
        m_results->setParent(top); // the box was put into the window after construction
    const int rowHeight = qMax(m_results->sizeHintForRow(0), 24);
    const int rows = qMin(m_model->rowCount(), 12);
    const QPoint below = m_edit->mapTo(top, QPoint(0, m_edit->height() + 2));
    // Inside a dialog the list keeps to the box's width; over the window it may be wider.
    const int width = m_mode == Mode::Pick ? m_edit->width() : qMax(m_edit->width(), 640);
    m_results->setGeometry(below.x(), below.y(), width, rows * rowHeight + 4);
    m_results->show();
    m_results->raise();
}

void QuickFind::hideResults() {
    m_results->hide();
}

void QuickFind::openRow(int row) {
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    const Id id = index.data(QuickFindModel::IdRole).value<Id>();
    hideResults();
    if (m_mode == Mode::Pick) {
        if (id != 0) // the "add a customer with this number" row has no customer to pick
            emit picked(id);
        return;
    }
    if (id == 0) {
        emit m_app.newCustomerRequested(index.data(QuickFindModel::PhoneRole).toString());
        return;
    }
    emit m_app.openCustomerRequested(id);
}

bool QuickFind::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        hideResults();
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const int rows = m_model->rowCount();
    const int current = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : 0;
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (rows == 0)
            return false;
        if (!m_results->isVisible())
            placeResults();
        m_results->setCurrentIndex(m_model->index(
            qBound(0, current + (key->key() == Qt::Key_Down ? 1 : -1), rows - 1), 0));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_model->isSearching())
            m_openWhenReady = true;
        else if (rows > 0)
            openRow(current);
        return true;
    case Qt::Key_Escape:
        if (!m_results->isVisible())
            return false; // a dialog's Escape still reaches the dialog
        hideResults();
        return true;
    default:
        return false;
    }
}

} // namespace clientele
