// What extractAll needs to take TUs from the facts cache and put them back
// (docs/performance.md#the-facts-cache): where the cache is, and who made
// the facts (a different msglint build may extract differently).
#pragma once

#include "extract/ExtractOptions.h"
#include "facts/ContentHash.h"
#include "facts/FactsCache.h"

#include <clang/Tooling/CompilationDatabase.h>

#include <string>

namespace msglint::extract {

struct CachedExtraction {
  facts::FactsCache &cache;
  std::string toolIdentity; // msglint's version and build
  facts::FileHashes hashes; // of the files on disk, shared by the threads
};

// The entry of one compile command: its directory, file and arguments.
std::string cacheSlot(const clang::tooling::CompileCommand &command);
// Everything else its facts depend on, besides the content of its files:
// the tool, the extract options (root, config's generated globs and APIs,
// what is skipped) and the command again.
std::string cacheKey(const clang::tooling::CompileCommand &command,
                     const ExtractOptions &options, const std::string &toolIdentity);

} // namespace msglint::extract
