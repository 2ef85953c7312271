// Renders the architecture graph: json (docs/graph-format.md), dot
// (Graphviz) and mermaid (renders in GitHub markdown).
#pragma once

#include "graph/Architecture.h"

#include <string>

namespace msglint::report {

std::string graphJson(const graph::Architecture &arch);
std::string graphDot(const graph::Architecture &arch);
std::string graphMermaid(const graph::Architecture &arch);

} // namespace msglint::report
