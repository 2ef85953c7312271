#include "model/Nats.h"

#include "extract/NameResolver.h"

#include <clang/AST/Decl.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/ADT/STLFunctionalExtras.h>

#include <array>

namespace msglint::model {
namespace {

using namespace clang;
using facts::SiteKind;

// One function of nats.h that sends or receives on a subject.
struct Api {
  llvm::StringLiteral name;
  unsigned params;     // as declared in nats.h
  SiteKind kind;
  llvm::StringLiteral style;
  int subjectArg;      // the subject, or
  int msgArg;          // the natsMsg* whose subject natsMsg_Create set
  int handlerArg;      // the natsMsgHandler
  bool request;        // waits for the reply: a direct call
};

constexpr std::array kApis = {
    Api{"natsConnection_Publish", 4, SiteKind::Publish, "publish", 1, -1, -1, false},
    Api{"natsConnection_PublishString", 3, SiteKind::Publish, "publish", 1, -1, -1, false},
    Api{"natsConnection_PublishMsg", 2, SiteKind::Publish, "publish", -1, 1, -1, false},
    Api{"natsConnection_PublishRequest", 5, SiteKind::Publish, "publish-request", 1, -1, -1, false},
    Api{"natsConnection_PublishRequestString", 4, SiteKind::Publish, "publish-request", 1, -1, -1,
        false},
    Api{"natsConnection_Request", 6, SiteKind::Call, "request", 2, -1, -1, true},
    Api{"natsConnection_RequestString", 5, SiteKind::Call, "request", 2, -1, -1, true},
    Api{"natsConnection_RequestMsg", 4, SiteKind::Call, "request", -1, 2, -1, true},
    Api{"natsConnection_Subscribe", 5, SiteKind::Subscribe, "subscribe", 2, -1, 3, false},
    Api{"natsConnection_SubscribeTimeout", 6, SiteKind::Subscribe, "subscribe", 2, -1, 4, false},
    Api{"natsConnection_SubscribeSync", 3, SiteKind::Subscribe, "subscribe-sync", 2, -1, -1, false},
    Api{"natsConnection_QueueSubscribe", 6, SiteKind::Work, "queue-subscribe", 2, -1, 4, false},
    Api{"natsConnection_QueueSubscribeTimeout", 7, SiteKind::Work, "queue-subscribe", 2, -1, 5,
        false},
    Api{"natsConnection_QueueSubscribeSync", 4, SiteKind::Work, "queue-subscribe-sync", 2, -1, -1,
        false},
};

// A C function of the library: extern "C", at namespace scope.
bool isNatsFunction(const FunctionDecl &fn, llvm::StringRef name, unsigned params) {
  return fn.getIdentifier() && fn.getName() == name && fn.getNumParams() == params &&
         fn.isExternC() && fn.getDeclContext()->getRedeclContext()->isTranslationUnit();
}

// The local variable an argument names: `msg`, `&sub`.
const VarDecl *localVariable(const Expr *arg, bool addressOf) {
  const Expr *e = arg->IgnoreParenImpCasts();
  if (addressOf) {
    const auto *u = dyn_cast<UnaryOperator>(e);
    if (!u || u->getOpcode() != UO_AddrOf)
      return nullptr;
    e = u->getSubExpr()->IgnoreParenImpCasts();
  }
  const auto *ref = dyn_cast<DeclRefExpr>(e);
  const auto *var = ref ? dyn_cast<VarDecl>(ref->getDecl()) : nullptr;
  return var && var->hasLocalStorage() && !isa<ParmVarDecl>(var) ? var : nullptr;
}

void forEachCall(const Stmt *s, llvm::function_ref<void(const CallExpr &)> visit) {
  if (!s)
    return;
  if (const auto *call = dyn_cast<CallExpr>(s))
    visit(*call);
  for (const Stmt *child : s->children())
    forEachCall(child, visit);
}

// The last call before `before`, in the function declaring `var`, that
// fills `var` through its first argument (`natsMsg_Create(&msg, ...)`,
// `natsConnection_SubscribeSync(&sub, ...)`) and that `accept` accepts.
const CallExpr *lastFillingCall(const VarDecl &var, SourceLocation before,
                                llvm::function_ref<bool(const FunctionDecl &)> accept) {
  const auto *fn = dyn_cast_or_null<FunctionDecl>(var.getParentFunctionOrMethod());
  if (!fn || !fn->getBody())
    return nullptr;
  const SourceManager &sm = var.getASTContext().getSourceManager();
  const CallExpr *found = nullptr;
  forEachCall(fn->getBody(), [&](const CallExpr &call) {
    const FunctionDecl *callee = call.getDirectCallee();
    if (!callee || call.getNumArgs() == 0 || !accept(*callee) ||
        localVariable(call.getArg(0), /*addressOf=*/true) != &var ||
        !sm.isBeforeInTranslationUnit(call.getBeginLoc(), before))
      return;
    if (!found || sm.isBeforeInTranslationUnit(found->getBeginLoc(), call.getBeginLoc()))
      found = &call;
  });
  return found;
}

// The subject natsMsg_Create gave the message `msgArg` of `call`.
std::optional<std::string> messageSubject(const CallExpr &call, int msgArg,
                                          const extract::NameResolver &names) {
  const VarDecl *msg = localVariable(call.getArg(msgArg), /*addressOf=*/false);
  if (!msg)
    return std::nullopt;
  const CallExpr *create = lastFillingCall(*msg, call.getBeginLoc(), [](const FunctionDecl &fn) {
    return isNatsFunction(fn, "natsMsg_Create", 5);
  });
  if (!create)
    return std::nullopt;
  extract::ResolvedName subject = names.resolve(create->getArg(1));
  return subject.isValue() ? std::optional(subject.value) : std::nullopt;
}

// `natsSubscription_NextMsg(&msg, sub, timeout)` on a synchronous
// subscription made in the same function: that function consumes the
// subject (or works the queue group's queue).
std::optional<CallMatch> nextMsgEntry(const CallExpr &call, const extract::NameResolver &names) {
  const VarDecl *sub = localVariable(call.getArg(1), /*addressOf=*/false);
  if (!sub)
    return std::nullopt;
  const CallExpr *subscribe = lastFillingCall(*sub, call.getBeginLoc(), [](const FunctionDecl &fn) {
    return isNatsFunction(fn, "natsConnection_SubscribeSync", 3) ||
           isNatsFunction(fn, "natsConnection_QueueSubscribeSync", 4);
  });
  if (!subscribe)
    return std::nullopt;
  extract::ResolvedName subject = names.resolve(subscribe->getArg(2));
  if (!subject.isValue())
    return std::nullopt;
  CallMatch match;
  match.role = CallMatch::Role::MarksEntry;
  match.kind = subscribe->getNumArgs() == 4 ? SiteKind::Work : SiteKind::Subscribe;
  match.api = "nats";
  match.style = "next-msg";
  match.target = subject.value;
  return match;
}

} // namespace

std::optional<CallMatch> NatsPreset::matchCall(const CallExpr &call, const FunctionDecl &callee,
                                               const extract::NameResolver &names) {
  if (!callee.getIdentifier() || !callee.getName().starts_with("nats"))
    return std::nullopt;
  if (isNatsFunction(callee, "natsSubscription_NextMsg", 3))
    return call.getNumArgs() == 3 ? nextMsgEntry(call, names) : std::nullopt;
  for (const Api &api : kApis) {
    if (!isNatsFunction(callee, api.name, api.params) || call.getNumArgs() != api.params)
      continue;
    CallMatch match;
    match.kind = api.kind;
    match.api = "nats";
    match.style = api.style.str();
    match.handlerArg = api.handlerArg;
    match.blocking = api.request;
    match.returnsResult = api.request; // the natsStatus says whether a reply came
    if (api.subjectArg >= 0) {
      match.targetArg = api.subjectArg;
    } else if (auto subject = messageSubject(call, api.msgArg, names)) {
      match.target = *subject;
    } else {
      match.targetArg = api.msgArg; // dynamic: the message's text
    }
    return match;
  }
  return std::nullopt;
}

} // namespace msglint::model
