#include "model/AstQueries.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMapContext.h>

namespace msglint::model {

using namespace clang;

namespace {
constexpr int kMaxPeel = 16;
}

const Expr *peel(const Expr *e) {
  for (int i = 0; e && i < kMaxPeel; ++i) {
    e = e->IgnoreParenImpCasts();
    if (const auto *m = dyn_cast<MaterializeTemporaryExpr>(e))
      e = m->getSubExpr();
    else if (const auto *b = dyn_cast<CXXBindTemporaryExpr>(e))
      e = b->getSubExpr();
    else if (const auto *c = dyn_cast<ExprWithCleanups>(e))
      e = c->getSubExpr();
    else if (const auto *cast = dyn_cast<CStyleCastExpr>(e))
      e = cast->getSubExpr();
    else if (const auto *functional = dyn_cast<CXXFunctionalCastExpr>(e))
      e = functional->getSubExpr();
    else if (const auto *constant = dyn_cast<ConstantExpr>(e))
      e = constant->getSubExpr();
    else
      return e;
  }
  return e;
}

const Expr *peelGet(const Expr *e) {
  e = peel(e);
  if (const auto *get = dyn_cast_or_null<CXXMemberCallExpr>(e);
      get && get->getNumArgs() == 0 && get->getMethodDecl() &&
      get->getMethodDecl()->getIdentifier() && get->getMethodDecl()->getName() == "get")
    return peel(get->getImplicitObjectArgument());
  return e;
}

const Decl *handleDecl(const Expr *e) {
  for (int i = 0; e && i < kMaxPeel; ++i) {
    e = peelGet(e);
    if (const auto *op = dyn_cast<CXXOperatorCallExpr>(e);
        op && (op->getOperator() == OO_Arrow || op->getOperator() == OO_Star) &&
        op->getNumArgs() >= 1)
      e = op->getArg(0);
    else if (const auto *u = dyn_cast<UnaryOperator>(e);
             u && (u->getOpcode() == UO_Deref || u->getOpcode() == UO_AddrOf))
      e = u->getSubExpr();
    else if (const auto *ref = dyn_cast<DeclRefExpr>(e))
      return ref->getDecl()->getCanonicalDecl();
    else if (const auto *member = dyn_cast<MemberExpr>(e))
      return member->getMemberDecl()->getCanonicalDecl();
    else
      return nullptr;
  }
  return nullptr;
}

const Stmt *enclosingBody(const CallExpr &call, ASTContext &ctx) {
  DynTypedNode node = DynTypedNode::create(call);
  for (;;) {
    DynTypedNodeList parents = ctx.getParents(node);
    if (parents.empty())
      return nullptr;
    node = parents[0];
    if (const auto *lambda = node.get<LambdaExpr>())
      return lambda->getBody();
    if (const auto *fn = node.get<FunctionDecl>())
      return fn->getBody();
  }
}

void collectCalls(const Stmt *s, std::vector<const CallExpr *> &out) {
  if (!s || isa<LambdaExpr>(s))
    return;
  if (const auto *call = dyn_cast<CallExpr>(s))
    out.push_back(call);
  for (const Stmt *child : s->children())
    collectCalls(child, out);
}

std::string writtenQualifiedName(const clang::NamedDecl &decl) {
  std::string name = decl.getNameAsString();
  for (const clang::DeclContext *dc = decl.getDeclContext(); dc; dc = dc->getParent()) {
    if (const auto *ns = llvm::dyn_cast<clang::NamespaceDecl>(dc)) {
      if (ns->isInline())
        continue;
      name = (ns->isAnonymousNamespace() ? std::string("(anonymous namespace)")
                                         : ns->getNameAsString()) +
             "::" + name;
    } else if (const auto *record = llvm::dyn_cast<clang::RecordDecl>(dc)) {
      name = record->getNameAsString() + "::" + name;
    }
  }
  return name;
}

bool isCFunction(const FunctionDecl &fn, llvm::StringRef name, unsigned params) {
  return fn.getIdentifier() && fn.getName() == name && fn.isExternC() &&
         fn.getDeclContext()->getRedeclContext()->isTranslationUnit() &&
         fn.getNumParams() == params;
}

const CallExpr *asCFunctionCall(const Stmt *s, llvm::StringRef name, unsigned params) {
  const auto *call = dyn_cast_or_null<CallExpr>(s);
  const FunctionDecl *fn = call ? call->getDirectCallee() : nullptr;
  return fn && isCFunction(*fn, name, params) && call->getNumArgs() == params ? call : nullptr;
}

} // namespace msglint::model
