#include "facts/ContentHash.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/xxhash.h>

namespace msglint::facts {

std::string contentHash(llvm::StringRef bytes) {
  llvm::XXH128_hash_t h = llvm::xxh3_128bits(llvm::arrayRefFromStringRef(bytes));
  return llvm::utohexstr(h.high64, /*LowerCase=*/true, 16) +
         llvm::utohexstr(h.low64, /*LowerCase=*/true, 16);
}

std::string FileHashes::of(const std::string &path) {
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = known.find(path); it != known.end())
      return it->second;
  }
  std::string hash;
  if (auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/false))
    hash = contentHash((*buffer)->getBuffer());
  std::lock_guard<std::mutex> lock(mutex);
  known.emplace(path, hash);
  return hash;
}

} // namespace msglint::facts
