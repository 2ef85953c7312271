#include "extract/FileClassifier.h"

#include "extract/GeneratedCode.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace msglint::extract {

std::string normalisePath(llvm::StringRef path, llvm::StringRef cwd) {
  llvm::SmallString<256> out(path);
  if (!llvm::sys::path::is_absolute(out)) {
    if (!cwd.empty())
      llvm::sys::fs::make_absolute(cwd, out);
    else
      llvm::sys::fs::make_absolute(out);
  }
  llvm::sys::path::remove_dots(out, /*remove_dot_dot=*/true);
  return std::string(out);
}

std::string normalisePath(const clang::FileEntryRef &entry, const clang::SourceManager &sm) {
  llvm::SmallString<256> out(entry.getName());
  sm.getFileManager().makeAbsolutePath(out);
  return normalisePath(out);
}

std::string FileClassifier::path(clang::SourceLocation loc) {
  clang::FileID file = sm.getFileID(sm.getFileLoc(loc));
  if (auto entry = sm.getFileEntryRefForID(file))
    return normalisePath(*entry, sm);
  return "";
}

bool FileClassifier::ignored(clang::SourceLocation loc) {
  if (loc.isInvalid())
    return true;
  loc = sm.getFileLoc(loc);
  if (sm.isInSystemHeader(loc))
    return true;
  clang::FileID file = sm.getFileID(loc);
  auto [it, inserted] = ignoredFiles.try_emplace(file, false);
  if (inserted)
    it->second = classify(file);
  return it->second;
}

bool FileClassifier::classify(clang::FileID file) {
  auto entry = sm.getFileEntryRefForID(file);
  if (!entry)
    return true; // <built-in>, <command line>, scratch space
  std::optional<llvm::StringRef> buffer = sm.getBufferDataOrNone(file);
  return isGeneratedFile(normalisePath(*entry, sm), buffer.value_or(""), options.root,
                         options.generatedGlobs);
}

} // namespace msglint::extract
