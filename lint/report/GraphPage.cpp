#include "report/GraphPage.h"

#include "report/FindingsJson.h"
#include "report/GraphFormats.h"
#include "report/GraphPageAssets.h"
#include "report/GraphStyle.h"

#include <algorithm>

namespace msglint::report {
namespace {

// The template with each marker replaced, all found in the template
// itself, so that no value is searched for markers (a title may read
// "@MSGLINT_DATA@").
std::string fill(std::string_view layout,
                 std::vector<std::pair<std::string_view, std::string>> values) {
  std::sort(values.begin(), values.end(), [&](const auto &a, const auto &b) {
    return layout.find(a.first) < layout.find(b.first);
  });
  std::string out;
  size_t from = 0;
  for (const auto &[marker, value] : values) {
    size_t at = layout.find(marker, from);
    if (at == std::string_view::npos)
      continue; // EmbedGraphPage.py checks that each is there
    out.append(layout.substr(from, at - from)).append(value);
    from = at + marker.size();
  }
  return out.append(layout.substr(from));
}

nlohmann::ordered_json marksJson(const FindingMarks &marks) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::object();
  for (const auto &[id, findings] : marks.nodes)
    nodes[id] = findings;
  return {{"nodes", nodes}, {"edges", marks.edges}, {"relatedEdges", marks.relatedEdges}};
}

} // namespace

std::string htmlEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

std::string scriptSafeJson(const nlohmann::ordered_json &value) {
  // Outside strings JSON has none of these characters, so escaping every
  // one of them keeps the JSON valid and equal.
  std::string json = value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::string out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
             (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else
      out += c;
  }
  return out;
}

std::optional<std::string> graphPage(const GraphPageInput &input) {
  std::optional<std::string_view> layout = graphPageTemplate();
  if (!layout)
    return std::nullopt;
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Result &r : *input.results)
    findings.push_back(findingJson(r));
  nlohmann::ordered_json data = {{"title", input.title},
                                 {"style", styleJson()},
                                 {"graph", graphDocument(*input.arch)},
                                 {"marks", marksJson(*input.marks)},
                                 {"findings", std::move(findings)},
                                 {"summary", summaryJson(*input.summary)}};
  return fill(*layout, {{"@MSGLINT_TITLE@", htmlEscape(input.title)},
                       {"@MSGLINT_DATA@", scriptSafeJson(data)}});
}

} // namespace msglint::report
