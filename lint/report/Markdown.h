// The little markdown handling that rule help needs: the rule doc pages
// are written for GitHub, and SARIF wants them as plain text too, with
// links that work away from the repository.
#pragma once

#include <string>
#include <string_view>

namespace msglint::report {

// `markdown` as plain text: no heading marks, emphasis markers, backticks
// or link targets (a link keeps its text); code blocks are kept verbatim
// and indented.
std::string markdownToText(std::string_view markdown);

// `markdown` with every relative link target resolved against `pageUrl`,
// the absolute URL the page is published at. Code is left alone.
std::string absoluteLinks(std::string_view markdown, std::string_view pageUrl);

// The first paragraph of prose after the title, as markdown on one line:
// not a heading, code block, list, table, quote, nor a paragraph that
// opens in bold (the "**Default:** ..." line of a rule page). Empty if
// there is none.
std::string firstParagraph(std::string_view markdown);

// `reference` (a relative URI reference) resolved against the absolute URL
// `base`, RFC 3986 §5.2 without query handling.
std::string resolveUrl(std::string_view base, std::string_view reference);

} // namespace msglint::report
