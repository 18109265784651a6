#include "order_editor.h"

#include "domain/order_repository.h"
#include "domain/order_totals.h"
#include "domain/order_validation.h"
#include "order_commands.h"
#include "order_header_form.h"
#include "order_lines_model.h"
#include "product_search.h"
#include "shell/app_context.h"
#include "shell/formatting.h"
#include "shell/message_box.h"
#include "shell/quick_find.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace clientele {

OrderEditor::OrderEditor(AppContext& app, const Order& order, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_base(order) {
    if (order.id != 0)
        m_original = order;
    setObjectName(QStringLiteral("orderEditor"));
    setWindowTitle(order.id == 0 ? tr("New Order") : tr("Order %1").arg(order.number));
    auto* layout = new QVBoxLayout(this);
    m_header = new OrderHeaderForm(app, this);
    m_header->setOrder(order);
    layout->addWidget(m_header);
    layout->addWidget(buildLines(), 1);
    layout->addWidget(buildTotals());
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    layout->addWidget(m_generalError);
    layout->addWidget(buildButtons());
    m_lines->setLines(order.lines);
    connect(m_lines, &OrderLinesModel::linesChanged, this, &OrderEditor::updateTotals);
    connect(m_header, &OrderHeaderForm::paidChanged, this, &OrderEditor::updateTotals);
    connect(m_lines, &OrderLinesModel::linesChanged, this, &OrderEditor::updateStockWarning);
    connect(m_header, &OrderHeaderForm::statusChanged, this, &OrderEditor::updateStockWarning);
    updateTotals();
    updateStockWarning();
    m_savedState = m_header->fingerprint() + u'#' + m_lines->fingerprint();
    // What the user types first: who buys, or, when that is known, what they buy.
    if (order.customerId)
        m_search->lineEdit()->setFocus();
    else
        m_header->customerPicker()->lineEdit()->setFocus();
    resize(1000, 680);
}

QWidget* OrderEditor::buildTotals() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 4, 0, 4);
    row->addStretch(1);
    const std::pair<const char*, QString> figures[] = {{"total", tr("Total")},
                                                       {"cost", tr("Cost")},
                                                       {"profit", tr("Profit")},
                                                       {"outstanding", tr("Outstanding")}};
    for (const auto& [key, caption] : figures) {
        auto* label = new QLabel(caption, bar);
        label->setStyleSheet(QStringLiteral("color: #546e7a;"));
        row->addWidget(label);
        QLabel* value = addFigure(bar, QLatin1String(key));
        row->addWidget(value);
        row->addSpacing(18);
    }
    return bar;
}

QLabel* OrderEditor::addFigure(QWidget* parent, const QString& key) {
    auto* value = new QLabel(parent);
    value->setObjectName(key);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setMinimumWidth(90);
    value->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600; color: #17323e;"));
    return value;
}

QWidget* OrderEditor::buildButtons() {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setToolTip(tr("Save the order (Ctrl+Return)"));
    m_save->setEnabled(!m_app.database().isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrderEditor::reject);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (m_save->isEnabled())
                accept();
        });
    return buttons;
}

// Enter belongs to the product search and the line cells, never to the default button: saving
// is Ctrl+Return.
void OrderEditor::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::ControlModifier)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QString OrderEditor::figure(const QString& key) const {
    auto* label = findChild<QLabel*>(key);
    return label ? label->text() : QString();
}

void OrderEditor::updateTotals() {
    Order o;
    o.lines = m_lines->lines();
    Order paid;
    m_header->applyTo(paid); // only the amount is used; a bad amount counts as nothing paid
    o.status = paid.status;
    o.paidAmount = paid.paidAmount;
    const Money revenue = orderRevenue(o);
    const Money profit = orderProfit(o);
    findChild<QLabel*>(QStringLiteral("total"))->setText(m_app.money(revenue));
    findChild<QLabel*>(QStringLiteral("cost"))->setText(m_app.money(orderCost(o)));
    QString profitText = m_app.money(profit);
    if (revenue > 0)
        profitText += QStringLiteral(" (%1)").arg(formatShare(profit, revenue, m_app.locale()));
    findChild<QLabel*>(QStringLiteral("profit"))->setText(profitText);
    findChild<QLabel*>(QStringLiteral("outstanding"))
        ->setText(m_app.money(qMax<Money>(0, revenue - o.paidAmount)));
}

bool OrderEditor::hasUnsavedChanges() const {
    return m_header->fingerprint() + u'#' + m_lines->fingerprint() != m_savedState;
}

// The order as edited, or nothing when some field's text is not a value (shown already).
std::optional<Order> OrderEditor::edited() {
    Order o = m_base;
    o.lines = m_lines->lines();
    FieldErrors errors = m_header->applyTo(o);
    for (const QString& problem : m_lines->inputProblems())
        errors.push_back({QStringLiteral("line"), problem});
    if (errors.empty())
        errors = validateOrder(o);
    if (const auto taken = OrderRepository(m_app.database()).idForNumber(o.number);
        taken && *taken != o.id)
        errors.push_back({QStringLiteral("order_number"), tr("Another order has this number")});
    m_lines->clearMarks();
    const FieldErrors rest = m_header->showErrors(errors);
    showLineErrors(rest);
    return errors.empty() ? std::optional<Order>(o) : std::nullopt;
}

void OrderEditor::accept() {
    m_generalError->hide();
    std::optional<Order> o = edited();
    if (!o)
        return;
    auto* command = new SaveOrderCommand(m_app, m_original, *o);
    const Id id = command->orderId();
    if (Status saved = m_app.execute(command); !saved) {
        m_generalError->setText(saved.error().message);
        m_generalError->show();
        return;
    }
    m_savedId = id;
    emit m_app.statusMessage(m_original ? tr("Order %1 saved").arg(o->number)
                                        : tr("Order %1 added").arg(o->number));
    QDialog::accept();
}

void OrderEditor::reject() {
    if (hasUnsavedChanges() &&
        MessageBox::question(this, tr("Unsaved Changes"),
                             tr("Discard the changes to this order?")) != QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace clientele
