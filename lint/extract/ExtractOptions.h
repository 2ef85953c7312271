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
  bool skipSystemBodies = true; // off only to check that skipping changes nothing
  // Absolute path -> text to parse instead of the file on disk (an
  // editor's unsaved buffers, for `msglint lsp`).
  std::map<std::string, std::string> unsavedFiles;
};

} // namespace msglint::extract
