#include "add_members_dialog.h"
#include "campaign_commands.h"
#include "campaign_dialog.h"
#include "campaign_list_model.h"
#include "campaign_members_model.h"
#include "campaigns_page.h"
#include "messages/message_template.h"
#include "messages/send_messages_dialog.h"
#include "shell/app_context.h"
#include "shell/message_box.h"
#include "storage/database.h"

#include <QTableView>

#include <algorithm>

namespace clientele {

bool CampaignsPage::createNew() {
    if (app().database().isReadOnly())
        return false;
    newCampaign();
    return true;
}

void CampaignsPage::newCampaign() {
    auto* dialog = new CampaignDialog(app(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignDialog::accepted, this,
            [this, dialog] { m_selected = dialog->savedCampaignId(); });
    dialog->open();
}

void CampaignsPage::editCurrent() {
    const int row = currentRow();
    if (row < 0 || app().database().isReadOnly())
        return;
    auto* dialog = new CampaignDialog(app(), m_model->rowAt(row).campaign, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CampaignsPage::deleteCurrent() {
    const int row = currentRow();
    if (row < 0 || app().database().isReadOnly())
        return;
    const CampaignRow& r = m_model->rowAt(row);
    if (MessageBox::question(this, tr("Delete Campaign"),
                             tr("Delete the campaign “%1” and its %2 members? Its orders stay, "
                                "without the campaign. You can undo this.")
                                 .arg(r.campaign.name, app().locale().toString(r.members))) !=
        QMessageBox::Yes)
        return;
    if (const Status s = app().execute(new DeleteCampaignCommand(app(), r.campaign)); !s)
        MessageBox::warning(this, tr("Delete Campaign"), s.error().message);
}

void CampaignsPage::addMembers() {
    const Id campaign = currentCampaign();
    if (campaign == 0 || app().database().isReadOnly())
        return;
    auto* dialog = new AddMembersDialog(app(), campaign, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CampaignsPage::removeSelectedMembers() {
    const Id campaign = currentCampaign();
    const QModelIndexList rows = m_membersView->selectionModel()->selectedRows();
    if (campaign == 0 || rows.isEmpty() || app().database().isReadOnly())
        return;
    std::vector<CampaignMember> members;
    for (const QModelIndex& index : rows)
        members.push_back(m_members->memberAt(index.row()));
    const QString who = members.size() == 1
                            ? members.front().customerName
                            : tr("%1 members").arg(app().locale().toString(rows.size()));
    if (MessageBox::question(this, tr("Remove Members"),
                             tr("Remove %1 from the campaign? You can undo this.").arg(who)) !=
        QMessageBox::Yes)
        return;
    if (const Status s =
            app().execute(new RemoveMembersCommand(app(), campaign, std::move(members)));
        !s)
        MessageBox::warning(this, tr("Remove Members"), s.error().message);
}

void CampaignsPage::writeToMembers() {
    const Id campaign = currentCampaign();
    if (campaign == 0 || app().database().isReadOnly())
        return;
    QModelIndexList rows = m_membersView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        for (int row = 0; row < m_members->rowCount(); ++row)
            rows << m_members->index(row, 0);
    std::sort(rows.begin(), rows.end());
    MessageRequest request;
    request.campaignId = campaign;
    request.occasionChoice = true;
    for (const QModelIndex& index : rows)
        request.recipients.push_back(
            {m_members->memberAt(index.row()).customerId, message_values::revisit});
    if (!request.recipients.empty())
        SendMessagesDialog::start(app(), std::move(request), this);
}

} // namespace clientele
