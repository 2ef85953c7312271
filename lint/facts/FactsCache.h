// The facts cache (docs/performance.md#the-facts-cache): one file per
// compile command, holding the facts of its TU and the content hash of
// every file the TU was made of. An entry is used only when it was made
// under the same key (msglint's build, the extract options, the command)
// and every one of those files still has the same content; anything else
// (stale, foreign, truncated, garbage) is ignored, and rewritten by the
// run that re-analyses the TU.
#pragma once

#include "facts/ContentHash.h"
#include "facts/Facts.h"

#include <llvm/ADT/StringRef.h>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace msglint::facts {

struct CacheInput {
  std::string path; // absolute
  std::string hash; // contentHash of the bytes the TU was parsed from
};

class FactsCache {
public:
  FactsCache(std::string directory, uint64_t maxBytes)
      : dir(std::move(directory)), maxBytes(maxBytes) {}

  // `slot` names the entry (one per compile command), `key` is everything
  // else the facts depend on. Both are contentHash strings. `inputs`, when
  // given, receives the paths of the files the entry was made of.
  std::optional<TranslationUnit> load(const std::string &slot, const std::string &key,
                                      FileHashes &hashes,
                                      std::vector<std::string> *inputs = nullptr);
  // Written to a temporary file and renamed, so readers (and concurrent
  // runs) see a whole entry or none. The first failure is kept for
  // warning() and later stores are not attempted.
  void store(const std::string &slot, const std::string &key,
             const std::vector<CacheInput> &inputs, const TranslationUnit &tu);
  // Removes the least recently used entries until the cache holds at most
  // maxBytes, and temporary files left by runs that were killed. Does
  // nothing when nothing was stored in this run.
  void trim();

  // The PCH of a shared preamble (docs/performance.md#the-shared-precompiled-preamble)
  // is kept beside the entries as `<key>.pch`: trimmed and cleaned like
  // one. `key` is a contentHash string.
  std::string pchPath(const std::string &key) const;
  // Before writing such a file: false (and warning() says why) when the
  // cache cannot be written. After writing it: pchWritten(), so that trim()
  // runs.
  bool prepareForWrite();
  void pchWritten();

  const std::string &directory() const { return dir; }
  // Why entries could not be written ("" when they could).
  std::string warning() const;

private:
  std::string entryPath(const std::string &slot) const;
  std::string pathFor(const std::string &name, llvm::StringRef suffix) const;
  bool prepareDirectory(); // under `mutex`

  const std::string dir;
  const uint64_t maxBytes;
  mutable std::mutex mutex;
  bool prepared = false;
  bool stored = false;
  std::string failure;
};

// Sets the file's time to now: recently used files of the cache are the
// last to go when it is trimmed. (Fails, changing nothing, when read-only.)
void markRecentlyUsed(const std::string &path);

// Removes the entries (and leftover temporary files) of the cache in
// `directory`, never any other file; the directory too when that leaves it
// empty. Returns the number of entries removed; on failure sets `error`.
size_t cleanCache(const std::string &directory, std::string &error);

} // namespace msglint::facts
