// `msglint lsp`: a language server over stdin/stdout (LSP 3.17), beside
// clangd (docs/editors.md). It loads the project's graph when the editor
// starts it, re-analyses a translation unit from the editor's unsaved text
// when it changes (debounced: typing does not queue one analysis per
// keystroke, and only that TU is parsed again), relinks the whole graph, and
// publishes the findings of every open file whose findings changed,
// cross-service ones included.
#pragma once

#include <istream>
#include <memory>
#include <ostream>
#include <string>

namespace msglint::lsp {

struct ServerOptions {
  std::string compileCommandsDir; // empty: the workspace root, or its build/
  unsigned debounceMs = 300;      // quiet time after an edit before analysing
  unsigned jobs = 0;              // for the first, whole analysis; 0: one per core
  bool verbose = false;           // log each TU parsed to stderr
  // false: speak the protocol only, never load or parse the workspace (the
  // LSP fuzz target, lint/fuzz/, drives the server this way).
  bool analyse = true;
};

class Server {
public:
  Server(std::ostream &out, ServerOptions options);
  ~Server();
  // Serves until `exit` or the end of input; the exit code LSP asks for:
  // 0 after a shutdown request, 1 otherwise.
  int run(std::istream &in);

private:
  struct State;
  std::unique_ptr<State> state;
};

} // namespace msglint::lsp
