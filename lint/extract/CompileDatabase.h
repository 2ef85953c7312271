// Loading `compile_commands.json` with one clear error for each way it can
// be wrong.
#pragma once

#include <clang/Tooling/CompilationDatabase.h>

#include <memory>
#include <string>
#include <vector>

namespace msglint::extract {

struct CompileDatabase {
  std::string path; // the compile_commands.json file
  std::unique_ptr<clang::tooling::CompilationDatabase> db;
  std::vector<clang::tooling::CompileCommand> commands; // file paths absolute
};

// `buildDir` holds compile_commands.json. On error returns nullptr and sets
// `error` to "path: problem".
std::unique_ptr<CompileDatabase> loadCompileDatabase(const std::string &buildDir,
                                                     std::string &error);

} // namespace msglint::extract
