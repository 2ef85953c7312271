// Apache Thrift C++ preset (docs/presets/thrift.md): the generated
// `<Service>Client` / `<Service>ConcurrentClient` classes (and their
// `templates` forms `...ClientT<Protocol>`) are sync clients; a class
// implementing the generated `<Service>If` is a server handler. Recognised
// from the declarations the Thrift compiler generates: the interface
// `XIf` is only taken for Thrift's when the same namespace holds the
// `XIfFactory` whose `getHandler` returns an `XIf*`.
#pragma once

#include "model/Preset.h"

#include <map>

namespace clang {
class CXXRecordDecl;
} // namespace clang

namespace msglint::model {

class ThriftPreset : public Preset {
public:
  const char *name() const override { return "thrift"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;
  std::optional<EntryMatch> matchEntry(const clang::CXXMethodDecl &method) override;

private:
  // "ns.Service" when `record` is a generated `ServiceIf`.
  const std::string *serviceOfInterface(const clang::CXXRecordDecl *record);
  // The generated interface a generated client/Null/Multiface class
  // implements, when `record` is one (`kind` receives its suffix).
  const clang::CXXRecordDecl *generatedImplementation(const clang::CXXRecordDecl *record,
                                                     std::string *kind);
  // The endpoint ("ns.Service/method") `method` implements, walking the
  // methods it overrides up to a pure virtual of a generated interface.
  std::optional<std::string> endpointOf(const clang::CXXMethodDecl &method);

  std::map<const clang::CXXRecordDecl *, std::optional<std::string>> interfaces;
};

} // namespace msglint::model
