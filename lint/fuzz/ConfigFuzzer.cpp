// libFuzzer target: `.msglint.yaml` text through parseConfig, the parser
// every msglint command and the clang-tidy module run on a project's config.
#include "config/Config.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const std::string text(reinterpret_cast<const char *>(data), size);
  const std::string path = "fuzz/.msglint.yaml";
  std::string error;
  auto config = msglint::config::parseConfig(text, path, error);
  // A refusal must say where: "path:line:col: problem" (Config.h).
  if (!config && error.compare(0, path.size(), path) != 0)
    __builtin_trap();
  return 0;
}
