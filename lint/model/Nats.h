// NATS C client preset (docs/presets/nats.md): libnats' `nats/nats.h`.
// Request/reply is a direct call on a subject; publish and subscribe are
// events on subjects; a queue subscription (a queue group sharing the
// subject's messages) works a job queue named by the subject. A
// synchronous subscription's `natsSubscription_NextMsg` loop makes its
// function the consumer.
#pragma once

#include "model/Preset.h"

namespace msglint::model {

class NatsPreset : public Preset {
public:
  const char *name() const override { return "nats"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;
};

} // namespace msglint::model
