#include "report/SarifLocations.h"

#include <llvm/Support/Path.h>

namespace msglint::report {
namespace {

using nlohmann::ordered_json;

bool unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.' || c == '_' || c == '~';
}

} // namespace

std::string encodeUriPath(const std::string &path) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    if (unreserved(c) || c == '/') {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out;
}

std::string directoryUri(const std::string &dir) {
  std::string uri = "file://" + encodeUriPath(dir);
  if (uri.back() != '/')
    uri += '/';
  return uri;
}

ordered_json artifactLocation(const std::string &file) {
  if (llvm::sys::path::is_absolute(file))
    return {{"uri", "file://" + encodeUriPath(file)}};
  return {{"uri", encodeUriPath(file)}, {"uriBaseId", kSrcRoot}};
}

ordered_json physicalLocation(const facts::Location &loc, SourceText &sources) {
  ordered_json physical = {{"artifactLocation", artifactLocation(loc.file)}};
  if (loc.line == 0)
    return physical;
  ordered_json region = {{"startLine", loc.line}};
  if (loc.col > 0) {
    region["startColumn"] = sources.utf16Column(loc.file, loc.line, loc.col);
    if (auto end = sources.utf16TokenEnd(loc.file, loc.line, loc.col))
      region["endColumn"] = *end;
  }
  physical["region"] = std::move(region);
  return physical;
}

} // namespace msglint::report
