#include "facts/FactsCache.h"

#include "facts/FactsJson.h"

#include <llvm/Support/Chrono.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Process.h>
#include <llvm/Support/raw_ostream.h>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace msglint::facts {
namespace {

using nlohmann::json;

// Bump when the entry layout changes (the facts inside carry their own
// version, which readFactsJson checks).
constexpr int kCacheVersion = 1;
constexpr llvm::StringLiteral kEntrySuffix = ".entry";
constexpr llvm::StringLiteral kPchSuffix = ".pch";
constexpr llvm::StringLiteral kTagName = "CACHEDIR.TAG";

bool isHex32(llvm::StringRef s) {
  return s.size() == 32 && s.find_first_not_of("0123456789abcdef") == llvm::StringRef::npos;
}

// An entry is `<slot>.entry`, a shared preamble's PCH `<key>.pch`; a
// write in progress `<name>.tmp-...`.
bool isCacheFile(llvm::StringRef name) {
  size_t dot = name.find('.');
  if (dot == llvm::StringRef::npos || !isHex32(name.take_front(dot)))
    return false;
  llvm::StringRef rest = name.drop_front(dot);
  for (llvm::StringRef suffix : {kEntrySuffix, kPchSuffix})
    if (rest == suffix || rest.starts_with((suffix + ".tmp-").str()))
      return true;
  return false;
}

bool isWhole(llvm::StringRef name) {
  return name.ends_with(kEntrySuffix) || name.ends_with(kPchSuffix);
}

std::string header(const std::string &key, const std::vector<CacheInput> &inputs) {
  json files = json::array();
  for (const CacheInput &input : inputs)
    files.push_back({input.path, input.hash});
  json j = {{"format", "msglint-cache"}, {"version", kCacheVersion}, {"key", key},
            {"inputs", files}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

// True when the header was written under `key` and every input is unchanged;
// then `paths` (when given) receives the inputs' paths. Whatever else is
// there (a field of the wrong type) is no current entry.
bool current(llvm::StringRef headerLine, const std::string &key, FileHashes &hashes,
             std::vector<std::string> *paths) try {
  json j = json::parse(headerLine, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || j.value("format", "") != "msglint-cache" ||
      j.value("version", json()) != kCacheVersion || j.value("key", "") != key)
    return false;
  const json *inputs = j.contains("inputs") ? &j["inputs"] : nullptr;
  if (!inputs || !inputs->is_array() || inputs->empty())
    return false;
  for (const json &input : *inputs) {
    if (!input.is_array() || input.size() != 2 || !input[0].is_string() || !input[1].is_string())
      return false;
    std::string hash = hashes.of(input[0].get<std::string>());
    if (hash.empty() || hash != input[1].get<std::string>())
      return false;
  }
  if (paths)
    for (const json &input : *inputs)
      paths->push_back(input[0].get<std::string>());
  return true;
} catch (const json::exception &) {
  return false;
}

} // namespace

std::string FactsCache::pathFor(const std::string &name, llvm::StringRef suffix) const {
  llvm::SmallString<256> path(dir);
  llvm::sys::path::append(path, name + suffix.str());
  return std::string(path);
}

std::string FactsCache::entryPath(const std::string &slot) const {
  return pathFor(slot, kEntrySuffix);
}

std::string FactsCache::pchPath(const std::string &key) const { return pathFor(key, kPchSuffix); }

bool FactsCache::prepareForWrite() {
  std::lock_guard<std::mutex> lock(mutex);
  return prepareDirectory();
}

void FactsCache::pchWritten() {
  std::lock_guard<std::mutex> lock(mutex);
  stored = true;
}

std::optional<TranslationUnit> FactsCache::load(const std::string &slot, const std::string &key,
                                                FileHashes &hashes,
                                                std::vector<std::string> *inputs) {
  std::string path = entryPath(slot);
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return std::nullopt;
  llvm::StringRef text = (*buffer)->getBuffer();
  auto [headerLine, factsText] = text.split('\n');
  std::vector<std::string> paths;
  if (!current(headerLine, key, hashes, &paths))
    return std::nullopt;
  std::string error;
  std::optional<TranslationUnit> tu = readFactsJson(factsText, error);
  if (!tu)
    return std::nullopt;
  if (inputs)
    *inputs = std::move(paths);
  markRecentlyUsed(path);
  return tu;
}

bool FactsCache::prepareDirectory() {
  if (prepared)
    return failure.empty();
  prepared = true;
  if (std::error_code ec = llvm::sys::fs::create_directories(dir)) {
    failure = "cannot create the cache directory " + dir + ": " + ec.message();
    return false;
  }
  // The standard mark (bford.info/cachedir) that tells backup tools to skip it.
  llvm::SmallString<256> tag(dir);
  llvm::sys::path::append(tag, kTagName);
  if (!llvm::sys::fs::exists(tag)) {
    std::error_code ec;
    llvm::raw_fd_ostream out(tag, ec);
    if (!ec)
      out << "Signature: 8a477f597d28d172789f06886806bc55\n"
             "# This directory is msglint's facts cache; `msglint cache clean` empties it.\n";
  }
  return true;
}

void FactsCache::store(const std::string &slot, const std::string &key,
                       const std::vector<CacheInput> &inputs, const TranslationUnit &tu) {
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (!prepareDirectory())
      return;
  }
  std::string path = entryPath(slot);
  llvm::SmallString<256> temp;
  int fd = -1;
  if (std::error_code ec = llvm::sys::fs::createUniqueFile(path + ".tmp-%%%%%%", fd, temp)) {
    std::lock_guard<std::mutex> lock(mutex);
    if (failure.empty())
      failure = "cannot write the cache in " + dir + ": " + ec.message();
    return;
  }
  std::string error;
  {
    llvm::raw_fd_ostream out(fd, /*shouldClose=*/true);
    out << header(key, inputs) << writeFactsJson(tu);
    out.close();
    if (out.has_error()) {
      error = out.error().message();
      out.clear_error();
    }
  }
  if (error.empty())
    if (std::error_code ec = llvm::sys::fs::rename(temp, path))
      error = ec.message();
  std::lock_guard<std::mutex> lock(mutex);
  if (!error.empty()) {
    llvm::sys::fs::remove(temp);
    if (failure.empty())
      failure = "cannot write the cache in " + dir + ": " + error;
    return;
  }
  stored = true;
}

void FactsCache::trim() {
  if (!stored)
    return;
  struct Entry {
    std::string path;
    uint64_t size;
    llvm::sys::TimePoint<> used;
  };
  std::vector<Entry> entries;
  uint64_t total = 0;
  std::error_code ec;
  // A temporary file an hour old is a write whose run was killed.
  const auto abandoned = std::chrono::system_clock::now() - std::chrono::hours(1);
  for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    llvm::StringRef name = llvm::sys::path::filename(it->path());
    llvm::sys::fs::file_status status;
    if (!isCacheFile(name) || llvm::sys::fs::status(it->path(), status))
      continue;
    if (!isWhole(name)) {
      if (status.getLastModificationTime() < abandoned)
        llvm::sys::fs::remove(it->path());
      continue;
    }
    entries.push_back({it->path(), status.getSize(), status.getLastModificationTime()});
    total += status.getSize();
  }
  if (total <= maxBytes)
    return;
  std::sort(entries.begin(), entries.end(),
            [](const Entry &a, const Entry &b) { return a.used < b.used; });
  for (const Entry &e : entries) {
    if (total <= maxBytes)
      break;
    if (!llvm::sys::fs::remove(e.path))
      total -= e.size;
  }
}

