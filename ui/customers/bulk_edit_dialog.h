#pragma once

#include "bulk_edit.h"
#include "common/ids.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace clientele {

class AppContext;

// Changes tags, tier, salesperson or status of many customers at once, as one undoable edit.
class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    BulkEditDialog(AppContext& app, std::vector<Id> customers, QWidget* parent = nullptr);

    BulkEdit edit() const;
    void accept() override;

    QLineEdit* addTagsEdit() const { return m_addTags; }
    QLineEdit* removeTagsEdit() const { return m_removeTags; }
    QCheckBox* tierCheck() const { return m_setTier; }
    QComboBox* tierCombo() const { return m_tier; }
    QCheckBox* salespersonCheck() const { return m_setSalesperson; }
    QComboBox* salespersonCombo() const { return m_salesperson; }
    QCheckBox* statusCheck() const { return m_setStatus; }
    QComboBox* statusCombo() const { return m_status; }

private:
    QComboBox* checkedCombo(QCheckBox* check);

    AppContext& m_app;
    std::vector<Id> m_customers;
    QLineEdit* m_addTags = nullptr;
    QLineEdit* m_removeTags = nullptr;
    QCheckBox* m_setTier = nullptr;
    QComboBox* m_tier = nullptr;
    QCheckBox* m_setSalesperson = nullptr;
    QComboBox* m_salesperson = nullptr;
    QCheckBox* m_setStatus = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace clientele
