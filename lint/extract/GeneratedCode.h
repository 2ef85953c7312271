// Generated code (protoc, grpc_cpp_plugin, thrift output) is the library,
// not the project: it is nobody's service and holds no sites.
#pragma once

#include <llvm/ADT/StringRef.h>

#include <string>
#include <vector>


namespace msglint::extract {

// By the generators' naming conventions and folders.
bool isGeneratedPath(llvm::StringRef path);

// By the banner generators write at the top of the file.
bool hasGeneratorMarker(llvm::StringRef contents);

// Both, plus the config's `generated` globs (relative to `root`), for the
// file at absolute path `path` whose text starts with `head`.
bool isGeneratedFile(llvm::StringRef path, llvm::StringRef head, llvm::StringRef root,
                     const std::vector<std::string> &generatedGlobs);

} // namespace msglint::extract
