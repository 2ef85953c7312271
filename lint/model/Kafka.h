// librdkafka preset (docs/presets/kafka.md): the C API (rdkafka.h) and the
// C++ API (rdkafkacpp.h). Kafka topics carry events: producing is a
// publish site, subscribing or assigning is a subscribe site, and the
// function that polls the consumer is the entry point of what it polls.
#pragma once

#include "model/Preset.h"

#include <llvm/ADT/StringRef.h>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace clang {
class Decl;
class Expr;
class Stmt;
class VarDecl;
} // namespace clang

namespace msglint::model {

class KafkaPreset : public Preset {
public:
  const char *name() const override { return "kafka"; }
  std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const extract::NameResolver &names) override;

private:
  // What one function body subscribes to, found by reading it once.
  struct Subscriptions {
    // Topic lists (C partition lists, C++ vectors) held in local variables
    // and handed to subscribe/assign: the variable and the style.
    std::map<const clang::VarDecl *, std::string> lists;
    std::set<const clang::VarDecl *> filled; // lists elements are added to
    // Per consumer handle (null when unknown): every topic expression it
    // subscribes to or is assigned in this body.
    std::vector<std::pair<const clang::Decl *, const clang::Expr *>> topics;
  };
  const Subscriptions &subscriptionsAround(const clang::CallExpr &call,
                                           const clang::FunctionDecl &callee);

  std::optional<CallMatch> matchC(const clang::CallExpr &call, llvm::StringRef name,
                                  const clang::FunctionDecl &callee,
                                  const extract::NameResolver &names);
  std::optional<CallMatch> matchCpp(const clang::CallExpr &call,
                                    const clang::FunctionDecl &callee,
                                    const extract::NameResolver &names);
  std::optional<CallMatch> subscription(const clang::CallExpr &call,
                                        const clang::FunctionDecl &callee,
                                        const extract::NameResolver &names);
  // The legacy consumer's poll of one topic handle.
  static std::optional<CallMatch> handleEntry(const clang::Expr *handle,
                                              const extract::NameResolver &names);
  // The entry of the one topic `consumer` subscribes to around `call`.
  std::optional<CallMatch> pollEntry(const clang::CallExpr &call,
                                     const clang::FunctionDecl &callee,
                                     const clang::Expr *consumer,
                                     const extract::NameResolver &names);

  std::map<const clang::Stmt *, Subscriptions> cache; // by function body
};

} // namespace msglint::model
