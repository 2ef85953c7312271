// Content hashes for the facts cache: 128-bit xxh3, as 32 hex digits.
// Change detection, not security: nobody forges a header to fool a lint.
#pragma once

#include <llvm/ADT/StringRef.h>

#include <map>
#include <mutex>
#include <string>

namespace msglint::facts {

std::string contentHash(llvm::StringRef bytes);

// The hash of each file's content as it is on disk now, read once per run
// and shared by the threads that validate cache entries. "" for a file
// that cannot be read.
class FileHashes {
public:
  std::string of(const std::string &path);

private:
  std::mutex mutex;
  std::map<std::string, std::string> known;
};

} // namespace msglint::facts
