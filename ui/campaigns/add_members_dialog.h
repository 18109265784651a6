#pragma once

#include "common/ids.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;

namespace clientele {

class AppContext;
class CustomerFilterBar;

// Adds the customers matching a filter (the customers list's filter bar, RFM segment included)
// to a campaign. Before adding it shows how many match and how many of those are not members
// yet; adding them is one undoable command.
class AddMembersDialog : public QDialog {
    Q_OBJECT
public:
    AddMembersDialog(AppContext& app, Id campaignId, QWidget* parent = nullptr);

    void accept() override;
    CustomerFilterBar* filterBar() const { return m_filter; }
    QLabel* previewLabel() const { return m_preview; }
    QLabel* segmentNote() const { return m_segmentNote; }
    QPushButton* addButton() const { return m_add; }
    bool isCounting() const { return m_generation != m_applied; }
    int matching() const { return static_cast<int>(m_matching.size()); }
    int newMembers() const { return m_new; }
    int added() const { return m_added; }

private:
    struct Preview {
        std::vector<Id> matching;
        int fresh = 0;
    };
    void countMatches();
    void showPreview(Preview preview);
    void showSegmentNote();

    AppContext& m_app;
    Id m_campaign;
    CustomerFilterBar* m_filter = nullptr;
    QLabel* m_segmentNote = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_add = nullptr;
    std::vector<Id> m_matching;
    int m_new = 0;
    int m_added = 0;
    quint64 m_generation = 0;
    quint64 m_applied = 0;
};

} // namespace clientele
