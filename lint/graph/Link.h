// link: joins the facts of all TUs into one Model (DESIGN.md §2).
#pragma once

#include "config/Config.h"
#include "facts/Facts.h"
#include "graph/Model.h"

#include <vector>

namespace msglint::graph {

// Takes the facts by value: callers done with them move them in, and
// nothing is copied (a million sites at scale).
Model link(std::vector<facts::TranslationUnit> tus, const std::string &root,
           const config::Config &config);

// `path` relative to `root` when inside it, else unchanged (absolute).
std::string relativeToRoot(const std::string &path, const std::string &root);

} // namespace msglint::graph
