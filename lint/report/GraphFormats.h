// Renders the architecture graph: json (docs/graph-format.md), dot
// (Graphviz) and mermaid (renders in GitHub markdown), the last two drawn
// with the shared conventions of report/GraphStyle.h and the findings marked.
#pragma once

#include "graph/Architecture.h"
#include "report/ArchitectureSummary.h"
#include "report/FindingMarks.h"
#include "report/Result.h"
#include "rules/Finding.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace msglint::report {

// Bump on any incompatible change of the graph JSON (docs/graph-format.md).
inline constexpr int kGraphVersion = 1;

nlohmann::ordered_json graphDocument(const graph::Architecture &arch);
// The document of `graph --format json`: the graph, the longest chain of
// each service that waits on another, and the findings (what `msglint
// diff` compares).
std::string graphJson(const graph::Architecture &arch, const std::vector<ServiceSummary> &summary,
                      const std::vector<Result> &findings);
std::string graphDot(const graph::Architecture &arch, const std::vector<rules::Finding> &findings,
                     const FindingMarks &marks);
std::string graphMermaid(const graph::Architecture &arch, const FindingMarks &marks);

} // namespace msglint::report
