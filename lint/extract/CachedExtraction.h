// What extractAll needs to take TUs from the facts cache and put them back
// (docs/performance.md#the-facts-cache): where the cache is, and who made
// the facts (a different msglint build may extract differently).
#pragma once

#include "extract/ExtractOptions.h"
#include "facts/ContentHash.h"
#include "facts/FactsCache.h"

#include <clang/Tooling/CompilationDatabase.h>

#include <string>
#include <vector>

namespace msglint::extract {

struct CachedExtraction {
  facts::FactsCache &cache;
  std::string toolIdentity; // msglint's version and build
  facts::FileHashes hashes; // of the files on disk, shared by the threads
  // Parse TUs that open with the same system includes with one PCH of them,
  // kept in the cache (docs/performance.md#the-shared-precompiled-preamble).
  bool sharePreambles = true;
};

// The entry of one compile command: its directory, file and arguments.
std::string cacheSlot(const clang::tooling::CompileCommand &command);
// Everything else its facts depend on, besides the content of its files:
// the tool, the extract options (root, config's generated globs and APIs,
// what is skipped) and the command again.
std::string cacheKey(const clang::tooling::CompileCommand &command,
                     const ExtractOptions &options, const std::string &toolIdentity);
// The key of a shared preamble's PCH: the tool, Clang's resource directory,
// what is skipped, the directory and arguments it is built with (a TU's,
// less its source file), and the text of its synthetic header.
std::string preambleKey(const std::vector<std::string> &args, const std::string &directory,
                        const std::string &headerText, const ExtractOptions &options,
                        const std::string &toolIdentity);

} // namespace msglint::extract
