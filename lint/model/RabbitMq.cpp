#include "model/RabbitMq.h"

#include "model/AstQueries.h"

#include "extract/NameResolver.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>

#include <functional>
#include <vector>

namespace msglint::model {
namespace {

using namespace clang;
using extract::NameResolver;
using extract::ResolvedName;

constexpr const char *kApi = "rabbitmq";
constexpr int kMaxDepth = 8; // amqp_bytes_t locals initialised from each other

// The arguments of the rabbitmq-c calls this preset reads.
constexpr unsigned kPublishExchange = 2, kPublishRoutingKey = 3, kPublishArgs = 8;
constexpr unsigned kConsumeQueue = 2, kConsumeArgs = 8;
constexpr unsigned kGetQueue = 2, kGetArgs = 4;
constexpr unsigned kBindQueue = 2, kBindExchange = 3, kBindArgs = 6;
constexpr unsigned kConsumeMessageArgs = 4;

// Copies of an amqp_bytes_t (a C struct passed by value) keep its value.
const Expr *stripCopies(const Expr *e) {
  for (int i = 0; e && i < kMaxDepth; ++i) {
    e = e->IgnoreParenImpCasts();
    if (const auto *m = dyn_cast<MaterializeTemporaryExpr>(e))
      e = m->getSubExpr();
    else if (const auto *c = dyn_cast<ExprWithCleanups>(e))
      e = c->getSubExpr();
    else if (const auto *k = dyn_cast<CXXConstructExpr>(e);
             k && k->getNumArgs() == 1 && k->getConstructor()->isCopyOrMoveConstructor())
      e = k->getArg(0);
    else
      return e;
  }
  return e;
}

// The variable, parameter or member an expression names, if it is one.
const ValueDecl *namedDecl(const Expr *e) {
  e = stripCopies(e);
  if (const auto *ref = dyn_cast_or_null<DeclRefExpr>(e))
    return ref->getDecl();
  if (const auto *member = dyn_cast_or_null<MemberExpr>(e);
      member && isa<CXXThisExpr>(member->getBase()->IgnoreParenImpCasts()))
    return member->getMemberDecl();
  return nullptr;
}

// The name an amqp_bytes_t carries: amqp_cstring_bytes(NAME),
// amqp_empty_bytes (AMQP_EMPTY_BYTES), or a variable initialised from one.
ResolvedName resolveBytes(const Expr *expr, const NameResolver &names, int depth = 0) {
  ResolvedName dynamic;
  const Expr *e = stripCopies(expr);
  if (!e || depth > kMaxDepth)
    return dynamic;
  if (const CallExpr *wrap = asCFunctionCall(e, "amqp_cstring_bytes", 1))
    return names.resolve(wrap->getArg(0));
  const auto *ref = dyn_cast<DeclRefExpr>(e);
  const auto *var = ref ? dyn_cast<VarDecl>(ref->getDecl()) : nullptr;
  if (!var)
    return dynamic;
  if (isa<ParmVarDecl>(var))
    return names.resolve(e);
  if (var->getIdentifier() && var->getName() == "amqp_empty_bytes" && var->isExternC())
    return {ResolvedName::Kind::Value, "", 0, ""};
  if (const Expr *init = var->getAnyInitializer())
    return resolveBytes(init, names, depth + 1);
  return dynamic;
}

// Where the other calls on a connection or queue variable can be: the
// function declaring a local or parameter, every method of the class
// holding a member. Globals are not followed.
std::vector<const Stmt *> scopeOf(const ValueDecl *decl) {
  std::vector<const Stmt *> bodies;
  if (!decl)
    return bodies;
  if (const auto *var = dyn_cast<VarDecl>(decl); var && var->isLocalVarDeclOrParm()) {
    if (const auto *fn = dyn_cast<FunctionDecl>(var->getDeclContext()); fn && fn->getBody())
      bodies.push_back(fn->getBody());
    return bodies;
  }
  const auto *field = dyn_cast<FieldDecl>(decl);
  const auto *record = field ? dyn_cast<CXXRecordDecl>(field->getParent()) : nullptr;
  if (!record)
    return bodies;
  for (const CXXMethodDecl *method : record->methods()) {
    const FunctionDecl *def = nullptr;
    if (!method->hasBody(def))
      continue;
    if (const auto *ctor = dyn_cast<CXXConstructorDecl>(def))
      for (const CXXCtorInitializer *init : ctor->inits())
        if (init->isWritten() && init->getInit())
          bodies.push_back(init->getInit());
    bodies.push_back(def->getBody());
  }
  return bodies;
}

void forEachCall(const Stmt *s, const std::function<void(const CallExpr &)> &fn) {
  if (!s)
    return;
  if (const auto *call = dyn_cast<CallExpr>(s))
    fn(*call);
  for (const Stmt *child : s->children())
    forEachCall(child, fn);
}

// Every call of rabbitmq-c function `name` on the same connection as `conn`.
std::vector<const CallExpr *> callsOnConnection(const Expr *conn, llvm::StringRef name,
                                                unsigned args) {
  std::vector<const CallExpr *> out;
  const ValueDecl *decl = namedDecl(conn);
  for (const Stmt *body : scopeOf(decl))
    forEachCall(body, [&](const CallExpr &call) {
      if (asCFunctionCall(&call, name, args) && namedDecl(call.getArg(0)) == decl)
        out.push_back(&call);
    });
  return out;
}

// Two queue expressions that name the same queue: the same variable, the
// same resolved name, or the same text (`ok->queue`).
bool sameQueue(const Expr *a, const Expr *b, const NameResolver &names) {
  const ValueDecl *da = namedDecl(a), *db = namedDecl(b);
  if (da && da == db)
    return true;
  ResolvedName na = resolveBytes(a, names), nb = resolveBytes(b, names);
  if (na.isValue() && nb.isValue())
    return na.value == nb.value;
  if (na.kind == ResolvedName::Kind::Parameter && nb.kind == ResolvedName::Kind::Parameter)
    return na.param == nb.param;
  std::string ta = names.sourceText(stripCopies(a));
  return !ta.empty() && ta == names.sourceText(stripCopies(b));
}

// The amqp_queue_bind that subscribes the queue a consume call reads to an
// exchange, in the scope of the consume call's connection.
const CallExpr *bindingOf(const CallExpr &consume, unsigned queueArg, const NameResolver &names) {
  for (const CallExpr *bind : callsOnConnection(consume.getArg(0), "amqp_queue_bind", kBindArgs))
    if (sameQueue(bind->getArg(kBindQueue), consume.getArg(queueArg), names))
      return bind;
  return nullptr;
}

// A site named by argument `arg`: resolved here when it is a name, else by
// extract from the argument itself (a parameter of the enclosing function
// makes it a wrapper; anything else is dynamic with the argument's text).
CallMatch site(facts::SiteKind kind, const char *style, const CallExpr &call, unsigned arg,
               const NameResolver &names) {
  CallMatch match;
  match.kind = kind;
  match.api = kApi;
  match.style = style;
  ResolvedName name = resolveBytes(call.getArg(arg), names);
  if (name.isValue())
    match.target = name.value;
  else
    match.targetArg = static_cast<int>(arg);
  return match;
}

std::optional<CallMatch> publish(const CallExpr &call, const NameResolver &names) {
  ResolvedName exchange = resolveBytes(call.getArg(kPublishExchange), names);
  // The default exchange routes to the queue the routing key names: a job.
  if (exchange.isValue() && exchange.value.empty())
    return site(facts::SiteKind::Enqueue, "basic_publish", call, kPublishRoutingKey, names);
  // A named exchange, or one msglint cannot read: an event on that exchange.
  return site(facts::SiteKind::Publish, "basic_publish", call, kPublishExchange, names);
}

// A consumer of a queue: a job worker, unless the same code binds that
// queue to an exchange (then the queue only delivers the subscription,
// and the amqp_queue_bind is the site).
std::optional<CallMatch> work(const CallExpr &call, const char *style, unsigned queueArg,
                              const NameResolver &names) {
  if (bindingOf(call, queueArg, names))
    return std::nullopt;
  return site(facts::SiteKind::Work, style, call, queueArg, names);
}

// amqp_consume_message: the function receiving is where the messages of
// the consumer started on the same connection are handled.
std::optional<CallMatch> consumeLoop(const CallExpr &call, const NameResolver &names) {
  std::vector<const CallExpr *> consumes =
      callsOnConnection(call.getArg(0), "amqp_basic_consume", kConsumeArgs);
  if (consumes.empty())
    return std::nullopt;
  const CallExpr &consume = *consumes.front();
  CallMatch match;
  match.role = CallMatch::Role::MarksEntry;
  match.api = kApi;
  ResolvedName name;
  if (const CallExpr *bind = bindingOf(consume, kConsumeQueue, names)) {
    match.kind = facts::SiteKind::Subscribe;
    name = resolveBytes(bind->getArg(kBindExchange), names);
  } else {
    match.kind = facts::SiteKind::Work;
    name = resolveBytes(consume.getArg(kConsumeQueue), names);
  }
  if (!name.isValue() || name.value.empty())
    return std::nullopt; // an entry point of an unknown name says nothing
  match.target = name.value;
  return match;
}

} // namespace

std::optional<CallMatch> RabbitMqPreset::matchCall(const CallExpr &call, const FunctionDecl &callee,
                                                   const NameResolver &names) {
  if (!callee.isExternC() || !callee.getIdentifier() || !callee.getName().starts_with("amqp_"))
    return std::nullopt;
  if (asCFunctionCall(&call, "amqp_basic_publish", kPublishArgs))
    return publish(call, names);
  if (asCFunctionCall(&call, "amqp_basic_consume", kConsumeArgs))
    return work(call, "basic_consume", kConsumeQueue, names);
  if (asCFunctionCall(&call, "amqp_basic_get", kGetArgs))
    return work(call, "basic_get", kGetQueue, names);
  if (asCFunctionCall(&call, "amqp_queue_bind", kBindArgs))
    return site(facts::SiteKind::Subscribe, "queue_bind", call, kBindExchange, names);
  if (asCFunctionCall(&call, "amqp_consume_message", kConsumeMessageArgs))
    return consumeLoop(call, names);
  return std::nullopt;
}

} // namespace msglint::model
