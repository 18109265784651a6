#include "product_dialog.h"

#include "common/money.h"
#include "domain/product_repository.h"
#include "domain/product_validation.h"
#include "product_commands.h"
#include "shell/app_context.h"
#include "shell/formatting.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace clientele {

ProductDialog::ProductDialog(AppContext& app, const Product& product, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_base(product) {
    if (product.id != 0)
        m_original = product;
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(product.id == 0 ? tr("New Product") : tr("Edit %1").arg(product.name));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const int digits = app.database().settings().minorDigits;
    m_sku = new QLineEdit(product.sku, this);
    addRow(form, QStringLiteral("sku"), tr("SKU"), m_sku);
    m_name = new QLineEdit(product.name, this);
    addRow(form, QStringLiteral("name"), tr("Name"), m_name);
    m_category = new QComboBox(this);
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    if (auto categories = ProductRepository(app.database()).categories())
        m_category->addItems(*categories);
    m_category->setCurrentText(product.category);
    addRow(form, QStringLiteral("category"), tr("Category"), m_category);
    m_price = amountEdit();
    m_price->setText(formatMoneyFixed(product.unitPrice, digits));
    addRow(form, QStringLiteral("unit_price"), tr("Price"), m_price);
    m_cost = amountEdit();
    m_cost->setText(formatMoneyFixed(product.unitCost, digits));
    addRow(form, QStringLiteral("unit_cost"), tr("Cost"), m_cost);
    m_margin = new QLabel(this);
    m_margin->setObjectName(QStringLiteral("margin"));
    form->addRow(tr("Margin"), m_margin);
    m_active = new QCheckBox(tr("Offered for new orders"), this);
    m_active->setChecked(product.active);
    addRow(form, QStringLiteral("active"), tr("Active"), m_active);
    m_stock = amountEdit();
    m_stock->setText(QString::number(product.stock));
    m_stock->setToolTip(tr("What is on the shelf: orders take from it and give back to it. "
                           "Typing another figure records a stock count."));
    addRow(form, QStringLiteral("stock"), tr("On hand"), m_stock);
    m_reorder = amountEdit();
    m_reorder->setText(QString::number(product.reorderLevel));
    addRow(form, QStringLiteral("reorder_level"), tr("Reorder level"), m_reorder);
    layout->addLayout(form);
    m_generalError = new QLabel(this);
    m_generalError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    layout->addWidget(m_generalError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    layout->addWidget(buttons);
    connect(m_price, &QLineEdit::textChanged, this, &ProductDialog::updateMargin);
    connect(m_cost, &QLineEdit::textChanged, this, &ProductDialog::updateMargin);
    updateMargin();
    resize(460, 420);
}

QLineEdit* ProductDialog::amountEdit() {
    auto* edit = new QLineEdit(this);
    edit->setAlignment(Qt::AlignRight);
    edit->setMaximumWidth(160);
    return edit;
}

void ProductDialog::addRow(QFormLayout* form, const QString& name, const QString& label,
                           QWidget* editor) {
    auto* cell = new QWidget(this);
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    editor->setParent(cell);
    editor->setObjectName(name);
    box->addWidget(editor);
    auto* error = new QLabel(cell);
    error->setObjectName(name + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->setWordWrap(true);
    error->hide();
    box->addWidget(error);
    form->addRow(label, cell);
    m_fields.insert(name, editor);
    m_errors.insert(name, error);
}

FieldErrors ProductDialog::read(Product& p) const {
    FieldErrors errors;
    const int digits = m_app.database().settings().minorDigits;
    p.sku = m_sku->text().trimmed();
    p.name = m_name->text().trimmed();
    p.category = m_category->currentText().trimmed();
    p.active = m_active->isChecked();
    const auto amount = [&](QLineEdit* edit, const char* field, Money& into) {
        auto value = parseMoney(edit->text().trimmed(), digits, Sign::AllowNegative);
        if (value)
            into = *value;
        else
            errors.push_back({QLatin1String(field), value.error().message});
    };
    amount(m_price, "unit_price", p.unitPrice);
    amount(m_cost, "unit_cost", p.unitCost);
    const auto count = [&](QLineEdit* edit, const char* field, qint64& into) {
        bool ok = false;
        const qint64 value = edit->text().trimmed().toLongLong(&ok);
        if (ok)
            into = value;
        else
            errors.push_back({QLatin1String(field), tr("not a whole number")});
    };
    count(m_stock, "stock", p.stock);
    count(m_reorder, "reorder_level", p.reorderLevel);
    return errors;
}

void ProductDialog::updateMargin() {
    Product p = m_base;
    if (!read(p).empty() || p.unitPrice <= 0) {
        m_margin->clear();
        return;
    }
    m_margin->setText(tr("%1 a unit (%2)")
                          .arg(m_app.money(p.unitPrice - p.unitCost),
                               formatShare(p.unitPrice - p.unitCost, p.unitPrice, m_app.locale())));
}

void ProductDialog::showErrors(const FieldErrors& errors) {
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    QStringList general;
    for (const FieldError& e : errors) {
        QLabel* label = m_errors.value(e.field);
        if (!label) {
            general << e.message;
            continue;
        }
        label->setText(label->text().isEmpty() ? e.message : label->text() + u'\n' + e.message);
        label->show();
    }
    m_generalError->setText(general.join(u'\n'));
    m_generalError->setVisible(!general.isEmpty());
}

void ProductDialog::accept() {
    Product p = m_base;
    FieldErrors errors = read(p);
    // Amounts that parsed are checked by the core's rules (not negative and so on).
    const std::optional<qint64> stored =
        m_original ? std::optional<qint64>(m_original->stock) : std::nullopt;
    for (const FieldError& e : validateProduct(p, stored))
        if (std::none_of(errors.begin(), errors.end(),
                         [&](const FieldError& seen) { return seen.field == e.field; }))
            errors.push_back(e);
    if (const auto taken = ProductRepository(m_app.database()).idForSku(p.sku);
        taken && *taken != p.id)
        errors.push_back({QStringLiteral("sku"), tr("Another product has this SKU")});
    showErrors(errors);
    if (!errors.empty())
        return;
    auto* command = new SaveProductCommand(m_app, m_original, p);
    const Id id = command->productId();
    if (Status saved = m_app.execute(command); !saved) {
        showErrors({{QString(), saved.error().message}});
        return;
    }
    m_savedId = id;
    QDialog::accept();
}

} // namespace clientele
