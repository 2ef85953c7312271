#include "model/Mqtt.h"

#include "extract/NameResolver.h"
#include "model/AstQueries.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMapContext.h>

namespace msglint::model {
namespace {

using namespace clang;
using extract::NameResolver;
using extract::ResolvedName;

constexpr int kMaxPeel = 16;

bool inMqtt(const Decl *decl) {
  const auto *ns = dyn_cast<NamespaceDecl>(decl->getDeclContext());
  return ns && ns->getName() == "mqtt" &&
         ns->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

bool isMqttClass(const CXXRecordDecl *record, std::initializer_list<llvm::StringRef> names) {
  if (!record || !record->getIdentifier() || !inMqtt(record))
    return false;
  for (llvm::StringRef name : names)
    if (record->getName() == name)
      return true;
  return false;
}

bool isClient(const CXXRecordDecl *record) {
  return isMqttClass(record, {"async_client", "iasync_client", "client"});
}

// Where a topic name comes from. `arg` is set when the expression is the
// call's own argument: extract then resolves it itself, which keeps the
// enclosing function's parameters (wrappers) and the text of dynamic names.
struct TopicSource {
  const Expr *expr = nullptr;
  int arg = -1;
};

CallMatch siteFor(facts::SiteKind kind, const char *style, TopicSource topic,
                  const NameResolver &names) {
  CallMatch match;
  match.kind = kind;
  match.api = "mqtt";
  match.style = style;
  ResolvedName name = names.resolve(topic.expr);
  if (name.isValue())
    match.target = name.value;
  else if (topic.arg >= 0 && topic.expr &&
           (name.kind != ResolvedName::Kind::Parameter ||
            NameResolver::isStringLike(topic.expr->getType()) ||
            isMqttClass(topic.expr->getType()->getAsCXXRecordDecl(), {"buffer_ref"})))
    match.targetArg = topic.arg;
  else
    match.target = "dynamic"; // e.g. a message parameter names no topic by itself
  return match;
}

// The topic of a message: the first argument of mqtt::make_message,
// mqtt::message::create or an mqtt::message constructor, in place or in
// the local variable the message was made in.
TopicSource topicOfMessage(const Expr *arg, int index, const NameResolver &names) {
  const Expr *e = peel(arg);
  for (int i = 0; e && i < kMaxPeel; ++i) {
    if (const auto *construct = dyn_cast<CXXConstructExpr>(e)) {
      if (isMqttClass(construct->getConstructor()->getParent(), {"message"}) &&
          construct->getNumArgs() >= 2)
        return {construct->getArg(0), -1};
      if (construct->getNumArgs() != 1)
        break;
      e = peel(construct->getArg(0)); // shared_ptr conversions and copies
    } else if (const auto *call = dyn_cast<CallExpr>(e)) {
      const FunctionDecl *fn = call->getDirectCallee();
      const auto *method = dyn_cast_or_null<CXXMethodDecl>(fn);
      bool makes = fn && fn->getIdentifier() && call->getNumArgs() >= 1 &&
                   ((fn->getName() == "make_message" && inMqtt(fn)) ||
                    (method && method->isStatic() && fn->getName() == "create" &&
                     isMqttClass(method->getParent(), {"message"})));
      if (makes)
        return {call->getArg(0), -1};
      break;
    } else if (const Expr *init = names.initializerOf(e)) {
      e = peel(init);
    } else {
      break;
    }
  }
  return {arg, index};
}

// The elements of a braced list: `{"a", "b"}`.
std::optional<std::vector<const Expr *>> bracedElements(const Expr *e) {
  for (int i = 0; e && i < kMaxPeel; ++i) {
    e = peel(e);
    if (const auto *cast = dyn_cast<CXXFunctionalCastExpr>(e))
      e = cast->getSubExpr();
    else if (const auto *list = dyn_cast<CXXStdInitializerListExpr>(e))
      e = list->getSubExpr();
    else if (const auto *init = dyn_cast<InitListExpr>(e))
      return std::vector<const Expr *>(init->inits().begin(), init->inits().end());
    else if (const auto *construct = dyn_cast<CXXConstructExpr>(e);
             construct && construct->getNumArgs() >= 1 &&
             (isa<CXXStdInitializerListExpr>(peel(construct->getArg(0))) ||
              construct->isListInitialization()))
      e = construct->getArg(0);
    else
      return std::nullopt;
  }
  return std::nullopt;
}

// The topic filters a subscribe call names: its string argument, or the
// elements of a string_collection built in place (string_collection::create
// of a name or of a braced list, or a braced list itself); nullopt when the
// collection is made elsewhere.
std::optional<std::vector<const Expr *>> filtersOf(const Expr *arg) {
  const Expr *e = peel(arg);
  for (int i = 0; e && i < kMaxPeel; ++i) {
    if (const auto *call = dyn_cast<CallExpr>(e)) {
      const auto *method = dyn_cast_or_null<CXXMethodDecl>(call->getDirectCallee());
      if (!method || !method->isStatic() || !method->getIdentifier() ||
          method->getName() != "create" ||
          !isMqttClass(method->getParent(), {"string_collection"}) || call->getNumArgs() != 1)
        return std::nullopt;
      if (auto elements = bracedElements(call->getArg(0)))
        return elements;
      return std::vector<const Expr *>{call->getArg(0)};
    }
    if (const auto *construct = dyn_cast<CXXConstructExpr>(e);
        construct && construct->getNumArgs() == 1 && !construct->isListInitialization()) {
      e = peel(construct->getArg(0)); // shared_ptr conversions and copies
      continue;
    }
    return bracedElements(e);
  }
  return std::nullopt;
}

// `cli.subscribe(filters, ...)`: the client expression, or null.
const Expr *subscribingClient(const CallExpr &call) {
  const auto *member = dyn_cast<CXXMemberCallExpr>(&call);
  const CXXMethodDecl *method = member ? member->getMethodDecl() : nullptr;
  if (!method || !method->getIdentifier() || method->getName() != "subscribe" ||
      !isClient(method->getParent()) || call.getNumArgs() < 1)
    return nullptr;
  return member->getImplicitObjectArgument();
}

} // namespace

const MqttPreset::Subscriptions &MqttPreset::subscriptionsAround(const CallExpr &call,
                                                                 const FunctionDecl &callee) {
  static const Subscriptions none;
  const Stmt *body = enclosingBody(call, callee.getASTContext());
  if (!body)
    return none;
  auto [it, inserted] = cache.try_emplace(body);
  if (!inserted)
    return it->second;
  std::vector<const CallExpr *> calls;
  collectCalls(body, calls);
  for (const CallExpr *c : calls) {
    const Expr *client = subscribingClient(*c);
    if (!client)
      continue;
    const Decl *owner = handleDecl(client);
    if (NameResolver::isStringLike(c->getDirectCallee()->getParamDecl(0)->getType())) {
      it->second.emplace_back(owner, c->getArg(0));
    } else if (auto filters = filtersOf(c->getArg(0))) {
      for (const Expr *filter : *filters)
        it->second.emplace_back(owner, filter);
    } else {
      it->second.emplace_back(owner, nullptr); // filters not known here
    }
  }
  return it->second;
}

std::optional<std::string> MqttPreset::onlyTopic(const CallExpr &call, const FunctionDecl &callee,
                                                 const Expr *client, const NameResolver &names) {
  const Decl *owner = handleDecl(client);
  std::optional<std::string> topic;
  for (const auto &[subscriber, expr] : subscriptionsAround(call, callee)) {
    if (owner && subscriber && owner != subscriber)
      continue;
    ResolvedName name = names.resolve(expr);
    // A handler serves every filter of its client: with several (or unknown
    // ones) there is no single topic to give it.
    if (!name.isValue() || (topic && *topic != name.value))
      return std::nullopt;
    topic = name.value;
  }
  return topic;
}

std::optional<CallMatch> MqttPreset::matchCall(const CallExpr &call, const FunctionDecl &callee,
                                               const NameResolver &names) {
  using facts::SiteKind;
  const auto *member = dyn_cast<CXXMemberCallExpr>(&call);
  const auto *method = dyn_cast<CXXMethodDecl>(&callee);
  if (!member || !method || !method->getIdentifier() || call.getNumArgs() != method->getNumParams())
    return std::nullopt;
  llvm::StringRef name = method->getName();
  const CXXRecordDecl *record = method->getParent();
  const Expr *object = member->getImplicitObjectArgument();
  unsigned n = call.getNumArgs();

  if (isMqttClass(record, {"topic"}) && (name == "publish" || name == "subscribe")) {
    // mqtt::topic(cli, name, qos, retained) carries its name.
    const auto *made = dyn_cast_or_null<CXXConstructExpr>(peel(names.initializerOf(object)));
    TopicSource topic;
    if (made && made->getNumArgs() >= 2)
      topic = {made->getArg(1), -1};
    bool publish = name == "publish";
    return siteFor(publish ? SiteKind::Publish : SiteKind::Subscribe,
                   publish ? "publish" : "subscribe", topic, names);
  }
  if (!isClient(record))
    return std::nullopt;

  if (name == "publish" && n >= 1) {
    QualType first = method->getParamDecl(0)->getType();
    if (NameResolver::isStringLike(first) ||
        isMqttClass(first->getAsCXXRecordDecl(), {"buffer_ref"})) // string_ref
      return siteFor(SiteKind::Publish, "publish", {call.getArg(0), 0}, names);
    return siteFor(SiteKind::Publish, "publish", topicOfMessage(call.getArg(0), 0, names),
                   names);
  }
  if (name == "subscribe" && n >= 1) {
    if (NameResolver::isStringLike(method->getParamDecl(0)->getType()))
      return siteFor(SiteKind::Subscribe, "subscribe", {call.getArg(0), 0}, names);
    // One call is one site: a collection of several filters stays dynamic.
    std::optional<std::vector<const Expr *>> filters = filtersOf(call.getArg(0));
    if (filters && filters->size() == 1)
      return siteFor(SiteKind::Subscribe, "subscribe", {filters->front(), -1}, names);
    return siteFor(SiteKind::Subscribe, "subscribe", {call.getArg(0), 0}, names);
  }
  if ((name == "set_message_callback" || name == "set_callback") && n == 1) {
    std::optional<std::string> topic = onlyTopic(call, callee, object, names);
    if (!topic)
      return std::nullopt;
    CallMatch match;
    match.kind = SiteKind::Subscribe;
    match.api = "mqtt";
    match.style = name == "set_callback" ? "callback" : "message-callback";
    match.target = *topic;
    match.handlerArg = 0;
    if (name == "set_callback")
      match.handlerMethod = "message_arrived";
    return match;
  }
  if (name == "consume_message" || name.starts_with("try_consume_message")) {
    std::optional<std::string> topic = onlyTopic(call, callee, object, names);
    if (!topic)
      return std::nullopt;
    CallMatch match;
    match.role = CallMatch::Role::MarksEntry;
    match.kind = SiteKind::Subscribe;
    match.api = "mqtt";
    match.style = "consume";
    match.target = *topic;
    return match;
  }
  return std::nullopt;
}

} // namespace msglint::model
