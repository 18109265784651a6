#pragma once

// Lets Catch2 print QString and QStringList values in failed checks.
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {

template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& values) {
        std::string out = "{";
        for (const QString& value : values)
            out += "\n  " + StringMaker<QString>::convert(value);
        return out + " }";
    }
};

} // namespace Catch
