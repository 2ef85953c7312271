// Redis preset for hiredis (docs/presets/redis.md): `hiredis/hiredis.h`
// and `hiredis/async.h`. The command is read from the format string (or
// the argv array) of redisCommand and its siblings: PUBLISH/SUBSCRIBE
// are events on channels, LPUSH/RPUSH and the pops are jobs on lists,
// XADD/XREADGROUP are events on streams (model/RedisCommand.h).
#pragma once

#include "model/Preset.h"

namespace msglint::model {

class RedisPreset : public Preset {
public:
  const char *name() const override { return "redis"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;
};

} // namespace msglint::model
