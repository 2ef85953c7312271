// libFuzzer target: event names through classifyName, which reads every
// channel name of a scan (the naming rules, rules/EventNames.cpp).
#include "naming/Classifier.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace msglint::naming;
  const std::string_view name(reinterpret_cast<const char *>(data), size);
  NameReading reading = classifyName(name);
  // The same name is always read the same way (output is deterministic).
  NameReading again = classifyName(name);
  if (again.kind != reading.kind || again.reason != reading.reason || again.suggestion != reading.suggestion)
    __builtin_trap();
  return 0;
}
