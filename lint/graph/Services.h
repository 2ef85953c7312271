// Which deployable service a source file belongs to: the config's
// `services` globs first; nobody's for its `shared` globs; then the common
// layouts, in this order: services/<name>/, <name>-service/, src/<name>/
// (where src/common, src/lib and the like are shared code, not services).
#pragma once

#include "config/Config.h"

#include <optional>
#include <string>

namespace msglint::graph {

std::optional<std::string> serviceForPath(const std::string &relativePath,
                                          const config::Config &config);

} // namespace msglint::graph
