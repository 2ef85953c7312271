// MQTT preset for the Eclipse Paho C++ client (docs/presets/mqtt.md):
// mqtt::async_client, mqtt::client and mqtt::topic. MQTT topics carry
// events: publish is a publish site, subscribe a subscribe site; the
// message callback (or callback object) registered on a client, and the
// function that loops on consume_message(), handle what the client
// subscribed to in that same function.
#pragma once

#include "model/Preset.h"

#include <map>
#include <utility>
#include <vector>

namespace clang {
class Decl;
class Expr;
class Stmt;
} // namespace clang

namespace msglint::model {

class MqttPreset : public Preset {
public:
  const char *name() const override { return "mqtt"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;

private:
  // Per client handle (null when unknown), the topic filters a function
  // body subscribes to, found by reading the body once.
  using Subscriptions = std::vector<std::pair<const clang::Decl *, const clang::Expr *>>;
  const Subscriptions &subscriptionsAround(const clang::CallExpr &call,
                                           const clang::FunctionDecl &callee);
  // The one topic `client` subscribes to around `call`, if there is one.
  std::optional<std::string> onlyTopic(const clang::CallExpr &call,
                                       const clang::FunctionDecl &callee,
                                       const clang::Expr *client,
                                       const extract::NameResolver &names);

  std::map<const clang::Stmt *, Subscriptions> cache; // by function body
};

} // namespace msglint::model
