// cpp-httplib preset (docs/presets/httplib.md): the requests of an
// `httplib::Client` (also `ClientImpl`, `SSLClient`) are sync calls of the
// endpoint `HOST[:PORT]/METHOD PATH`, the host read from where the client
// was constructed, the path from the call's first argument.
#pragma once

#include "model/Preset.h"

namespace msglint::model {

class HttplibPreset : public Preset {
public:
  const char *name() const override { return "httplib"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;
};

} // namespace msglint::model
