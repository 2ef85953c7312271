#include "extract/CachedExtraction.h"

#include "facts/Facts.h"

namespace msglint::extract {
namespace {

// Fields joined by a byte no path or argument holds, so that ("ab", "c")
// and ("a", "bc") differ.
void add(std::string &out, const std::string &field) {
  out += field;
  out += '\0';
}

std::string commandText(const clang::tooling::CompileCommand &command) {
  std::string text;
  add(text, command.Directory);
  add(text, command.Filename);
  for (const std::string &arg : command.CommandLine)
    add(text, arg);
  return text;
}

} // namespace

std::string cacheSlot(const clang::tooling::CompileCommand &command) {
  return facts::contentHash(commandText(command));
}

std::string cacheKey(const clang::tooling::CompileCommand &command,
                     const ExtractOptions &options, const std::string &toolIdentity) {
  std::string text;
  add(text, toolIdentity);
  add(text, std::to_string(facts::kFactsVersion));
  add(text, options.root);
  add(text, options.resourceDir);
  add(text, options.skipUnneeded ? "skip" : "parse-all");
  for (const std::string &glob : options.generatedGlobs)
    add(text, "generated:" + glob);
  for (const config::ApiDeclaration &api : options.apis) {
    add(text, "api:" + api.function);
    add(text, api.className);
    add(text, api.kind);
    add(text, api.targetArg ? std::to_string(*api.targetArg) : "-");
    add(text, api.targetName);
    add(text, api.handlerArg ? std::to_string(*api.handlerArg) : "-");
    add(text, api.where);
  }
  text += commandText(command);
  return facts::contentHash(text);
}

std::string preambleKey(const std::vector<std::string> &args, const std::string &directory,
                        const std::string &headerText, const ExtractOptions &options,
                        const std::string &toolIdentity) {
  std::string text;
  add(text, toolIdentity);
  add(text, "pch 1");
  add(text, options.resourceDir);
  add(text, options.skipUnneeded ? "skip" : "parse-all");
  add(text, directory);
  for (const std::string &arg : args)
    add(text, arg);
  add(text, headerText);
  return facts::contentHash(text);
}

} // namespace msglint::extract
