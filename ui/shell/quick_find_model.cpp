#include "quick_find_model.h"

#include "common/phone.h"
#include "quick_find_worker.h"

#include <QThread>

namespace clientele {

QuickFindModel::QuickFindModel(const Database& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0)) {
    m_worker = new QuickFindWorker(db.path(), m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QuickFindWorker::found, this, &QuickFindModel::showResults);
    m_thread->start();
}

QuickFindModel::~QuickFindModel() {
    m_thread->quit();
    m_thread->wait();
}

void QuickFindModel::search(const QString& text) {
    const quint64 serial = ++m_pending;
    m_latest->store(serial);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, t = text.trimmed()] { worker->search(serial, t); });
}

void QuickFindModel::showResults(quint64 serial, const QString& text,
                                 const std::vector<FoundCustomer>& found) {
    if (serial != m_pending)
        return; // typed over meanwhile
    beginResetModel();
    m_shown = serial;
    m_text = text;
    m_found = found;
    endResetModel();
    emit resultsReady();
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
