// RabbitMQ preset for rabbitmq-c (librabbitmq-dev, <amqp.h>;
// docs/presets/rabbitmq.md). A publish to the default exchange enqueues a
// job on the queue named by the routing key; a publish to a named exchange
// publishes an event named by the exchange. amqp_queue_bind subscribes a
// queue to an exchange; amqp_basic_consume / amqp_basic_get work a queue,
// and the function that receives with amqp_consume_message is the worker
// (or the consumer of the exchange its queue is bound to).
#pragma once

#include "model/Preset.h"

namespace msglint::model {

class RabbitMqPreset : public Preset {
public:
  const char *name() const override { return "rabbitmq"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;
};

} // namespace msglint::model
