// Globs in .msglint.yaml, `checks` and suppression comments
// (llvm::GlobPattern: `*` also matches `/`, so `services/billing/*` covers
// the whole folder; `?`, `[a-z]` and `{a,b}` work too).
#pragma once

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/GlobPattern.h>

#include <optional>
#include <string>
#include <vector>

namespace msglint::config {

// The one way msglint compiles a glob (brace expansion on).
llvm::Expected<llvm::GlobPattern> compileGlob(llvm::StringRef glob);

bool matchesAnyGlob(llvm::StringRef path, const std::vector<std::string> &globs);

// nullopt when valid, else why not.
std::optional<std::string> globError(const std::string &glob);

} // namespace msglint::config
