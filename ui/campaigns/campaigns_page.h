#pragma once

#include "shell/page.h"

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace clientele {

class CampaignListModel;
class CampaignMembersModel;
struct Campaign;

// The campaigns with what each brought (the promotion analysis, run on a worker thread), and
// the selected campaign's members below: new, edit, delete, add members from a filter or a
// segment, remove members; each undoable. The members can be written to (see
// SendMessagesDialog), which marks them contacted.
class CampaignsPage : public Page {
    Q_OBJECT
public:
    explicit CampaignsPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Campaigns"); }
    QIcon icon() const override;
    void activate() override;
    QWidget* focusTarget() override;
    Id currentCustomer() const override;
    bool createNew() override;

    CampaignListModel* model() const { return m_model; }
    CampaignMembersModel* membersModel() const { return m_members; }
    QTableView* view() const { return m_view; }
    QTableView* membersView() const { return m_membersView; }
    bool isComputing() const { return m_resultsWanted || m_resultsGeneration != m_resultsApplied; }
    Id currentCampaign() const;

    void newCampaign();
    void editCurrent();
    void deleteCurrent();
    void addMembers();
    void removeSelectedMembers();
    // Opens the message sender on the selected members, or on all of them when none is.
    void writeToMembers();

private:
    QWidget* buildToolbar();
    QWidget* buildMembers();
    QAction* addTool(QToolBar* bar, const char* icon, const QString& text,
                     void (CampaignsPage::*slot)());
    void reload();
    void computeResults();
    void campaignChanged();
    void updateActions();
    int currentRow() const;

    CampaignListModel* m_model = nullptr;
    CampaignMembersModel* m_members = nullptr;
    QTableView* m_view = nullptr;
    QTableView* m_membersView = nullptr;
    QLabel* m_membersTitle = nullptr;
    QLabel* m_resultsState = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_addMembers = nullptr;
    QAction* m_removeMembers = nullptr;
    QAction* m_writeToMembers = nullptr;
    QAction* m_openCustomer = nullptr;
    Id m_selected = 0; // kept across reloads
    quint64 m_resultsGeneration = 0;
    quint64 m_resultsApplied = 0;
    bool m_resultsWanted = false;
    bool m_stale = true;
};

} // namespace clientele
