// Globs in .msglint.yaml (llvm::GlobPattern: `*` also matches `/`, so
// `services/billing/*` covers the whole folder; `{a,b}` and `[..]` work).
#pragma once

#include <llvm/ADT/StringRef.h>

#include <optional>
#include <string>
#include <vector>

namespace msglint::config {

bool matchesAnyGlob(llvm::StringRef path, const std::vector<std::string> &globs);

// nullopt when valid, else why not.
std::optional<std::string> globError(const std::string &glob);

} // namespace msglint::config
