#pragma once

#include "domain/customer.h"

#include <QWidget>

class QFormLayout;

namespace clientele {

class AppContext;

// The customer's personal fields, read-only (Edit changes them): title, birthday and age,
// native place, education and experience, family, personality and hobbies, address.
class ProfileTab : public QWidget {
    Q_OBJECT
public:
    explicit ProfileTab(AppContext& app, QWidget* parent = nullptr);
    void display(const Customer& customer);
    QString valueOf(const QString& key) const; // for tests: "age", "native_place", ...

private:
    void addRow(const QString& key, const QString& label, const QString& value);

    AppContext& m_app;
    QFormLayout* m_form = nullptr;
};

} // namespace clientele
