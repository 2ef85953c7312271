#include "report/GraphFormats.h"

#include <nlohmann/json.hpp>

#include <map>

namespace msglint::report {
namespace {

nlohmann::ordered_json sitesJson(const std::vector<graph::GraphSite> &sites) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const graph::GraphSite &s : sites)
    out.push_back({{"file", s.file}, {"line", s.line}, {"col", s.col}, {"function", s.function}});
  return out;
}

// Graphviz double-quoted string.
std::string dotQuote(const std::string &text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out + "\"";
}

// Mermaid node ids must be plain words; labels are quoted, with quotes
// written as entities.
std::string mermaidLabel(const std::string &text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"')
      out += "#quot;";
    else if (c == '<')
      out += "#lt;";
    else if (c == '>')
      out += "#gt;";
    else
      out += c;
  }
  return out + "\"";
}

} // namespace

std::string graphJson(const graph::Architecture &arch) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  for (const graph::Node &n : arch.nodes) {
    nlohmann::ordered_json node = {{"id", n.id}, {"kind", n.kind}, {"name", n.name}};
    if (n.kind == "endpoint") {
      node["service"] = n.service ? nlohmann::ordered_json(*n.service) : nullptr;
      node["implementedBy"] = sitesJson(n.implementedBy);
    }
    nodes.push_back(std::move(node));
  }
  nlohmann::ordered_json edges = nlohmann::ordered_json::array();
  for (const graph::Edge &e : arch.edges)
    edges.push_back(
        {{"kind", e.kind}, {"from", e.from}, {"to", e.to}, {"sites", sitesJson(e.sites)}});
  nlohmann::ordered_json out = {
      {"format", "msglint-graph"}, {"version", kGraphVersion}, {"nodes", nodes}, {"edges", edges}};
  return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string graphDot(const graph::Architecture &arch) {
  std::string out = "digraph msglint {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n";
  for (const graph::Node &n : arch.nodes) {
    std::string shape = n.kind == "service" ? "box, style=\"rounded,filled\", fillcolor=\"#dbe8ff\""
                                            : "ellipse";
    out += "  " + dotQuote(n.id) + " [label=" + dotQuote(n.name) + ", shape=" + shape + "];\n";
  }
  for (const graph::Node &n : arch.nodes)
    if (n.service)
      out += "  " + dotQuote(n.id) + " -> " + dotQuote("service:" + *n.service) +
             " [style=dotted, arrowhead=none, label=\"implemented by\"];\n";
  for (const graph::Edge &e : arch.edges)
    out += "  " + dotQuote(e.from) + " -> " + dotQuote(e.to) + " [label=" +
           dotQuote(e.kind + " (" + std::to_string(e.sites.size()) + ")") + "];\n";
  return out + "}\n";
}

std::string graphMermaid(const graph::Architecture &arch) {
  std::map<std::string, std::string> ids;
  for (const graph::Node &n : arch.nodes)
    ids[n.id] = "n" + std::to_string(ids.size());
  std::string out = "flowchart LR\n";
  for (const graph::Node &n : arch.nodes)
    out += "  " + ids[n.id] +
           (n.kind == "service" ? "[" + mermaidLabel(n.name) + "]"
                                : "([" + mermaidLabel(n.name) + "])") +
           "\n";
  for (const graph::Node &n : arch.nodes)
    if (n.service && ids.count("service:" + *n.service))
      out += "  " + ids[n.id] + " -.- " + ids["service:" + *n.service] + "\n";
  for (const graph::Edge &e : arch.edges)
    out += "  " + ids[e.from] + " -->|" + e.kind + "| " + ids[e.to] + "\n";
  return out;
}

} // namespace msglint::report
