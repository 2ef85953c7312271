// The one table of how the graph looks, shared by every picture of it
// (dot, mermaid and the HTML page, docs/graph-format.md#styling): a shape
// and colours per node kind, a line style and colour per kind of edge,
// and the colour that marks findings.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

namespace msglint::report {

struct NodeStyle {
  std::string_view kind;     // service | endpoint | topic | queue
  std::string_view dotShape; // Graphviz shape (and style)
  std::string_view mermaidOpen, mermaidClose; // Mermaid shape brackets
  std::string_view pageShape; // Cytoscape.js shape
  std::string_view fill, stroke;
};

// Edges come in three families, one per mechanism (DESIGN.md §1).
enum class LineStyle { Solid, Thick, Dashed };

struct EdgeStyle {
  std::string_view family; // call | job | event | implementation
  LineStyle line;
  std::string_view colour;
  bool arrow;
};

inline constexpr std::string_view kFindingColour = "#d62828";

const NodeStyle &nodeStyle(std::string_view kind);
// `kind`: call, enqueue, work, publish, subscribe; "implementation" for the
// line joining an endpoint to the service implementing it.
const EdgeStyle &edgeStyle(std::string_view kind);

// The table as the HTML page reads it.
nlohmann::ordered_json styleJson();

} // namespace msglint::report
