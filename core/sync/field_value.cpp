#include "field_value.h"

#include <QDataStream>
#include <QIODevice>

#include <sqlite3.h>

namespace clientele::sync {

FieldValue FieldValue::from(sqlite3_value* value) {
    FieldValue v;
    v.type = sqlite3_value_type(value);
    switch (v.type) {
    case SQLITE_INTEGER:
        v.integer = sqlite3_value_int64(value);
        break;
    case SQLITE_FLOAT:
        v.real = sqlite3_value_double(value);
        break;
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        const void* data = v.type == SQLITE_TEXT
                               ? static_cast<const void*>(sqlite3_value_text(value))
                               : sqlite3_value_blob(value);
        v.bytes = QByteArray(static_cast<const char*>(data), sqlite3_value_bytes(value));
        break;
    }
    default:
        v.type = SQLITE_NULL;
    }
    return v;
}

FieldValue FieldValue::fromColumn(sqlite3_stmt* statement, int column) {
    return from(sqlite3_column_value(statement, column));
}

void FieldValue::bind(sqlite3_stmt* statement, int index) const {
    switch (type) {
    case SQLITE_INTEGER:
        sqlite3_bind_int64(statement, index, integer);
        break;
    case SQLITE_FLOAT:
        sqlite3_bind_double(statement, index, real);
        break;
    case SQLITE_TEXT:
        sqlite3_bind_text(statement, index, bytes.constData(), static_cast<int>(bytes.size()),
                          SQLITE_TRANSIENT);
        break;
    case SQLITE_BLOB:
        sqlite3_bind_blob(statement, index, bytes.constData(), static_cast<int>(bytes.size()),
                          SQLITE_TRANSIENT);
        break;
    default:
        sqlite3_bind_null(statement, index);
    }
}

QString FieldValue::display() const {
    switch (type) {
    case SQLITE_INTEGER:
        return QString::number(integer);
    case SQLITE_FLOAT:
        return QString::number(real, 'g', 17);
    case SQLITE_TEXT:
        return QString::fromUtf8(bytes);
    case SQLITE_BLOB:
        return QStringLiteral("(%1 bytes)").arg(bytes.size());
    default:
        return {};
    }
}

bool FieldValue::operator==(const FieldValue& other) const {
    if (type != other.type)
        return false;
    switch (type) {
    case SQLITE_INTEGER:
        return integer == other.integer;
    case SQLITE_FLOAT:
        return real == other.real;
    case SQLITE_TEXT:
    case SQLITE_BLOB:
        return bytes == other.bytes;
    default:
        return true;
    }
}

QByteArray encodeRow(const std::vector<FieldValue>& row) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << static_cast<quint32>(row.size());
    for (const FieldValue& v : row)
        out << static_cast<qint32>(v.type) << v.integer << v.real << v.bytes;
    return bytes;
}

std::vector<FieldValue> decodeRow(const QByteArray& bytes) {
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 count = 0;
    in >> count;
    std::vector<FieldValue> row;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        FieldValue v;
        qint32 type = 0;
        in >> type >> v.integer >> v.real >> v.bytes;
        v.type = type;
        row.push_back(std::move(v));
    }
    return row;
}

} // namespace clientele::sync
