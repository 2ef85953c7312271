// SARIF locations: artifact URIs relative to %SRCROOT% (the project root),
// and regions in UTF-16 columns.
#pragma once

#include "facts/Facts.h"
#include "report/SourceText.h"

#include <nlohmann/json.hpp>

#include <string>

namespace msglint::report {

inline constexpr const char *kSrcRoot = "%SRCROOT%";

// `path` percent-encoded as a URI path (RFC 3986): '/' separates, every
// byte outside the unreserved set is %XX-encoded (non-ASCII as UTF-8).
std::string encodeUriPath(const std::string &path);

// The file:// URI of the absolute directory `dir`, ending in '/', as
// originalUriBaseIds wants a base.
std::string directoryUri(const std::string &dir);

// An artifactLocation: relative paths against %SRCROOT%; a file outside
// the root (kept absolute by link) as a file:// URI.
nlohmann::ordered_json artifactLocation(const std::string &file);

// A physicalLocation with a region for `loc` (no region when loc has no
// line). The region covers the token the location points at.
nlohmann::ordered_json physicalLocation(const facts::Location &loc, SourceText &sources);

} // namespace msglint::report
