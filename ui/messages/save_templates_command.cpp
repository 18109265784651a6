#include "save_templates_command.h"

#include "messages/message_template_repository.h"
#include "shell/app_context.h"
#include "storage/write_transaction.h"

#include <QCoreApplication>

namespace clientele {

SaveTemplatesCommand::SaveTemplatesCommand(AppContext& app, std::vector<MessageTemplate> before,
                                           std::vector<MessageTemplate> after)
    : DatabaseCommand(app,
                      QCoreApplication::translate("SaveTemplatesCommand", "Edit message templates"),
                      QStringLiteral("message_template"))
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

Status SaveTemplatesCommand::write(const std::vector<MessageTemplate>& templates) {
    Database& db = app().database();
    return writeInTransaction(db, QStringLiteral("saving message templates"), [&]() -> Status {
        MessageTemplateRepository repository(db);
        for (const MessageTemplate& t : templates)
            if (Status s = repository.update(t); !s)
                return s;
        return {};
    });
}

Status SaveTemplatesCommand::apply() {
    return write(m_after);
}

Status SaveTemplatesCommand::revert() {
    return write(m_before);
}

} // namespace clientele
