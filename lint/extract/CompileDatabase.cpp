#include "extract/CompileDatabase.h"

#include "extract/FileClassifier.h"

#include <clang/Tooling/JSONCompilationDatabase.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/JSON.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>

#include <algorithm>

namespace msglint::extract {
namespace {

// A compile database is an array of objects of strings and arrays: three
// levels. llvm::json, and the YAML parser behind JSONCompilationDatabase,
// recurse once per level, so a file nested 100,000 deep would overflow the
// stack; it is refused first, by a scan that does not recurse.
constexpr size_t kMaxNesting = 64;

size_t nestingDepth(llvm::StringRef text) {
  size_t depth = 0, deepest = 0;
  bool inString = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

} // namespace

std::unique_ptr<CompileDatabase> loadCompileDatabase(const std::string &buildDir,
                                                     std::string &error) {
  llvm::SmallString<256> path(buildDir);
  llvm::sys::path::append(path, "compile_commands.json");
  auto result = std::make_unique<CompileDatabase>();
  result->path = std::string(path);
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    error = result->path + ": " + buffer.getError().message() +
            " (generate it with CMAKE_EXPORT_COMPILE_COMMANDS=ON or bear)";
    return nullptr;
  }
  if (size_t depth = nestingDepth((*buffer)->getBuffer()); depth > kMaxNesting) {
    error = result->path + ": nested " + std::to_string(depth) +
            " levels deep: expected a JSON array of compile commands";
    return nullptr;
  }
  // Check the shape first: LLVM's own loader says little about what is wrong.
  llvm::Expected<llvm::json::Value> json = llvm::json::parse((*buffer)->getBuffer());
  if (!json) {
    error = result->path + ": malformed JSON: " + llvm::toString(json.takeError());
    return nullptr;
  }
  const llvm::json::Array *entries = json->getAsArray();
  if (!entries) {
    error = result->path + ": expected a JSON array of compile commands";
    return nullptr;
  }
  if (entries->empty()) {
    error = result->path + ": contains no compile commands";
    return nullptr;
  }
  for (size_t i = 0; i < entries->size(); ++i) {
    const llvm::json::Object *entry = (*entries)[i].getAsObject();
    std::string where = result->path + ": entry " + std::to_string(i + 1);
    if (!entry) {
      error = where + ": expected an object";
      return nullptr;
    }
    if (!entry->getString("directory")) {
      error = where + ": missing \"directory\"";
      return nullptr;
    }
    if (!entry->getString("file")) {
      error = where + ": missing \"file\"";
      return nullptr;
    }
    if (!entry->getString("command") && !entry->getArray("arguments")) {
      error = where + ": needs \"command\" or \"arguments\"";
      return nullptr;
    }
  }
  std::string loadError;
  result->db = clang::tooling::JSONCompilationDatabase::loadFromBuffer(
      (*buffer)->getBuffer(), loadError,
      clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!result->db) {
    error = result->path + ": " + loadError;
    return nullptr;
  }
  for (clang::tooling::CompileCommand command : result->db->getAllCompileCommands()) {
    // A relative "directory" is taken from the build directory, not from
    // wherever msglint was started: the database then means one thing.
    command.Directory = normalisePath(command.Directory, buildDir);
    command.Filename = normalisePath(command.Filename, command.Directory);
    result->commands.push_back(std::move(command));
  }
  return result;
}

} // namespace msglint::extract
