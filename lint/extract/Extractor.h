// Runs the Clang frontend over compile commands, in parallel, and returns
// each TU's facts. The only entry point into extract for the rest of
// msglint.
#pragma once

#include "extract/ExtractOptions.h"
#include "facts/Facts.h"
#include "facts/FactsCache.h"

#include <clang/Tooling/CompilationDatabase.h>

#include <vector>

namespace msglint::extract {

struct CachedExtraction;

// `inputs`, when given, receives the project files the TU was made of
// (empty for a generated TU, which is not parsed).
facts::TranslationUnit extractOne(const clang::tooling::CompileCommand &command,
                                  const ExtractOptions &options,
                                  std::vector<facts::CacheInput> *inputs = nullptr);

// How a run got its facts, for `check --verbose` and the tests.
struct ExtractStats {
  std::vector<std::string> analysed; // parsed by Clang: their main files
  size_t fromCache = 0; // taken from the facts cache
  size_t generated = 0; // generated TUs, not parsed
  size_t withPreamble = 0; // of the analysed, parsed with a shared preamble
  size_t preamblesBuilt = 0; // their PCHs built in this run
  // Per command, the project files its TU was made of (from the cache entry
  // or the parse; a generated TU's main file alone): which TUs an edited
  // header touches.
  std::vector<std::vector<std::string>> inputs;
};

// Results are in the order of `commands`, whatever `jobs` is. With
// `cached`, TUs whose cache entry is current are not parsed.
std::vector<facts::TranslationUnit>
extractAll(const std::vector<clang::tooling::CompileCommand> &commands,
           const ExtractOptions &options, unsigned jobs, CachedExtraction *cached = nullptr,
           ExtractStats *stats = nullptr);

} // namespace msglint::extract
