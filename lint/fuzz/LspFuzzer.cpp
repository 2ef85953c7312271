// libFuzzer target: a client's byte stream through the language server:
// framing (readFrame), JSON, and each method's handling of its parameters.
// The server runs with analysis off (ServerOptions::analyse), so it never
// loads a workspace: what is fuzzed is what it does with the messages.
#include "lsp/Server.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
  std::ostringstream out;
  msglint::lsp::ServerOptions options;
  options.analyse = false;
  msglint::lsp::Server server(out, options);
  int code = server.run(in);
  if (code != 0 && code != 1) // the only exit codes LSP knows
    __builtin_trap();
  return 0;
}
