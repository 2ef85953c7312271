// One TU's analysis must never take the run down (issue 8): it runs under
// LLVM's CrashRecoveryContext, as libclang and clangd run Clang, so that a
// crash in it (a signal, an abort or a failed assertion, an LLVM fatal
// error, an escaped exception) fails that TU alone.
#pragma once

#include <llvm/ADT/STLFunctionalExtras.h>
#include <llvm/ADT/StringRef.h>

#include <optional>
#include <string>

namespace msglint::extract {

// Runs `work` on a thread of its own with a 256 MiB stack (on this thread
// when the system refuses one); returns why it failed, or nothing when it
// completed. What `work` had built when it
// crashed is leaked, never freed half-made.
std::optional<std::string> runIsolated(llvm::function_ref<void()> work);

// The test hook of docs/testing.md: when MSGLINT_DEBUG_CRASH_ON is
// BASENAME[:HOW], crashes on purpose while analysing the TU whose main file
// has that name (HOW: segv, the default; abort, what a failed assert does;
// fatal, an LLVM fatal error; throw, an escaped C++ exception).
void crashIfAsked(llvm::StringRef mainFile);

} // namespace msglint::extract
