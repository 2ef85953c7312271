#include "graph/Services.h"

#include "config/Glob.h"

#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringRef.h>

namespace msglint::graph {

namespace {

// Folder names under src/ that hold shared code, not a deployable.
bool isSharedFolderName(llvm::StringRef name) {
  for (llvm::StringRef shared : {"common", "shared", "lib", "libs", "util", "utils", "include",
                                 "third_party", "vendor", "test", "tests", "services"})
    if (name == shared)
      return true;
  return false;
}

} // namespace

std::optional<std::string> serviceForPath(const std::string &relativePath,
                                          const config::Config &config) {
  for (const auto &[name, globs] : config.services)
    if (config::matchesAnyGlob(relativePath, globs))
      return name;
  if (config::matchesAnyGlob(relativePath, config.shared))
    return std::nullopt;
  if (relativePath.empty() || relativePath.front() == '/')
    return std::nullopt; // outside the project root
  llvm::SmallVector<llvm::StringRef> parts;
  llvm::StringRef(relativePath).split(parts, '/');
  // The last part is the file name; a service needs a folder of its own.
  size_t folders = parts.size() - 1;
  for (size_t i = 0; i + 1 < folders; ++i)
    if (parts[i] == "services")
      return parts[i + 1].str();
  for (size_t i = 0; i < folders; ++i)
    if (parts[i].ends_with("-service") && parts[i].size() > 8)
      return parts[i].drop_back(8).str();
  for (size_t i = 0; i + 1 < folders; ++i)
    if (parts[i] == "src" && !isSharedFolderName(parts[i + 1]))
      return parts[i + 1].str();
  return std::nullopt;
}

} // namespace msglint::graph
