#include "config/Glob.h"

namespace msglint::config {

// Enough sub-patterns for any hand-written brace list, few enough that a
// hostile `{a,b}{c,d}...` cannot blow up memory.
constexpr size_t kMaxSubPatterns = 1024;

llvm::Expected<llvm::GlobPattern> compileGlob(llvm::StringRef glob) {
  return llvm::GlobPattern::create(glob, kMaxSubPatterns);
}

bool matchesAnyGlob(llvm::StringRef path, const std::vector<std::string> &globs) {
  for (const std::string &glob : globs) {
    auto pattern = compileGlob(glob);
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
  auto pattern = compileGlob(glob);
  if (pattern)
    return std::nullopt;
  return llvm::toString(pattern.takeError());
}

} // namespace msglint::config
