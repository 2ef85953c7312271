// How extract turns a compile command into a Clang invocation: the
// arguments, and the file system it reads.
#pragma once

#include "extract/ExtractOptions.h"

#include <clang/Tooling/CompilationDatabase.h>
#include <llvm/ADT/IntrusiveRefCntPtr.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <map>
#include <string>
#include <vector>

namespace msglint::extract {

// The command's arguments for a parse only: no output, no dependency file,
// Clang's own headers, other compilers' flags tolerated, no error count.
std::vector<std::string> commandLine(const clang::tooling::CompileCommand &command,
                                     const ExtractOptions &options);

// `disk`, with `files` (absolute path -> text) laid over it: an editor's
// unsaved buffers, a synthetic header.
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
withFilesOverlaid(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> disk,
                  const std::map<std::string, std::string> &files);

} // namespace msglint::extract
