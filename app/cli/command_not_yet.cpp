#include "cli_context.h"
#include "commands.h"

namespace clientele::cli {

// Commands whose work lands with later features answer clearly instead of pretending.
static int notYet(Context& ctx) {
    return ctx.fail(Error::usage(QStringLiteral("not available yet in this version of Clientele")));
}

int runSync(Context& ctx) {
    return notYet(ctx);
}

} // namespace clientele::cli
