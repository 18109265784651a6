#pragma once

#include "domain/campaign.h"
#include "domain/field_error.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace clientele {

class AppContext;

// New or edit a campaign: code, name, channel, dates, cost, how long responses count after the
// end, and notes. Problems are shown under the field they concern (the core's validation, and a
// code already in use); a saved campaign is an undoable command.
class CampaignDialog : public QDialog {
    Q_OBJECT
public:
    CampaignDialog(AppContext& app, std::optional<Campaign> existing, QWidget* parent = nullptr);

    void accept() override;
    Id savedCampaignId() const { return m_saved; }

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* channelEdit() const { return m_channel; }
    QDateEdit* startsEdit() const { return m_starts; }
    QDateEdit* endsEdit() const { return m_ends; }
    QLineEdit* costEdit() const { return m_cost; }
    QSpinBox* windowSpin() const { return m_window; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    // The message under a field (the core's names: "code", "name", "starts_on", "ends_on",
    // "cost", or "save"); hidden when fine.
    QLabel* errorFor(const QString& field) const;

private:
    void buildForm();
    QLabel* errorLabel(const char* field);
    QDateEdit* dateEdit();
    void fill(const Campaign& campaign);
    std::optional<Campaign> collect();
    void showErrors(const FieldErrors& errors);

    AppContext& m_app;
    std::optional<Campaign> m_existing;
    Id m_saved = 0;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_channel = nullptr;
    QDateEdit* m_starts = nullptr;
    QDateEdit* m_ends = nullptr;
    QLineEdit* m_cost = nullptr;
    QSpinBox* m_window = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    std::vector<std::pair<QString, QLabel*>> m_errors;
};

} // namespace clientele
