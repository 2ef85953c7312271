// The annotations preset (docs/annotations.md): functions and classes
// marked with msglint/annotations.h say themselves what they do.
#pragma once

#include "model/Preset.h"

namespace msglint::model {

class AnnotationsPreset : public Preset {
public:
  const char *name() const override { return "annotations"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;
};

} // namespace msglint::model
