// Which deployable service a source file belongs to: the config's globs
// first, then the common layouts services/<name>/, src/<name>/ and
// <name>-service/.
#pragma once

#include "config/Config.h"

#include <optional>
#include <string>

namespace msglint::graph {

std::optional<std::string> serviceForPath(const std::string &relativePath,
                                          const config::Config &config);

} // namespace msglint::graph
