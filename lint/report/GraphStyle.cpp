#include "report/GraphStyle.h"

#include <array>

namespace msglint::report {
namespace {

constexpr std::array<NodeStyle, 4> kNodes = {{
    {"service", "box, style=\"rounded,filled\"", "(", ")", "round-rectangle", "#dbe8ff",
     "#3b6fd4"},
    {"endpoint", "ellipse, style=filled", "([", "])", "ellipse", "#ffffff", "#7a8699"},
    {"topic", "hexagon, style=filled", "{{", "}}", "hexagon", "#e3f5e1", "#2f9e44"},
    {"queue", "cylinder, style=filled", "[(", ")]", "barrel", "#fff0d9", "#d9822b"},
}};

constexpr EdgeStyle kCall{"call", LineStyle::Solid, "#3b6fd4", true};
constexpr EdgeStyle kJob{"job", LineStyle::Thick, "#d9822b", true};
constexpr EdgeStyle kEvent{"event", LineStyle::Dashed, "#2f9e44", true};
constexpr EdgeStyle kImplementation{"implementation", LineStyle::Solid, "#9aa5b1", false};

const char *lineName(LineStyle line) {
  switch (line) {
  case LineStyle::Solid:
    return "solid";
  case LineStyle::Thick:
    return "thick";
  case LineStyle::Dashed:
    return "dashed";
  }
  return "solid";
}

} // namespace

const NodeStyle &nodeStyle(std::string_view kind) {
  for (const NodeStyle &style : kNodes)
    if (style.kind == kind)
      return style;
  return kNodes[1]; // an unknown kind looks like an endpoint: a plain ellipse
}

const EdgeStyle &edgeStyle(std::string_view kind) {
  if (kind == "enqueue" || kind == "work")
    return kJob;
  if (kind == "publish" || kind == "subscribe")
    return kEvent;
  if (kind == "implementation")
    return kImplementation;
  return kCall;
}

nlohmann::ordered_json styleJson() {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::object();
  for (const NodeStyle &n : kNodes)
    nodes[std::string(n.kind)] = {
        {"shape", n.pageShape}, {"fill", n.fill}, {"stroke", n.stroke}};
  nlohmann::ordered_json edges = nlohmann::ordered_json::object();
  for (const char *kind : {"call", "enqueue", "work", "publish", "subscribe", "implementation"}) {
    const EdgeStyle &e = edgeStyle(kind);
    edges[kind] = {{"family", e.family}, {"line", lineName(e.line)}, {"colour", e.colour},
                   {"arrow", e.arrow}};
  }
  return {{"nodes", nodes}, {"edges", edges}, {"finding", kFindingColour}};
}

} // namespace msglint::report
