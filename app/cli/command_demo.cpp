#include "cli_context.h"
#include "commands.h"

namespace clientele::cli {

int runDemo(Context& ctx) {
    return ctx.fail(Error::usage(QStringLiteral("not available yet")));
}

} // namespace clientele::cli
