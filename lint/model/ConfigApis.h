// The APIs `.msglint.yaml` declares (docs/configuration.md#apis): the same
// facts an annotation gives, for code the user cannot edit. A site's style
// is the declaration's function or class name, so link can tell which
// declarations matched nothing.
#pragma once

#include "config/Config.h"
#include "model/DeclaredApi.h"
#include "model/Preset.h"

#include <map>

namespace msglint::model {

class ConfigApisPreset : public Preset {
public:
  explicit ConfigApisPreset(const std::vector<config::ApiDeclaration> &apis);
  const char *name() const override { return "config"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;

private:
  struct Declared {
    std::string qualifiedName;
    DeclaredApi api;
  };
  // By unqualified name, so most calls are turned down without building
  // a qualified name.
  std::multimap<std::string, Declared> functions;
  std::map<std::string, std::string> syncClients; // class -> service
};

} // namespace msglint::model
