// Runs the Clang frontend over compile commands, in parallel, and returns
// each TU's facts. The only entry point into extract for the rest of
// msglint.
#pragma once

#include "extract/ExtractOptions.h"
#include "facts/Facts.h"

#include <clang/Tooling/CompilationDatabase.h>

#include <vector>

namespace msglint::extract {

facts::TranslationUnit extractOne(const clang::tooling::CompileCommand &command,
                                  const ExtractOptions &options);

// Results are in the order of `commands`, whatever `jobs` is.
std::vector<facts::TranslationUnit>
extractAll(const std::vector<clang::tooling::CompileCommand> &commands,
           const ExtractOptions &options, unsigned jobs);

} // namespace msglint::extract
