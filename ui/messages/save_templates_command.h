#pragma once

#include "messages/message_template.h"
#include "shell/database_command.h"

#include <vector>

namespace clientele {

// Edited message templates saved together in one transaction; undo puts the earlier texts back.
class SaveTemplatesCommand : public DatabaseCommand {
public:
    SaveTemplatesCommand(AppContext& app, std::vector<MessageTemplate> before,
                         std::vector<MessageTemplate> after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const std::vector<MessageTemplate>& templates);

    std::vector<MessageTemplate> m_before;
    std::vector<MessageTemplate> m_after;
};

} // namespace clientele
