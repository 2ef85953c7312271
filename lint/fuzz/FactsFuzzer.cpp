// libFuzzer target: facts JSON (docs/facts-format.md) through readFactsJson,
// which reads `msglint extract` output and every facts cache entry.
#include "facts/FactsJson.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace msglint::facts;
  std::string error;
  auto tu = readFactsJson(std::string_view(reinterpret_cast<const char *>(data), size), error);
  if (!tu) {
    if (error.empty()) // a refusal always says why
      __builtin_trap();
    return 0;
  }
  // What was accepted must survive the cache's round trip unchanged:
  // writing it and reading that back gives the same facts.
  const std::string written = writeFactsJson(*tu);
  auto again = readFactsJson(written, error);
  if (!again || writeFactsJson(*again) != written)
    __builtin_trap();
  return 0;
}
