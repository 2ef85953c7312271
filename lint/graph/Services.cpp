#include "graph/Services.h"

#include "config/Glob.h"

#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringRef.h>

namespace msglint::graph {

std::optional<std::string> serviceForPath(const std::string &relativePath,
                                          const config::Config &config) {
  for (const auto &[name, globs] : config.services)
    if (config::matchesAnyGlob(relativePath, globs))
      return name;
  if (relativePath.empty() || relativePath.front() == '/')
    return std::nullopt; // outside the project root
  llvm::SmallVector<llvm::StringRef> parts;
  llvm::StringRef(relativePath).split(parts, '/');
  // The last part is the file name; a service needs a folder of its own.
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    if ((parts[i] == "services" || parts[i] == "src") && i + 2 < parts.size())
      return parts[i + 1].str();
    if (parts[i].ends_with("-service") && parts[i].size() > 8)
      return parts[i].drop_back(8).str();
  }
  return std::nullopt;
}

} // namespace msglint::graph
