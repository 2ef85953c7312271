// `graph --format html`: one self-contained page that draws the graph,
// marks the findings and shows the summary (docs/graph-format.md#html).
#pragma once

#include "graph/Architecture.h"
#include "report/ArchitectureSummary.h"
#include "report/FindingMarks.h"
#include "report/Result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace msglint::report {

struct GraphPageInput {
  std::string title; // the project's name
  const graph::Architecture *arch = nullptr;
  const std::vector<Result> *results = nullptr; // the findings the marks index
  const FindingMarks *marks = nullptr;
  const std::vector<ServiceSummary> *summary = nullptr;
};

// nullopt when this msglint was built without the page (GraphPageAssets.h).
std::optional<std::string> graphPage(const GraphPageInput &input);

// `text` safe as HTML text or attribute value.
std::string htmlEscape(std::string_view text);
// JSON that can sit inside <script>: no '<', '>' or '&' (so no `</script>`
// and no `<!--`), no U+2028 or U+2029, all as \u escapes.
std::string scriptSafeJson(const nlohmann::ordered_json &value);

} // namespace msglint::report
