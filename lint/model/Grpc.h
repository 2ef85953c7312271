// gRPC C++ preset (docs/presets/grpc.md): generated Stub/StubInterface
// clients (sync, async, callback APIs) and Service/CallbackService/
// AsyncService servers, recognised from the code protoc's grpc_cpp_plugin
// generates: every generated service class has a static
// `service_full_name()` and a nested `Service` listing its methods.
#pragma once

#include "model/Preset.h"

#include <map>
#include <set>

namespace clang {
class CXXRecordDecl;
class DeclContext;
} // namespace clang

namespace msglint::model {

class GrpcPreset : public Preset {
public:
  const char *name() const override { return "grpc"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;
  std::optional<EntryMatch> matchEntry(const clang::CXXMethodDecl &method) override;
  bool setsDeadline(const clang::FunctionDecl &callee) override;
  bool propagatesDeadline(const clang::FunctionDecl &callee) override;

private:
  struct GeneratedService {
    std::string fullName;          // "pkg.Service"
    std::set<std::string> methods; // RPC names
  };
  // The generated service class enclosing `dc`, if any.
  const GeneratedService *enclosingService(const clang::DeclContext *dc);
  // Maps a generated method name (Charge, AsyncCharge, RequestCharge...)
  // to its RPC, given the prefixes that may precede it.
  static std::optional<std::string>
  rpcName(const GeneratedService &svc, const std::string &name,
          std::initializer_list<const char *> prefixes, std::string *prefix);

  std::map<const clang::CXXRecordDecl *, std::optional<GeneratedService>> cache;
};

} // namespace msglint::model
