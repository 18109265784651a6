#pragma once

#include "domain/order_repository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace clientele {

class AppContext;

// The orders list's filters: a text (order number, customer name or ref), a date range, status,
// channel, location, salesperson and "unpaid only". The channel, location and salesperson
// choices are read in the background when the bar is first shown.
class OrderFilterBar : public QWidget {
    Q_OBJECT
public:
    OrderFilterBar(AppContext& app, QWidget* parent = nullptr);

    OrderFilter filter() const;
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* combo(const QString& field) const;
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QCheckBox* unpaidCheck() const { return m_unpaid; }
    void reloadChoices();

signals:
    void filterChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QComboBox* addCombo(const QString& field, const QString& allText);
    QDateEdit* addDate(const QString& name, const QString& anyText);
    void clearAll();

    AppContext& m_app;
    QLineEdit* m_search = nullptr;
    QTimer* m_debounce = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_salesperson = nullptr;
    QCheckBox* m_unpaid = nullptr;
    bool m_choicesLoaded = false;
};

} // namespace clientele
