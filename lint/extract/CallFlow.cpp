#include "extract/CallFlow.h"

#include "extract/NameResolver.h"

#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/StmtCXX.h>

#include <functional>
#include <optional>

namespace msglint::extract {
namespace {

using namespace clang;

template <typename F> void forEachStmt(const Stmt *root, F &&f) {
  if (!root)
    return;
  f(root);
  for (const Stmt *child : root->children())
    forEachStmt(child, f);
}

template <typename F> bool anyStmt(const Stmt *root, F &&f) {
  bool found = false;
  forEachStmt(root, [&](const Stmt *s) { found = found || f(s); });
  return found;
}

// The variable an argument like `ctx`, `&ctx`, `ctx.get()`, `*ctx` names.
const VarDecl *namedVariable(const Expr *e) {
  for (int depth = 0; e && depth < 8; ++depth) {
    e = e->IgnoreParenImpCasts();
    if (const auto *ref = dyn_cast<DeclRefExpr>(e))
      return dyn_cast<VarDecl>(ref->getDecl());
    if (const auto *u = dyn_cast<UnaryOperator>(e);
        u && (u->getOpcode() == UO_AddrOf || u->getOpcode() == UO_Deref)) {
      e = u->getSubExpr();
    } else if (const auto *m = dyn_cast<CXXMemberCallExpr>(e);
               m && m->getMethodDecl() && m->getMethodDecl()->getIdentifier() &&
               m->getMethodDecl()->getName() == "get") {
      e = m->getImplicitObjectArgument();
    } else if (const auto *op = dyn_cast<CXXOperatorCallExpr>(e);
               op && (op->getOperator() == OO_Arrow || op->getOperator() == OO_Star) &&
               op->getNumArgs() >= 1) {
      e = op->getArg(0);
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

bool isLoop(const Stmt *s) {
  return isa<ForStmt>(s) || isa<WhileStmt>(s) || isa<DoStmt>(s) || isa<CXXForRangeStmt>(s);
}

// Like anyStmt, but not looking inside nested loops: their `break` and
// `continue` are theirs, not the enclosing loop's.
template <typename F> bool anyStmtOfThisLoop(const Stmt *root, F &&f) {
  if (!root)
    return false;
  if (f(root))
    return true;
  for (const Stmt *child : root->children())
    if (child && !isLoop(child) && anyStmtOfThisLoop(child, f))
      return true;
  return false;
}

bool refersTo(const Stmt *s, const VarDecl *var) {
  return var && anyStmt(s, [&](const Stmt *x) {
           const auto *ref = dyn_cast<DeclRefExpr>(x);
           return ref && ref->getDecl() == var;
         });
}

// Wrappers that only carry a value along: temporaries, conversions,
// copies and moves.
bool isTransparent(const Stmt *s) {
  if (isa<ImplicitCastExpr>(s) || isa<ExprWithCleanups>(s) ||
      isa<MaterializeTemporaryExpr>(s) || isa<CXXBindTemporaryExpr>(s) ||
      isa<ParenExpr>(s) || isa<ConstantExpr>(s))
    return true;
  const auto *ctor = dyn_cast<CXXConstructExpr>(s);
  return ctor && ctor->getNumArgs() == 1 && ctor->getConstructor()->isCopyOrMoveConstructor();
}

} // namespace

// A lambda's body sees its captures: variables declared outside the body
// being analysed, whose other uses this body cannot see.
bool CallFlow::declaredHere(const VarDecl *var) const {
  SourceLocation loc = var->getLocation();
  return body && sm.isPointWithin(loc, body->getBeginLoc(), body->getEndLoc());
}

CallFlow::CallFlow(const Stmt *body, const ASTContext &ctx,
                   std::vector<std::unique_ptr<model::Preset>> &presets)
    : body(body), ctx(ctx), sm(ctx.getSourceManager()), presets(presets),
      parents(const_cast<Stmt *>(body)) {}

CallFlow::ResultInfo CallFlow::result(const CallExpr &call, const model::CallMatch &match) const {
  if (match.callbackArg >= 0 && static_cast<unsigned>(match.callbackArg) < call.getNumArgs())
    return {callbackUse(*call.getArg(match.callbackArg)), nullptr};
  if (!match.returnsResult)
    return {};
  return resultOfValue(call);
}

CallFlow::ResultInfo CallFlow::resultOfValue(const Expr &value) const {
  const Stmt *cur = &value;
  const Stmt *parent = parents.getParent(cur);
  while (parent && isTransparent(parent)) {
    cur = parent;
    parent = parents.getParent(parent);
  }
  if (!parent)
    return {facts::ResultUse::Discarded, nullptr};
  if (const auto *cast = dyn_cast<ExplicitCastExpr>(parent))
    return {cast->getType()->isVoidType() ? facts::ResultUse::Discarded
                                          : facts::ResultUse::Used,
            nullptr};
  if (const auto *decls = dyn_cast<DeclStmt>(parent)) {
    for (const Decl *d : decls->decls())
      if (const auto *var = dyn_cast<VarDecl>(d); var && var->getInit() == cur)
        return useOfVariable(var, nullptr);
    return {};
  }
  const Expr *assignedTo = nullptr;
  if (const auto *op = dyn_cast<BinaryOperator>(parent)) {
    if (op->getOpcode() == BO_Comma && op->getLHS() == cur)
      return {facts::ResultUse::Discarded, nullptr};
    if (op->isAssignmentOp() && op->getRHS() == cur)
      assignedTo = op->getLHS();
  } else if (const auto *op = dyn_cast<CXXOperatorCallExpr>(parent);
             op && op->getOperator() == OO_Equal && op->getNumArgs() == 2 &&
             op->getArg(1) == cur) {
    assignedTo = op->getArg(0);
  }
  if (assignedTo) {
    const auto *ref = dyn_cast<DeclRefExpr>(assignedTo->IgnoreParenImpCasts());
    const auto *var = ref ? dyn_cast<VarDecl>(ref->getDecl()) : nullptr;
    if (var && var->hasLocalStorage())
      return useOfVariable(var, ref);
    return {}; // stored in a member or global: someone else may look at it
  }
  if (isa<Expr>(parent))
    return {};
  // A statement holds the value: only conditions and returns consume it.
  if (const auto *s = dyn_cast<IfStmt>(parent))
    return {s->getCond() == cur ? facts::ResultUse::Used : facts::ResultUse::Discarded, nullptr};
  if (const auto *s = dyn_cast<WhileStmt>(parent))
    return {s->getCond() == cur ? facts::ResultUse::Used : facts::ResultUse::Discarded, nullptr};
  if (const auto *s = dyn_cast<DoStmt>(parent))
    return {s->getCond() == cur ? facts::ResultUse::Used : facts::ResultUse::Discarded, nullptr};
  if (const auto *s = dyn_cast<ForStmt>(parent))
    return {s->getCond() == cur ? facts::ResultUse::Used : facts::ResultUse::Discarded, nullptr};
  if (const auto *s = dyn_cast<SwitchStmt>(parent))
    return {s->getCond() == cur ? facts::ResultUse::Used : facts::ResultUse::Discarded, nullptr};
  if (isa<ReturnStmt>(parent) || isa<CoreturnStmt>(parent))
    return {};
  return {facts::ResultUse::Discarded, nullptr}; // compound, case, label, ...
}

CallFlow::ResultInfo CallFlow::useOfVariable(const VarDecl *var, const Expr *except) const {
  if (!var->hasLocalStorage() || !declaredHere(var))
    return {facts::ResultUse::Used, var};
  return {isRead(var, body, except) ? facts::ResultUse::Used : facts::ResultUse::Unchecked, var};
}

bool CallFlow::isRead(const VarDecl *var, const Stmt *scope, const Expr *except) const {
  return anyStmt(scope, [&](const Stmt *s) {
    const auto *ref = dyn_cast<DeclRefExpr>(s);
    if (!ref || ref->getDecl() != var || ref == except)
      return false;
    // `(void)status;` silences the compiler, it does not check anything.
    const Stmt *parent = parents.getParent(ref);
    while (parent && (isa<ImplicitCastExpr>(parent) || isa<ParenExpr>(parent)))
      parent = parents.getParent(parent);
    if (const auto *cast = dyn_cast_or_null<ExplicitCastExpr>(parent);
        cast && cast->getType()->isVoidType())
      return false;
    return true;
  });
}

facts::ResultUse CallFlow::callbackUse(const Expr &callback) const {
  const Expr *e = &callback;
  for (int depth = 0; depth < 8; ++depth) {
    e = e->IgnoreImplicit();
    if (const auto *ctor = dyn_cast<CXXConstructExpr>(e); ctor && ctor->getNumArgs() == 1)
      e = ctor->getArg(0);
    else if (const auto *cast = dyn_cast<CXXFunctionalCastExpr>(e))
      e = cast->getSubExpr();
    else
      break;
  }
  const auto *lambda = dyn_cast<LambdaExpr>(e->IgnoreImplicit());
  if (!lambda)
    return facts::ResultUse::Used; // a function object we cannot see into
  const CXXMethodDecl *op = lambda->getCallOperator();
  if (op->getNumParams() == 0 || !op->getParamDecl(0)->getIdentifier())
    return facts::ResultUse::Discarded;
  // The lambda is not in this body's parent map (it is analysed as a
  // function of its own), so judge its uses with a parent map of its own.
  CallFlow inner(lambda->getBody(), ctx, presets);
  return inner.isRead(op->getParamDecl(0), lambda->getBody(), nullptr)
             ? facts::ResultUse::Used
             : facts::ResultUse::Discarded;
}

facts::Deadline CallFlow::deadline(const CallExpr &call, const model::CallMatch &match) const {
  if (match.contextArg < 0 || static_cast<unsigned>(match.contextArg) >= call.getNumArgs())
    return facts::Deadline::NotApplicable;
  const VarDecl *ctx = namedVariable(call.getArg(match.contextArg));
  if (!ctx || isa<ParmVarDecl>(ctx) || !ctx->hasLocalStorage() || !declaredHere(ctx))
    return facts::Deadline::Unknown; // set by whoever owns it, maybe
  auto propagates = [&](const Stmt *s) {
    const auto *c = dyn_cast<CallExpr>(s);
    const FunctionDecl *fn = c ? c->getDirectCallee() : nullptr;
    if (!fn)
      return false;
    for (auto &preset : presets)
      if (preset->propagatesDeadline(*fn))
        return true;
    return false;
  };
  if (ctx->getInit() && anyStmt(ctx->getInit(), propagates))
    return facts::Deadline::Set;
  // Made by a factory (`auto ctx = MakeContext();`): it may set one.
  if (ctx->getInit() && anyStmt(ctx->getInit(), [&](const Stmt *s) {
        const auto *c = dyn_cast<CallExpr>(s);
        const FunctionDecl *fn = c ? c->getDirectCallee() : nullptr;
        // std::make_unique and friends only allocate.
        return fn && !isa<CXXOperatorCallExpr>(c) && !sm.isInSystemHeader(fn->getLocation());
      }))
    return facts::Deadline::Unknown;

  bool set = false, escaped = false;
  SourceLocation callLoc = call.getBeginLoc();
  forEachStmt(body, [&](const Stmt *s) {
    // Handed to a constructor (a guard, a wrapper) before the call: that
    // code may set the deadline too.
    if (const auto *construct = dyn_cast<CXXConstructExpr>(s)) {
      if (sm.isBeforeInTranslationUnit(construct->getBeginLoc(), callLoc))
        for (const Expr *arg : construct->arguments())
          if (namedVariable(arg) == ctx && !construct->getConstructor()->isCopyOrMoveConstructor())
            escaped = true;
      return;
    }
    const auto *other = dyn_cast<CallExpr>(s);
    if (!other || other == &call || !sm.isBeforeInTranslationUnit(other->getBeginLoc(), callLoc))
      return;
    const FunctionDecl *fn = other->getDirectCallee();
    if (const auto *member = dyn_cast<CXXMemberCallExpr>(other);
        member && namedVariable(member->getImplicitObjectArgument()) == ctx) {
      for (auto &preset : presets)
        if (fn && preset->setsDeadline(*fn))
          set = true;
      return; // other ClientContext settings do not matter here
    }
    if (const auto *op = dyn_cast<CXXOperatorCallExpr>(other);
        op && op->getOperator() == OO_Arrow)
      return; // `ctx->` itself; the member call above judges it
    for (const Expr *arg : other->arguments()) {
      if (namedVariable(arg) != ctx)
        continue;
      bool isRpc = false;
      NameResolver names(this->ctx, nullptr);
      for (auto &preset : presets)
        if (fn && preset->matchCall(*other, *fn, names))
          isRpc = true;
      // Handed to a helper before the call: it may well set the deadline.
      if (!isRpc)
        escaped = true;
    }
  });
  if (set)
    return facts::Deadline::Set;
  return escaped ? facts::Deadline::Unknown : facts::Deadline::Unset;
}

bool CallFlow::isRetryLoop(const Stmt &loop, const CallExpr &call, const VarDecl *resultVar) const {
  // Where a condition looks at the call's outcome: true when it is true on
  // success (`s.ok()`), false when negated (`!s.ok()`), nullopt when the
  // condition does not look at it.
  std::function<std::optional<bool>(const Stmt *, bool)> polarity =
      [&](const Stmt *s, bool positive) -> std::optional<bool> {
    if (!s)
      return std::nullopt;
    if (s == &call)
      return positive;
    if (const auto *ref = dyn_cast<DeclRefExpr>(s); ref && resultVar && ref->getDecl() == resultVar)
      return positive;
    if (const auto *u = dyn_cast<UnaryOperator>(s); u && u->getOpcode() == UO_LNot)
      return polarity(u->getSubExpr(), !positive);
    // `s.error_code() == grpc::StatusCode::OK` reads as success, `!=` as
    // failure; a comparison with any other code says neither.
    if (const auto *cmp = dyn_cast<BinaryOperator>(s);
        cmp && (cmp->getOpcode() == BO_EQ || cmp->getOpcode() == BO_NE)) {
      auto isOk = [](const Expr *e) {
        const auto *ref = dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts());
        return ref && isa<EnumConstantDecl>(ref->getDecl()) && ref->getDecl()->getName() == "OK";
      };
      const Expr *other = isOk(cmp->getRHS()) ? cmp->getLHS() : isOk(cmp->getLHS()) ? cmp->getRHS() : nullptr;
      if (!other)
        return std::nullopt;
      return polarity(other, cmp->getOpcode() == BO_EQ ? positive : !positive);
    }
    if (const auto *op = dyn_cast<CXXOperatorCallExpr>(s);
        op && (op->getOperator() == OO_EqualEqual || op->getOperator() == OO_ExclaimEqual))
      return std::nullopt; // comparing statuses/messages: not a success test
    for (const Stmt *child : s->children())
      if (auto found = polarity(child, positive))
        return found;
    return std::nullopt;
  };
  // A retry loop leaves on success, or goes round again on failure with
  // `continue` -- except in a range-for, where `continue` moves on to the
  // next item: that is N+1 calls that tolerate errors.
  bool overItems = isa<CXXForRangeStmt>(&loop);
  auto leavesOrRetries = [&](const Stmt *s, bool onSuccess) {
    if (!s)
      return false;
    if (onSuccess)
      return anyStmtOfThisLoop(s, [](const Stmt *x) {
        return isa<BreakStmt>(x) || isa<ReturnStmt>(x) || isa<GotoStmt>(x) || isa<CXXThrowExpr>(x);
      });
    return !overItems && anyStmtOfThisLoop(s, [](const Stmt *x) { return isa<ContinueStmt>(x); });
  };
  const Stmt *cond = nullptr, *loopBody = nullptr;
  if (const auto *s = dyn_cast<ForStmt>(&loop)) {
    cond = s->getCond();
    loopBody = s->getBody();
  } else if (const auto *s = dyn_cast<WhileStmt>(&loop)) {
    cond = s->getCond();
    loopBody = s->getBody();
  } else if (const auto *s = dyn_cast<DoStmt>(&loop)) {
    cond = s->getCond();
    loopBody = s->getBody();
  } else if (const auto *s = dyn_cast<CXXForRangeStmt>(&loop)) {
    loopBody = s->getBody();
  }
  // `while (!status.ok() && attempts < 3)`: goes round while failing.
  if (auto p = polarity(cond, true); p && !*p)
    return true;
  return anyStmtOfThisLoop(loopBody, [&](const Stmt *s) {
    const auto *branch = dyn_cast<IfStmt>(s);
    if (!branch)
      return false;
    auto p = polarity(branch->getCond(), true);
    if (!p)
      return false;
    // `if (s.ok()) break;`, `if (!s.ok()) continue;`, and their else forms.
    return leavesOrRetries(branch->getThen(), *p) || leavesOrRetries(branch->getElse(), !*p);
  });
}

} // namespace msglint::extract
