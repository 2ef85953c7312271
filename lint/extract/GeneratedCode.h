// Generated code (protoc, grpc_cpp_plugin, thrift output) is the library,
// not the project: it is nobody's service and holds no sites.
#pragma once

#include <llvm/ADT/StringRef.h>


namespace msglint::extract {

// By the generators' naming conventions and folders.
bool isGeneratedPath(llvm::StringRef path);

// By the banner generators write at the top of the file.
bool hasGeneratorMarker(llvm::StringRef contents);

} // namespace msglint::extract
