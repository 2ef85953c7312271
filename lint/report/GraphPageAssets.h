// The HTML graph page's template: page.html with its style sheet, the
// libraries and its scripts inlined, embedded at build time from
// lint/report/graph-page by EmbedGraphPage.py. report/GraphPage.cpp fills
// in @MSGLINT_TITLE@ and @MSGLINT_DATA@.
#pragma once

#include <optional>
#include <string_view>

namespace msglint::report {

// nullopt when msglint was built with -DMSGLINT_GRAPH_PAGE=OFF.
std::optional<std::string_view> graphPageTemplate();

} // namespace msglint::report
