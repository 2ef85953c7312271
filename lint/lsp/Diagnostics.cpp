#include "lsp/Diagnostics.h"

#include "report/RuleDocs.h"

#include <llvm/ADT/SmallString.h>
#include <cctype>
#include <llvm/Support/Path.h>

namespace msglint::lsp {
namespace {

using nlohmann::json;

bool unreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
}

int hexValue(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

std::string absolute(const std::string &root, const std::string &file) {
  if (llvm::sys::path::is_absolute(file))
    return file;
  llvm::SmallString<256> path(root);
  llvm::sys::path::append(path, file);
  return std::string(path);
}

// LSP positions are 0-based lines and UTF-16 code units.
json range(report::SourceText &text, const std::string &path, const facts::Location &loc) {
  unsigned line = loc.line > 0 ? loc.line - 1 : 0;
  unsigned start = text.utf16Column(path, loc.line, loc.col);
  unsigned end = text.utf16TokenEnd(path, loc.line, loc.col).value_or(start);
  auto position = [&](unsigned column) {
    return json{{"line", line}, {"character", column > 0 ? column - 1 : 0}};
  };
  return {{"start", position(start)}, {"end", position(end)}};
}

int severity(rules::Severity s) {
  switch (s) {
  case rules::Severity::Error:
    return 1;
  case rules::Severity::Warning:
    return 2;
  case rules::Severity::Note:
    return 3; // Information
  }
  return 2;
}

} // namespace

std::string fileUri(const std::string &path) {
  static const char *hex = "0123456789ABCDEF";
  std::string uri = "file://";
  for (unsigned char c : path) {
    if (unreserved(c)) {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += hex[c >> 4];
      uri += hex[c & 15];
    }
  }
  return uri;
}

std::string pathOfUri(const std::string &uri) {
  const std::string scheme = "file://";
  if (uri.compare(0, scheme.size(), scheme) != 0)
    return "";
  std::string path;
  for (size_t i = scheme.size(); i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && hexValue(uri[i + 1]) >= 0 && hexValue(uri[i + 2]) >= 0) {
      path += static_cast<char>(hexValue(uri[i + 1]) * 16 + hexValue(uri[i + 2]));
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return path;
}

std::map<std::string, json> diagnosticsByFile(const std::vector<rules::Finding> &findings,
                                              const std::string &root, report::SourceText &text) {
  std::map<std::string, json> out;
  for (const rules::Finding &f : findings) {
    std::string path = absolute(root, f.loc.file);
    json d = {{"range", range(text, path, f.loc)},
              {"severity", severity(f.severity)},
              {"code", f.rule},
              {"codeDescription", {{"href", std::string(report::docsUrl()) + "/rules/" + f.rule + ".md"}}},
              {"source", "msglint"},
              {"message", f.message}};
    if (!f.notes.empty()) {
      json related = json::array();
      for (const rules::Note &note : f.notes) {
        std::string notePath = absolute(root, note.loc.file);
        related.push_back({{"location", {{"uri", fileUri(notePath)}, {"range", range(text, notePath, note.loc)}}},
                           {"message", note.message}});
      }
      d["relatedInformation"] = std::move(related);
    }
    auto [it, inserted] = out.try_emplace(path, json::array());
    it->second.push_back(std::move(d));
  }
  return out;
}

} // namespace msglint::lsp
