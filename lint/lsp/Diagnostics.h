// msglint's findings as LSP diagnostics (textDocument/publishDiagnostics):
// each finding in the file it lands in, the rule id as its code with a
// link to the rule's page, its notes (a chain's hops, the other sites) as
// related information pointing into whichever files they are in.
#pragma once

#include "report/SourceText.h"
#include "rules/Finding.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace msglint::lsp {

// file:// URIs of absolute paths, and back ("" for another scheme).
std::string fileUri(const std::string &path);
std::string pathOfUri(const std::string &uri);

// Absolute path -> the diagnostics of the findings located in that file.
// `root` resolves the findings' relative paths; `text` gives the lines
// (the editor's unsaved text where there is one) to count UTF-16 columns.
std::map<std::string, nlohmann::json> diagnosticsByFile(const std::vector<rules::Finding> &findings,
                                                        const std::string &root,
                                                        report::SourceText &text);

} // namespace msglint::lsp
