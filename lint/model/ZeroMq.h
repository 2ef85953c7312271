// ZeroMQ preset for the libzmq C API (libzmq3-dev, <zmq.h>;
// docs/presets/zeromq.md). A socket's pattern comes from the
// zmq_socket(ctx, ZMQ_...) that made it and its address from a
// zmq_bind/zmq_connect on the same variable: PUB/SUB carry events,
// PUSH/PULL jobs, REQ/REP direct calls.
#pragma once

#include "model/Preset.h"

namespace msglint::model {

class ZeroMqPreset : public Preset {
public:
  const char *name() const override { return "zeromq"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;
};

} // namespace msglint::model
