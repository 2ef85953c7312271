// The part of a main file that a shared precompiled preamble can stand for
// (docs/performance.md#the-shared-precompiled-preamble): the `#include <...>`
// lines it opens with, before anything else (a #define, a declaration, an
// #if) could change what those headers mean.
#pragma once

#include <llvm/ADT/StringRef.h>

#include <string>
#include <vector>

namespace msglint::extract {

// The header names (`vector`, `grpcpp/grpcpp.h`) of the `#include <...>`
// lines at the start of `text`; blank lines and comments between them are
// allowed, anything else ends the list.
std::vector<std::string> leadingAngledIncludes(llvm::StringRef text);

} // namespace msglint::extract
