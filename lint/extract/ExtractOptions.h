#pragma once

#include "config/Config.h"

#include <map>
#include <string>
#include <vector>

namespace msglint::extract {

struct ExtractOptions {
  std::string root;                       // project root, absolute
  std::vector<std::string> generatedGlobs; // from config, root-relative
  std::vector<config::ApiDeclaration> apis; // declared in config
  std::string resourceDir;                // Clang's builtin headers
  // Skip what provably holds no site: function bodies in system and
  // generated headers, and generated TUs. Off only to check that skipping
  // changes no fact (`extract --parse-all-bodies`).
  bool skipUnneeded = true;
  // Absolute path -> text to parse instead of the file on disk (an
  // editor's unsaved buffers, for `msglint lsp`).
  std::map<std::string, std::string> unsavedFiles;
};

} // namespace msglint::extract
