// Renders the architecture graph: json (docs/graph-format.md), dot
// (Graphviz) and mermaid (renders in GitHub markdown).
#pragma once

#include "graph/Architecture.h"

#include <string>

namespace msglint::report {

// Bump on any incompatible change of the graph JSON (docs/graph-format.md).
inline constexpr int kGraphVersion = 1;

std::string graphJson(const graph::Architecture &arch);
std::string graphDot(const graph::Architecture &arch);
std::string graphMermaid(const graph::Architecture &arch);

} // namespace msglint::report
