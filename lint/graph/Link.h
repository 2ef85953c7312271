// link: joins the facts of all TUs into one Model (DESIGN.md §2).
#pragma once

#include "config/Config.h"
#include "facts/Facts.h"
#include "graph/Model.h"

#include <vector>

namespace msglint::graph {

Model link(const std::vector<facts::TranslationUnit> &tus, const std::string &root,
           const config::Config &config);

// `path` relative to `root` when inside it, else unchanged (absolute).
std::string relativeToRoot(const std::string &path, const std::string &root);

} // namespace msglint::graph
