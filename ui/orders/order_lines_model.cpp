#include "order_lines_model.h"

#include "common/money.h"
#include "domain/order_totals.h"
#include "shell/app_context.h"
#include "storage/database.h"

#include <QColor>

namespace clientele {

namespace {

bool isEditable(int column) {
    return column == OrderLinesModel::Quantity || column == OrderLinesModel::UnitPrice ||
           column == OrderLinesModel::Discount;
}

int columnOfField(const QString& field) {
    if (field == QLatin1String("quantity"))
        return OrderLinesModel::Quantity;
    if (field == QLatin1String("unit_price"))
        return OrderLinesModel::UnitPrice;
    if (field == QLatin1String("discount"))
        return OrderLinesModel::Discount;
    if (field == QLatin1String("unit_cost"))
        return OrderLinesModel::UnitCost;
    return OrderLinesModel::Product;
}

} // namespace

OrderLinesModel::OrderLinesModel(AppContext& app, QObject* parent)
    : QAbstractTableModel(parent)
    , m_app(app) {}

void OrderLinesModel::setLines(std::vector<OrderLine> lines) {
    beginResetModel();
    m_lines = std::move(lines);
    m_badText.clear();
    m_problems.clear();
    readStock();
    endResetModel();
    emit linesChanged();
}

// Once per product: a few small reads while the user adds lines.
void OrderLinesModel::readStock() {
    std::vector<Id> missing;
    for (const OrderLine& line : m_lines)
        if (!m_onHand.contains(line.productId))
            missing.push_back(line.productId);
    if (missing.empty())
        return;
    if (auto read = clientele::readOnHand(m_app.database(), missing))
        m_onHand.merge(*read);
}

void OrderLinesModel::setShortOfStock(QSet<Id> products) {
    if (products == m_short)
        return;
    m_short = std::move(products);
    if (rowCount() > 0)
        emit dataChanged(index(0, OnHand), index(rowCount() - 1, OnHand));
}

int OrderLinesModel::addProduct(const clientele::Product& product) {
    OrderLine line;
    line.productId = product.id;
    line.productSku = product.sku;
    line.productName = product.name;
    line.quantity = 1;
    line.unitPrice = product.unitPrice;
    line.unitCost = product.unitCost;
    const int row = static_cast<int>(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.push_back(std::move(line));
    readStock();
    endInsertRows();
    emit linesChanged();
    return row;
}

void OrderLinesModel::removeLine(int row) {
    if (row < 0 || row >= rowCount())
        return;
    beginResetModel(); // the marks of later rows move up: simplest to start them afresh
    m_lines.erase(m_lines.begin() + row);
    m_badText.clear();
    m_problems.clear();
    endResetModel();
    emit linesChanged();
}

QStringList OrderLinesModel::inputProblems() const {
    QStringList out;
    for (auto it = m_badText.cbegin(); it != m_badText.cend(); ++it)
        out << tr("line %1: %2: %3")
                   .arg(it.key().row + 1)
                   .arg(headerData(it.key().column, Qt::Horizontal, Qt::DisplayRole).toString(),
                        m_problems.value(it.key()));
    out.sort();
    return out;
}

void OrderLinesModel::markErrors(int row, const QString& field, const QString& message) {
    if (row < 0 || row >= rowCount())
        return;
    const Cell cell{row, columnOfField(field)};
    m_problems.insert(cell, message);
    const QModelIndex at = index(row, cell.column);
    emit dataChanged(at, at);
}

void OrderLinesModel::clearMarks() {
    QHash<Cell, QString> kept;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        if (m_badText.contains(it.key()))
            kept.insert(it.key(), it.value());
    m_problems = kept;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString OrderLinesModel::fingerprint() const {
    QStringList parts;
    for (int row = 0; row < rowCount(); ++row) {
        const OrderLine& l = m_lines[static_cast<std::size_t>(row)];
        parts << QStringLiteral("%1|%2|%3|%4")
                     .arg(l.productId)
                     .arg(l.quantity)
                     .arg(l.unitPrice)
                     .arg(l.discount);
    }
    for (auto it = m_badText.cbegin(); it != m_badText.cend(); ++it)
        parts << QStringLiteral("%1,%2=%3").arg(it.key().row).arg(it.key().column).arg(it.value());
    return parts.join(u';');
}

int OrderLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OrderLine& line = m_lines[static_cast<std::size_t>(index.row())];
    const Cell cell{index.row(), index.column()};
    switch (role) {
    case Qt::DisplayRole:
        if (m_badText.contains(cell))
            return m_badText.value(cell);
        return display(line, index.column());
    case Qt::EditRole:
        return m_badText.contains(cell) ? m_badText.value(cell) : editText(line, index.column());
    case SortRole:
        switch (index.column()) {
        case Quantity:
            return line.quantity;
        case UnitPrice:
            return qint64{line.unitPrice};
        case Discount:
            return qint64{line.discount};
        case Total:
            return qint64{lineRevenue(line)};
        case UnitCost:
            return qint64{line.unitCost.value_or(0)};
        case Profit:
            return qint64{lineRevenue(line) - lineCost(line)};
        case OnHand:
            return m_onHand.contains(line.productId) ? QVariant(m_onHand.at(line.productId))
                                                     : QVariant();
        default:
            return line.productSku;
        }
    case Qt::TextAlignmentRole:
        return index.column() == Product ? QVariant()
                                         : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return m_problems.contains(cell) ? QVariant(QColor(0xff, 0xeb, 0xee)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == OnHand && m_short.contains(line.productId)
                   ? QVariant(QColor(0xc6, 0x28, 0x28))
                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == OnHand && m_short.contains(line.productId))
            return tr("This order takes more than is on hand");
        return m_problems.contains(cell) ? QVariant(m_problems.value(cell)) : QVariant();
    default:
        return {};
    }
}

QVariant OrderLinesModel::display(const OrderLine& line, int column) const {
    switch (column) {
    case Product:
        return QStringLiteral("%1 — %2").arg(line.productSku, line.productName);
    case OnHand:
        return m_onHand.contains(line.productId)
                   ? m_app.locale().toString(m_onHand.at(line.productId))
                   : QString();
    case Quantity:
        return m_app.locale().toString(line.quantity);
    case UnitPrice:
        return m_app.money(line.unitPrice);
    case Discount:
        return line.discount == 0 ? QString() : m_app.money(line.discount);
    case Total:
        return m_app.money(lineRevenue(line));
    case UnitCost:
        return m_app.money(line.unitCost.value_or(0));
    case Profit:
        return m_app.money(lineRevenue(line) - lineCost(line));
    default:
        return {};
    }
}

QString OrderLinesModel::editText(const OrderLine& line, int column) const {
    const int digits = m_app.database().settings().minorDigits;
    switch (column) {
    case Quantity:
        return QString::number(line.quantity);
    case UnitPrice:
        return formatMoneyFixed(line.unitPrice, digits);
    case Discount:
        return line.discount == 0 ? QString() : formatMoneyFixed(line.discount, digits);
    default:
        return display(line, column).toString();
    }
}

// Returns why the text is not a value for the column (empty when it was taken).
QString OrderLinesModel::parse(OrderLine& line, int column, const QString& typed) const {
    const QString text = typed.trimmed();
    if (column == Quantity) {
        bool ok = false;
        const qint64 quantity = text.toLongLong(&ok);
        if (!ok)
            return tr("not a whole number");
        line.quantity = quantity;
        return {};
    }
    if (column == Discount && text.isEmpty()) {
        line.discount = 0;
        return {};
    }
    auto amount = parseMoney(text, m_app.database().settings().minorDigits);
    if (!amount)
        return amount.error().message;
    (column == UnitPrice ? line.unitPrice : line.discount) = *amount;
    return {};
}

bool OrderLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !isEditable(index.column()))
        return false;
    OrderLine& line = m_lines[static_cast<std::size_t>(index.row())];
    const Cell cell{index.row(), index.column()};
    const QString problem = parse(line, index.column(), value.toString());
    if (problem.isEmpty()) {
        m_badText.remove(cell);
        m_problems.remove(cell);
    } else {
        m_badText.insert(cell, value.toString());
        m_problems.insert(cell, problem);
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit linesChanged();
    return true;
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section != Product)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case OnHand:
        return tr("On hand");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount");
    case Total:
        return tr("Total");
    case UnitCost:
        return tr("Unit cost");
    case Profit:
        return tr("Profit");
    default:
        return {};
    }
}

} // namespace clientele
