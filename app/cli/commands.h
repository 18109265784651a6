#pragma once

namespace clientele::cli {

class Context;

// One function per `clientele-cli COMMAND`; each parses its own options and returns the exit code.
int runInit(Context& ctx);
int runDemo(Context& ctx);
int runFind(Context& ctx);
int runCheck(Context& ctx);
int runBackup(Context& ctx);
int runRestore(Context& ctx);
int runImport(Context& ctx);
int runExport(Context& ctx);
int runAnalyze(Context& ctx);
int runCustomer(Context& ctx);
int runSync(Context& ctx);
int runTemplates(Context& ctx);

} // namespace clientele::cli
