// Builds the PCH of a shared preamble: a synthetic header of `#include <...>`
// lines, compiled with a TU's flags and with the same function bodies
// skipped as extract skips (docs/performance.md#the-shared-precompiled-preamble).
#pragma once

#include "extract/ExtractOptions.h"

#include <clang/Tooling/CompilationDatabase.h>

#include <string>
#include <vector>

namespace msglint::extract {

// The header a PCH was built from. It exists only in memory: every parse
// that uses the PCH lays it over the disk at `path`, so that Clang's check
// of the PCH's inputs finds it unchanged.
struct PreambleHeader {
  std::string path; // absolute, next to the PCH
  std::string text;
};

// `args`: a TU's command line (commandLine()) without its source file.
// Writes the PCH to `output`; returns "" on success, else why it was not
// built (the headers do not compile; one is not a system header, or has no
// include guard, so that the TU including it again would not be a no-op).
std::string buildPreamblePch(const std::vector<std::string> &args, const std::string &directory,
                             const PreambleHeader &header, const ExtractOptions &options,
                             const std::string &output);

} // namespace msglint::extract
