#include "config/Glob.h"

#include <llvm/Support/GlobPattern.h>

namespace msglint::config {

bool matchesAnyGlob(llvm::StringRef path, const std::vector<std::string> &globs) {
  for (const std::string &glob : globs) {
    auto pattern = llvm::GlobPattern::create(glob);
    if (!pattern) {
      llvm::consumeError(pattern.takeError());
      continue; // rejected when the config was loaded
    }
    if (pattern->match(path))
      return true;
  }
  return false;
}

std::optional<std::string> globError(const std::string &glob) {
  auto pattern = llvm::GlobPattern::create(glob);
  if (pattern)
    return std::nullopt;
  return llvm::toString(pattern.takeError());
}

} // namespace msglint::config
