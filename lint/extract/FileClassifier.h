// Decides, per file, whether its code is the project's own: system headers
// and generated code are skipped by extract.
#pragma once

#include "extract/ExtractOptions.h"

#include <clang/Basic/SourceLocation.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/ADT/DenseMap.h>

#include <string>

namespace msglint::extract {

class FileClassifier {
public:
  FileClassifier(const clang::SourceManager &sm, const ExtractOptions &options)
      : sm(sm), options(options) {}

  // True for locations in system headers, generated files, or nowhere.
  bool ignored(clang::SourceLocation loc);
  // True for locations in system headers only.
  bool ignoredSystem(clang::SourceLocation loc) const {
    return loc.isValid() && sm.isInSystemHeader(sm.getFileLoc(loc));
  }
  // Absolute normalised path of the file holding `loc`.
  std::string path(clang::SourceLocation loc);

private:
  bool classify(clang::FileID file);

  const clang::SourceManager &sm;
  const ExtractOptions &options;
  llvm::DenseMap<clang::FileID, bool> ignoredFiles;
};

// Absolute, dot-free form of `path` (relative paths against `cwd`).
std::string normalisePath(llvm::StringRef path, llvm::StringRef cwd = "");
// The same for a file Clang opened: a relative name (`-c foo.cpp`, as bear
// records it) is relative to the compile command's directory, not to
// msglint's.
std::string normalisePath(const clang::FileEntryRef &entry, const clang::SourceManager &sm);

} // namespace msglint::extract
