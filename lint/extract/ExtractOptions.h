#pragma once

#include "config/Config.h"

#include <string>
#include <vector>

namespace msglint::extract {

struct ExtractOptions {
  std::string root;                       // project root, absolute
  std::vector<std::string> generatedGlobs; // from config, root-relative
  std::vector<config::ApiDeclaration> apis; // declared in config
  std::string resourceDir;                // Clang's builtin headers
  bool skipSystemBodies = true; // off only to check that skipping changes nothing
};

} // namespace msglint::extract
