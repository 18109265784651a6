#pragma once

#include "domain/customer_repository.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace clientele {

class AppContext;

// The customers list's filters: a search text and one combo per filterable field. The choices
// (tiers, tags, salespeople, regions, cities) are read in the background when the bar is first
// shown. The segment combo is filled from the analysis engine (AppContext::insights) and stays
// disabled until there is one.
class CustomerFilterBar : public QWidget {
    Q_OBJECT
public:
    CustomerFilterBar(AppContext& app, QWidget* parent = nullptr);

    CustomerFilter filter() const;
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* combo(const QString& field) const;
    // Re-reads the choices (after edits added new tags or cities).
    void reloadChoices();

signals:
    void filterChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QComboBox* addCombo(const QString& field, const QString& allText);
    void fillSegments();
    void clearAll();

    AppContext& m_app;
    QLineEdit* m_search = nullptr;
    QTimer* m_debounce = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_salesperson = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_city = nullptr;
    bool m_choicesLoaded = false;
};

} // namespace clientele
