#include "cli/FactsFiles.h"

#include "cli/Pipeline.h"
#include "extract/FileClassifier.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <algorithm>

namespace msglint::cli {

std::vector<std::string> factsFiles(const std::vector<std::string> &inputs) {
  std::vector<std::string> files;
  for (const std::string &input : inputs) {
    std::string path = extract::normalisePath(input);
    if (llvm::sys::fs::is_regular_file(path)) {
      files.push_back(path);
      continue;
    }
    if (!llvm::sys::fs::is_directory(path))
      throw UsageError(input + ": no such file or directory");
    size_t before = files.size();
    std::error_code ec;
    for (llvm::sys::fs::recursive_directory_iterator it(path, ec), end; it != end && !ec;
         it.increment(ec))
      if (llvm::sys::path::extension(it->path()) == ".json" &&
          llvm::sys::fs::is_regular_file(it->path()))
        files.push_back(it->path());
    if (ec)
      throw UsageError(input + ": " + ec.message());
    if (files.size() == before)
      throw UsageError(input + ": holds no facts files (*.json)");
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  if (files.empty())
    throw UsageError("link: give facts files, or folders of them");
  return files;
}

} // namespace msglint::cli
