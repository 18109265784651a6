#include "quick_find_model.h"

#include "common/phone.h"

namespace clientele {

namespace {
constexpr int kLimit = 12;
} // namespace

QuickFindModel::QuickFindModel(Database& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_finder(db) {}

void QuickFindModel::search(const QString& text) {
    beginResetModel();
    m_text = text.trimmed();
    m_found.clear();
    if (!m_text.isEmpty()) {
        auto found = m_finder.find(m_text, kLimit);
        if (found)
            m_found = std::move(*found);
    }
    endResetModel();
}

bool QuickFindModel::offersNewCustomer() const {
    // Mostly digits: a caller's number, not a name that happens to contain some.
    const qsizetype digits = phoneDigits(m_text).size();
    return m_found.empty() && digits >= 3 && digits * 2 >= m_text.size();
}

int QuickFindModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return offersNewCustomer() ? 1 : static_cast<int>(m_found.size());
}

QVariant QuickFindModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (offersNewCustomer()) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("No customer has this number: add a new customer with %1").arg(m_text);
        case IdRole:
            return Id(0);
        case PhoneRole:
            return m_text;
        default:
            return {};
        }
    }
    const FoundCustomer& f = m_found[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts{f.name};
        if (!f.company.isEmpty())
            parts << f.company;
        if (!f.phones.isEmpty())
            parts << QString(f.phones).replace(u';', QStringLiteral(", "));
        parts << f.ref;
        return parts.join(QStringLiteral("   ·   "));
    }
    case Qt::ToolTipRole:
        return f.ref;
    case IdRole:
        return f.id;
    default:
        return {};
    }
}

} // namespace clientele
