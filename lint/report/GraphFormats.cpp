#include "report/GraphFormats.h"

#include "report/FindingsJson.h"
#include "report/GraphStyle.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

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

nlohmann::ordered_json graphDocument(const graph::Architecture &arch) {
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
  return {
      {"format", "msglint-graph"}, {"version", kGraphVersion}, {"nodes", nodes}, {"edges", edges}};
}

std::string graphJson(const graph::Architecture &arch, const std::vector<ServiceSummary> &summary,
                      const std::vector<Result> &findings) {
  nlohmann::ordered_json doc = graphDocument(arch);
  nlohmann::ordered_json chains = nlohmann::ordered_json::array();
  for (const ServiceSummary &row : summary)
    if (row.chainDepth() > 0)
      chains.push_back(
          {{"service", row.service}, {"entry", row.chainEntry}, {"path", row.longestChain}});
  doc["chains"] = std::move(chains);
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Result &r : findings)
    out.push_back(findingJson(r));
  doc["findings"] = std::move(out);
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

namespace {

// "call-without-deadline, sync-cycle": the rules behind a mark, for a tooltip.
std::string rulesOf(const std::vector<size_t> &indices, const std::vector<rules::Finding> &findings) {
  std::set<std::string> ids;
  for (size_t f : indices)
    ids.insert(findings[f].rule);
  std::string out;
  for (const std::string &id : ids)
    out += (out.empty() ? "" : ", ") + id;
  return out;
}

std::string dotEdgeStyle(const EdgeStyle &style, const std::vector<size_t> &marks,
                         const std::vector<rules::Finding> &findings) {
  std::string colour(marks.empty() ? style.colour : kFindingColour);
  std::string out = "color=" + dotQuote(colour) + ", fontcolor=" + dotQuote(colour);
  if (style.line == LineStyle::Dashed)
    out += ", style=dashed";
  if (style.line == LineStyle::Thick || !marks.empty())
    out += ", penwidth=2.5";
  if (!style.arrow)
    out += ", arrowhead=none";
  if (!marks.empty())
    out += ", tooltip=" + dotQuote(rulesOf(marks, findings));
  return out;
}

} // namespace

std::string graphDot(const graph::Architecture &arch, const std::vector<rules::Finding> &findings,
                     const FindingMarks &marks) {
  std::string out = "digraph msglint {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n"
                    "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const graph::Node &n : arch.nodes) {
    const NodeStyle &style = nodeStyle(n.kind);
    const std::vector<size_t> &marked = marks.ofNode(n.id);
    out += "  " + dotQuote(n.id) + " [label=" + dotQuote(n.name) + ", shape=" +
           std::string(style.dotShape) + ", fillcolor=" + dotQuote(std::string(style.fill)) +
           ", color=" + dotQuote(std::string(marked.empty() ? style.stroke : kFindingColour));
    if (!marked.empty())
      out += ", penwidth=2.5, tooltip=" + dotQuote(rulesOf(marked, findings));
    out += "];\n";
  }
  for (const graph::Node &n : arch.nodes)
    if (n.service)
      out += "  " + dotQuote(n.id) + " -> " + dotQuote("service:" + *n.service) + " [" +
             dotEdgeStyle(edgeStyle("implementation"), {}, findings) + "];\n";
  for (size_t i = 0; i < arch.edges.size(); ++i) {
    const graph::Edge &e = arch.edges[i];
    out += "  " + dotQuote(e.from) + " -> " + dotQuote(e.to) + " [label=" +
           dotQuote(e.kind + " (" + std::to_string(e.sites.size()) + ")") + ", " +
           dotEdgeStyle(edgeStyle(e.kind), marks.edges[i], findings) + "];\n";
  }
  return out + "}\n";
}

namespace {

std::string mermaidArrow(const EdgeStyle &style) {
  if (!style.arrow)
    return "---";
  return style.line == LineStyle::Thick ? "==>" : style.line == LineStyle::Dashed ? "-.->" : "-->";
}

// "0,3,4": Mermaid's list of node ids or link numbers.
std::string joined(const std::vector<std::string> &items) {
  std::string out;
  for (const std::string &item : items)
    out += (out.empty() ? "" : ",") + item;
  return out;
}

} // namespace

std::string graphMermaid(const graph::Architecture &arch, const FindingMarks &marks) {
  std::map<std::string, std::string> ids;
  for (const graph::Node &n : arch.nodes)
    ids[n.id] = "n" + std::to_string(ids.size());
  std::string out = "flowchart LR\n";
  // Node classes in the style table's order; links grouped by their style.
  std::map<std::string, std::vector<std::string>> classes;
  std::vector<std::pair<std::string, std::vector<std::string>>> linkStyles; // in first use
  size_t links = 0;
  auto link = [&](const std::string &from, const std::string &to, const std::string &kind,
                  const std::string &label, bool marked) {
    const EdgeStyle &style = edgeStyle(kind);
    out += "  " + ids[from] + " " + mermaidArrow(style) + (label.empty() ? "" : "|" + label + "|") +
           " " + ids[to] + "\n";
    std::string css = "stroke:" + std::string(marked ? kFindingColour : style.colour);
    if (marked)
      css += ",stroke-width:3px";
    auto same = std::find_if(linkStyles.begin(), linkStyles.end(),
                             [&](const auto &style) { return style.first == css; });
    if (same == linkStyles.end())
      same = linkStyles.insert(linkStyles.end(), {css, {}});
    same->second.push_back(std::to_string(links++));
  };
  for (const graph::Node &n : arch.nodes) {
    const NodeStyle &style = nodeStyle(n.kind);
    out += "  " + ids[n.id] + std::string(style.mermaidOpen) + mermaidLabel(n.name) +
           std::string(style.mermaidClose) + "\n";
    classes[std::string(style.kind)].push_back(ids[n.id]);
    if (!marks.ofNode(n.id).empty())
      classes["finding"].push_back(ids[n.id]);
  }
  for (const graph::Node &n : arch.nodes)
    if (n.service && ids.count("service:" + *n.service))
      link(n.id, "service:" + *n.service, "implementation", "", false);
  for (size_t i = 0; i < arch.edges.size(); ++i) {
    const graph::Edge &e = arch.edges[i];
    link(e.from, e.to, e.kind, e.kind, !marks.edges[i].empty());
  }
  for (std::string_view kind : {"service", "endpoint", "topic", "queue"}) {
    auto it = classes.find(std::string(kind));
    if (it == classes.end())
      continue;
    const NodeStyle &style = nodeStyle(kind);
    out += "  classDef " + it->first + " fill:" + std::string(style.fill) +
           ",stroke:" + std::string(style.stroke) + "\n";
    out += "  class " + joined(it->second) + " " + it->first + "\n";
  }
  if (classes.count("finding"))
    out += "  classDef finding stroke:" + std::string(kFindingColour) +
           ",stroke-width:3px\n  class " + joined(classes["finding"]) + " finding\n";
  for (const auto &[css, numbers] : linkStyles)
    out += "  linkStyle " + joined(numbers) + " " + css + "\n";
  return out;
}

} // namespace msglint::report
