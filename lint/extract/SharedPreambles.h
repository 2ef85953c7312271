// The shared precompiled preamble (docs/performance.md#the-shared-precompiled-preamble):
// TUs with the same flags that open with the same `#include <...>` lines
// are parsed with one PCH of those headers, built once, by whichever
// thread needs it first, and kept in the facts cache.
#pragma once

#include "extract/CachedExtraction.h"
#include "extract/ExtractOptions.h"
#include "extract/PrecompiledPreamble.h"

#include <clang/Tooling/CompilationDatabase.h>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace msglint::extract {

struct SharedPreamble {
  std::string pch; // the PCH file, in the cache
  PreambleHeader header;
};

class SharedPreambles {
public:
  SharedPreambles(CachedExtraction &cached, const ExtractOptions &options);
  ~SharedPreambles();

  // Before the parses: the commands that will be parsed in this run. A PCH
  // is built only for an include list that at least two of them share.
  void plan(const std::vector<const clang::tooling::CompileCommand *> &toParse);
  // The preamble to parse `command` with (one of the planned), or nullptr.
  // Blocks while another thread builds it.
  const SharedPreamble *forCommand(const clang::tooling::CompileCommand &command);
  // The parse could not load it (a system header changed since it was
  // built): it is removed, and built again once for the TUs still to come.
  void rejected(const SharedPreamble &preamble);

  size_t built() const { return pchsBuilt; } // in this run

private:
  struct Group;
  bool build(Group &group);

  CachedExtraction &cached;
  const ExtractOptions &options;
  std::map<const clang::tooling::CompileCommand *, Group *> groupOfCommand;
  std::map<std::string, std::unique_ptr<Group>> groups; // by PCH path
  std::atomic<size_t> pchsBuilt{0};
};

} // namespace msglint::extract