std::string FactsCache::warning() const {
  std::lock_guard<std::mutex> lock(mutex);
  return failure;
}

void markRecentlyUsed(const std::string &path) {
  int fd = -1;
  if (!llvm::sys::fs::openFileForRead(path, fd)) {
    llvm::sys::fs::setLastAccessAndModificationTime(fd, std::chrono::system_clock::now());
    llvm::sys::Process::SafelyCloseFileDescriptor(fd);
  }
}

size_t cleanCache(const std::string &directory, std::string &error) {
  if (!llvm::sys::fs::exists(directory))
    return 0;
  if (!llvm::sys::fs::is_directory(directory)) {
    error = directory + ": not a directory";
    return 0;
  }
  size_t removed = 0;
  bool other = false;
  std::error_code ec;
  for (llvm::sys::fs::directory_iterator it(directory, ec), end; it != end && !ec;
       it.increment(ec)) {
    llvm::StringRef name = llvm::sys::path::filename(it->path());
    if (name == kTagName)
      continue;
    if (!isCacheFile(name)) {
      other = true; // not ours: left alone
      continue;
    }
    if (std::error_code rm = llvm::sys::fs::remove(it->path())) {
      error = it->path() + ": " + rm.message();
      return removed;
    }
    if (name.ends_with(kEntrySuffix))
      ++removed;
  }
  if (ec) {
    error = directory + ": " + ec.message();
    return removed;
  }
  if (!other) {
    llvm::SmallString<256> tag(directory);
    llvm::sys::path::append(tag, kTagName);
    llvm::sys::fs::remove(tag);
    llvm::sys::fs::remove(directory);
  }
  return removed;
}

} // namespace msglint::facts
