#include "model/ZeroMq.h"

#include "model/AstQueries.h"

#include "extract/NameResolver.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/Basic/SourceManager.h>

#include <functional>
#include <vector>

namespace msglint::model {
namespace {

using namespace clang;
using extract::NameResolver;
using extract::ResolvedName;

constexpr const char *kApi = "zeromq";

// Values of <zmq.h> (stable ABI constants since libzmq 2).
constexpr int64_t kPub = 1, kSub = 2, kReq = 3, kRep = 4, kPull = 7, kPush = 8, kXPub = 9;
constexpr int64_t kSubscribe = 6; // ZMQ_SUBSCRIBE
constexpr int64_t kSndMore = 2;   // ZMQ_SNDMORE

// Where a send or receive function takes its socket, buffer (or message),
// buffer length and flags; -1 when it has none.
struct Transfer {
  const char *name;
  unsigned args;
  int socket, buffer, length, flags;
};
constexpr Transfer kSends[] = {
    {"zmq_send", 4, 0, 1, 2, 3},
    {"zmq_send_const", 4, 0, 1, 2, 3},
    {"zmq_msg_send", 3, 1, 0, -1, 2},
    {"zmq_sendmsg", 3, 0, 1, -1, 2},
};
constexpr Transfer kRecvs[] = {
    {"zmq_recv", 4, 0, 1, 2, 3},
    {"zmq_msg_recv", 3, 1, 0, -1, 2},
    {"zmq_recvmsg", 3, 0, 1, -1, 2},
};

template <size_t N> const Transfer *transferOf(const CallExpr &call, const Transfer (&table)[N]) {
  for (const Transfer &t : table)
    if (asCFunctionCall(&call, t.name, t.args))
      return &t;
  return nullptr;
}

std::optional<int64_t> constantOf(const Expr *e, const ASTContext &ctx) {
  Expr::EvalResult result;
  if (!e || e->isValueDependent() || !e->EvaluateAsInt(result, ctx))
    return std::nullopt;
  return result.Val.getInt().getExtValue();
}

// The local, parameter or member a socket expression names.
const ValueDecl *namedDecl(const Expr *e) {
  e = e ? e->IgnoreParenImpCasts() : nullptr;
  if (const auto *ref = dyn_cast_or_null<DeclRefExpr>(e))
    return ref->getDecl();
  if (const auto *member = dyn_cast_or_null<MemberExpr>(e);
      member && isa<CXXThisExpr>(member->getBase()->IgnoreParenImpCasts()))
    return member->getMemberDecl();
  return nullptr;
}

void forEachCall(const Stmt *s, const std::function<void(const CallExpr &)> &fn) {
  if (!s)
    return;
  if (const auto *call = dyn_cast<CallExpr>(s))
    fn(*call);
  for (const Stmt *child : s->children())
    forEachCall(child, fn);
}

void forEachStmt(const Stmt *s, const std::function<void(const Stmt &)> &fn) {
  if (!s)
    return;
  fn(*s);
  for (const Stmt *child : s->children())
    forEachStmt(child, fn);
}

// A socket variable and what its code says about it: the pattern it was
// made with and the address it binds or connects to. Followed within the
// function declaring a local, or the methods of the class holding a member.
struct Socket {
  const ValueDecl *decl = nullptr;
  std::vector<const Stmt *> scope; // function bodies
  std::vector<const Expr *> made;  // what the variable is initialised or assigned from
  std::optional<int64_t> type;
  const CallExpr *address = nullptr; // the first zmq_bind/zmq_connect
};

Socket socketOf(const Expr *expr, const ASTContext &ctx) {
  Socket s;
  s.decl = namedDecl(expr);
  if (const auto *var = dyn_cast_or_null<VarDecl>(s.decl); var && var->isLocalVarDeclOrParm()) {
    if (const auto *fn = dyn_cast<FunctionDecl>(var->getDeclContext()); fn && fn->getBody())
      s.scope.push_back(fn->getBody());
    if (!isa<ParmVarDecl>(var) && var->getInit())
      s.made.push_back(var->getInit());
  } else if (const auto *field = dyn_cast_or_null<FieldDecl>(s.decl)) {
    if (const auto *record = dyn_cast<CXXRecordDecl>(field->getParent()))
      for (const CXXMethodDecl *method : record->methods()) {
        const FunctionDecl *def = nullptr;
        if (!method->hasBody(def))
          continue;
        if (const auto *ctor = dyn_cast<CXXConstructorDecl>(def))
          for (const CXXCtorInitializer *init : ctor->inits())
            if (init->getMember() == field && init->getInit())
              s.made.push_back(init->getInit());
        s.scope.push_back(def->getBody());
      }
    if (field->getInClassInitializer())
      s.made.push_back(field->getInClassInitializer());
  }
  if (!s.decl)
    return s;
  for (const Stmt *body : s.scope) {
    forEachStmt(body, [&](const Stmt &stmt) {
      if (const auto *assign = dyn_cast<BinaryOperator>(&stmt);
          assign && assign->getOpcode() == BO_Assign && namedDecl(assign->getLHS()) == s.decl)
        s.made.push_back(assign->getRHS());
    });
    if (!s.address)
      forEachCall(body, [&](const CallExpr &call) {
        if (!s.address &&
            (asCFunctionCall(&call, "zmq_bind", 2) || asCFunctionCall(&call, "zmq_connect", 2)) &&
            namedDecl(call.getArg(0)) == s.decl)
          s.address = &call;
      });
  }
  for (const Expr *made : s.made)
    if (const CallExpr *create = asCFunctionCall(made->IgnoreParenImpCasts(), "zmq_socket", 2))
      if (auto type = constantOf(create->getArg(1), ctx)) {
        s.type = type;
        break;
      }
  return s;
}

// The name both ends of a connection share. A tcp-like address drops its
// host: the binding side names an interface or `*`, the connecting side a
// host name, and only the port is common. ipc:// and inproc:// names are
// the same on both sides and are kept whole.
std::string normalizeAddress(std::string address) {
  size_t scheme = address.find("://");
  if (scheme == std::string::npos)
    return address;
  std::string transport = address.substr(0, scheme);
  if (transport != "tcp" && transport != "ws" && transport != "wss" && transport != "udp" &&
      transport != "pgm" && transport != "epgm" && transport != "norm")
    return address;
  std::string rest = address.substr(scheme + 3);
  if (size_t source = rest.find(';'); source != std::string::npos)
    rest = rest.substr(source + 1); // tcp://source;destination
  size_t port = rest.rfind(':');
  if (port == std::string::npos)
    return address;
  size_t path = rest.find('/', port); // ws://host:port/path
  return transport + "://*" + rest.substr(port, path == std::string::npos ? path : path - port) +
         (path == std::string::npos ? "" : rest.substr(path));
}

// The socket's address as a name, or nothing when it is not a constant.
std::optional<std::string> endpointOf(const Socket &s, const NameResolver &names) {
  if (!s.address)
    return std::nullopt;
  ResolvedName address = names.resolve(s.address->getArg(1));
  if (!address.isValue())
    return std::nullopt;
  return normalizeAddress(address.value);
}

// A name passed as (buffer, length): the length may cut it short.
ResolvedName resolveBuffer(const CallExpr &call, int buffer, int length, const NameResolver &names,
                           const ASTContext &ctx) {
  ResolvedName name = names.resolve(call.getArg(buffer));
  if (name.isValue() && length >= 0)
    if (auto n = constantOf(call.getArg(length), ctx); n && *n >= 0 &&
                                                        static_cast<size_t>(*n) < name.value.size())
      name.value.resize(static_cast<size_t>(*n));
  return name;
}

bool sendsMore(const CallExpr &call, const Transfer &t, const ASTContext &ctx) {
  auto flags = constantOf(call.getArg(t.flags), ctx);
  return flags && (*flags & kSndMore) != 0;
}

// Whether `call` sends a later frame of a multipart message: the send
// before it on the same socket, in the same function, had ZMQ_SNDMORE.
bool continuesMessage(const CallExpr &call, const Socket &s, const ASTContext &ctx) {
  const SourceManager &sm = ctx.getSourceManager();
  SourceLocation here = call.getBeginLoc();
  for (const Stmt *body : s.scope) {
    if (!sm.isPointWithin(here, body->getBeginLoc(), body->getEndLoc()))
      continue;
    const CallExpr *previous = nullptr;
    const Transfer *previousKind = nullptr;
    forEachCall(body, [&](const CallExpr &other) {
      const Transfer *t = transferOf(other, kSends);
      if (!t || &other == &call || namedDecl(other.getArg(t->socket)) != s.decl ||
          !sm.isBeforeInTranslationUnit(other.getBeginLoc(), here))
        return;
      if (!previous || sm.isBeforeInTranslationUnit(previous->getBeginLoc(), other.getBeginLoc())) {
        previous = &other;
        previousKind = t;
      }
    });
    return previous && sendsMore(*previous, *previousKind, ctx);
  }
  return false;
}

CallMatch siteOf(facts::SiteKind kind, const char *style) {
  CallMatch match;
  match.kind = kind;
  match.api = kApi;
  match.style = style;
  return match;
}

// Names the match `endpoint#name` from argument `arg` (the topic frame or
// the subscription prefix); an empty prefix is the whole endpoint.
void nameTopic(CallMatch &match, const std::string &endpoint, const ResolvedName &name, int arg) {
  if (name.isValue()) {
    match.target = name.value.empty() ? endpoint : endpoint + "#" + name.value;
  } else {
    match.targetArg = arg; // a wrapper's parameter, or dynamic with its text
    match.targetPrefix = endpoint + "#";
  }
}

std::optional<CallMatch> send(const CallExpr &call, const Transfer &t, const NameResolver &names,
                              const ASTContext &ctx) {
  Socket s = socketOf(call.getArg(t.socket), ctx);
  if (!s.type || continuesMessage(call, s, ctx))
    return std::nullopt;
  CallMatch match;
  if (*s.type == kPub || *s.type == kXPub)
    match = siteOf(facts::SiteKind::Publish, "pub");
  else if (*s.type == kPush)
    match = siteOf(facts::SiteKind::Enqueue, "push");
  else if (*s.type == kReq)
    match = siteOf(facts::SiteKind::Call, "req");
  else
    return std::nullopt; // replies (REP), SUB/PULL cannot send, PAIR/DEALER/ROUTER unmapped
  match.blocking = *s.type == kReq; // REQ must wait for the reply before its next send
  std::optional<std::string> endpoint = endpointOf(s, names);
  if (!endpoint) {
    match.targetArg = t.socket; // dynamic: the socket's text
    return match;
  }
  bool topicFrame = match.kind == facts::SiteKind::Publish && sendsMore(call, t, ctx);
  if (topicFrame)
    nameTopic(match, *endpoint, resolveBuffer(call, t.buffer, t.length, names, ctx), t.buffer);
  else
    match.target = *endpoint;
  return match;
}

bool isSubscription(const CallExpr &call, const ASTContext &ctx) {
  return asCFunctionCall(&call, "zmq_setsockopt", 4) && constantOf(call.getArg(1), ctx) == kSubscribe;
}

ResolvedName prefixOf(const CallExpr &subscription, const NameResolver &names,
                      const ASTContext &ctx) {
  return resolveBuffer(subscription, 2, 3, names, ctx);
}

std::optional<CallMatch> subscribe(const CallExpr &call, const NameResolver &names,
                                   const ASTContext &ctx) {
  Socket s = socketOf(call.getArg(0), ctx);
  if (s.type != kSub)
    return std::nullopt;
  CallMatch match = siteOf(facts::SiteKind::Subscribe, "sub");
  if (std::optional<std::string> endpoint = endpointOf(s, names))
    nameTopic(match, *endpoint, prefixOf(call, names, ctx), 2);
  else
    match.targetArg = 0;
  return match;
}

// zmq_bind/zmq_connect of a PULL socket: it works the jobs sent there.
std::optional<CallMatch> attach(const CallExpr &call, const NameResolver &names,
                                const ASTContext &ctx) {
  Socket s = socketOf(call.getArg(0), ctx);
  if (s.type != kPull)
    return std::nullopt;
  CallMatch match = siteOf(facts::SiteKind::Work, "pull");
  ResolvedName address = names.resolve(call.getArg(1));
  if (address.isValue())
    match.target = normalizeAddress(address.value);
  else
    match.targetArg = 1;
  return match;
}

// A receive makes its function the entry point of what the socket gets:
// the jobs of a PULL endpoint, the requests of a REP endpoint, the events
// of a SUB socket's first constant subscription.
std::optional<CallMatch> receive(const CallExpr &call, const Transfer &t,
                                 const NameResolver &names, const ASTContext &ctx) {
  Socket s = socketOf(call.getArg(t.socket), ctx);
  std::optional<std::string> endpoint = endpointOf(s, names);
  if (!s.type || !endpoint)
    return std::nullopt;
  CallMatch match;
  match.role = CallMatch::Role::MarksEntry;
  match.api = kApi;
  if (*s.type == kPull) {
    match.kind = facts::SiteKind::Work;
    match.target = *endpoint;
  } else if (*s.type == kRep) {
    match.kind = facts::SiteKind::Call;
    match.target = *endpoint;
  } else if (*s.type == kSub) {
    match.kind = facts::SiteKind::Subscribe;
    for (const Stmt *body : s.scope)
      forEachCall(body, [&](const CallExpr &other) {
        if (!match.target.empty() || !isSubscription(other, ctx) ||
            namedDecl(other.getArg(0)) != s.decl)
          return;
        ResolvedName prefix = prefixOf(other, names, ctx);
        if (prefix.isValue())
          nameTopic(match, *endpoint, prefix, 2);
      });
    if (match.target.empty())
      return std::nullopt;
  } else {
    return std::nullopt;
  }
  return match;
}

} // namespace

std::optional<CallMatch> ZeroMqPreset::matchCall(const CallExpr &call, const FunctionDecl &callee,
                                                 const NameResolver &names) {
  if (!callee.isExternC() || !callee.getIdentifier() || !callee.getName().starts_with("zmq_"))
    return std::nullopt;
  const ASTContext &ctx = callee.getASTContext();
  if (const Transfer *t = transferOf(call, kSends))
    return send(call, *t, names, ctx);
  if (const Transfer *t = transferOf(call, kRecvs))
    return receive(call, *t, names, ctx);
  if (isSubscription(call, ctx))
    return subscribe(call, names, ctx);
  if (asCFunctionCall(&call, "zmq_bind", 2) || asCFunctionCall(&call, "zmq_connect", 2))
    return attach(call, names, ctx);
  return std::nullopt;
}

} // namespace msglint::model
