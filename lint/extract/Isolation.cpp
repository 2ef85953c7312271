#include "extract/Isolation.h"

#include <clang/Basic/Stack.h>
#include <llvm/Support/CrashRecoveryContext.h>
#include <llvm/Support/ErrorHandling.h>
#include <llvm/Support/Path.h>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <mutex>

#include <pthread.h>
#include <stdexcept>

namespace msglint::extract {
namespace {

// Clang's own recursion (templates, nested expressions) is bounded by
// -ftemplate-depth and -fbracket-depth, and it moves to a fresh thread when
// its stack runs low (clang::runWithSufficientStackSpace); msglint's AST
// walks are not, so each TU gets the room a deep generated file needs.
constexpr unsigned kStackBytes = 256u << 20;

std::string crashReason(int retCode) {
  // CrashRecoveryContext reports a signal as 128 + its number, and an exit
  // (an LLVM fatal error, which printed "LLVM ERROR: ..." first) as its code.
  if (retCode > 128 && retCode < 128 + NSIG)
    return "msglint crashed (" + std::string(strsignal(retCode - 128)) +
           "): a bug in msglint, please report it with this file";
  return "msglint stopped on a fatal error (exit code " + std::to_string(retCode) +
         "): a bug in msglint, please report it with this file";
}

// Runs `fn` on a new thread with kStackBytes of stack, or on this one when
// the system refuses such a thread (a limit on the address space):
// llvm::CrashRecoveryContext::RunSafelyOnThread would stop the process.
void onLargeStack(llvm::function_ref<void()> fn) {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, kStackBytes);
  pthread_t thread;
  auto entry = [](void *call) -> void * {
    (*static_cast<llvm::function_ref<void()> *>(call))();
    return nullptr;
  };
  bool started = pthread_create(&thread, &attributes, entry, &fn) == 0;
  pthread_attr_destroy(&attributes);
  if (started)
    pthread_join(thread, nullptr);
  else
    fn();
}

} // namespace

std::optional<std::string> runIsolated(llvm::function_ref<void()> work) {
  static std::once_flag enabled;
  std::call_once(enabled, [] { llvm::CrashRecoveryContext::Enable(); });
  std::optional<std::string> failure;
  onLargeStack([&] {
    clang::noteBottomOfStack(); // where Clang measures its stack from
    llvm::CrashRecoveryContext context;
    bool completed = context.RunSafely([&] {
      try {
        work();
      } catch (const std::exception &e) {
        failure = std::string("internal error: ") + e.what();
      } catch (...) {
        failure = "internal error: an unknown exception";
      }
    });
    if (!completed)
      failure = crashReason(context.RetCode);
  });
  return failure;
}

void crashIfAsked(llvm::StringRef mainFile) {
  const char *wanted = std::getenv("MSGLINT_DEBUG_CRASH_ON");
  if (!wanted || !*wanted)
    return;
  auto [name, how] = llvm::StringRef(wanted).split(':');
  if (llvm::sys::path::filename(mainFile) != name)
    return;
  if (how == "abort")
    std::abort();
  if (how == "fatal")
    llvm::report_fatal_error("MSGLINT_DEBUG_CRASH_ON asked for a fatal error");
  if (how == "throw")
    throw std::runtime_error("MSGLINT_DEBUG_CRASH_ON asked for an exception");
  std::raise(SIGSEGV);
}

} // namespace msglint::extract
