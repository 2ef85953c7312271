#include "extract/NameResolver.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/Lex/Lexer.h>

namespace msglint::extract {
namespace {

using namespace clang;

constexpr int kMaxDepth = 16; // const chains, concatenations

// Conversions and copies that keep the text: implicit casts, temporaries,
// std::string(const char*), string_view(const char*), copies and moves.
const Expr *strip(const Expr *e) {
  for (int i = 0; e && i < kMaxDepth; ++i) {
    e = e->IgnoreParenImpCasts();
    if (const auto *m = dyn_cast<MaterializeTemporaryExpr>(e))
      e = m->getSubExpr();
    else if (const auto *b = dyn_cast<CXXBindTemporaryExpr>(e))
      e = b->getSubExpr();
    else if (const auto *c = dyn_cast<ExprWithCleanups>(e))
      e = c->getSubExpr();
    else if (const auto *f = dyn_cast<CXXFunctionalCastExpr>(e))
      e = f->getSubExpr();
    else if (const auto *s = dyn_cast<CXXStaticCastExpr>(e))
      e = s->getSubExpr();
    else if (const auto *conv = dyn_cast<CXXMemberCallExpr>(e);
             conv && isa_and_nonnull<CXXConversionDecl>(conv->getMethodDecl()))
      e = conv->getImplicitObjectArgument(); // std::string -> std::string_view
    else if (const auto *k = dyn_cast<CXXConstructExpr>(e);
             k && k->getNumArgs() >= 1 && !isa<CXXDefaultArgExpr>(k->getArg(0)) &&
             (k->getNumArgs() == 1 || isa<CXXDefaultArgExpr>(k->getArg(1))))
      e = k->getArg(0);
    else
      return e;
  }
  return e;
}

} // namespace

bool NameResolver::isStringLike(QualType type) {
  type = type.getNonReferenceType().getCanonicalType();
  if (type->isPointerType())
    return type->getPointeeType()->isCharType();
  if (const auto *record = type->getAsCXXRecordDecl()) {
    llvm::StringRef name = record->getName();
    return name == "basic_string" || name == "basic_string_view";
  }
  return false;
}

std::string NameResolver::sourceText(const Expr *expr) const {
  const SourceManager &sm = ctx.getSourceManager();
  CharSourceRange range = CharSourceRange::getTokenRange(expr->getSourceRange());
  range = Lexer::makeFileCharRange(range, sm, ctx.getLangOpts());
  if (range.isInvalid())
    return "";
  return Lexer::getSourceText(range, sm, ctx.getLangOpts()).str();
}

const Expr *NameResolver::initializerOf(const Expr *expr) const {
  const auto *ref = dyn_cast_or_null<DeclRefExpr>(strip(expr));
  const auto *var = ref ? dyn_cast<VarDecl>(ref->getDecl()) : nullptr;
  return var && !isa<ParmVarDecl>(var) ? var->getAnyInitializer() : nullptr;
}

ResolvedName NameResolver::resolve(const Expr *expr) const {
  ResolvedName out = resolve(expr, 0);
  if (out.text.empty() && expr)
    out.text = sourceText(expr);
  return out;
}

ResolvedName NameResolver::resolve(const Expr *expr, int depth) const {
  ResolvedName dynamic;
  if (!expr || depth > kMaxDepth)
    return dynamic;
  const Expr *e = strip(expr);
  if (!e)
    return dynamic;

  if (const auto *lit = dyn_cast<StringLiteral>(e)) {
    if (!lit->isOrdinary() && !lit->isUTF8())
      return dynamic;
    return {ResolvedName::Kind::Value, lit->getString().str(), 0, ""};
  }
  if (const auto *udl = dyn_cast<UserDefinedLiteral>(e)) // "orders"sv, "orders"s
    if (const Expr *cooked = udl->getCookedLiteral())
      return resolve(cooked, depth + 1);
  if (const auto *member = dyn_cast<CXXMemberCallExpr>(e)) {
    const CXXMethodDecl *method = member->getMethodDecl();
    if (method && method->getIdentifier() &&
        (method->getName() == "c_str" || method->getName() == "data" ||
         method->getName() == "str") &&
        member->getNumArgs() == 0)
      return resolve(member->getImplicitObjectArgument(), depth + 1);
    return dynamic;
  }
  if (const auto *op = dyn_cast<CXXOperatorCallExpr>(e);
      op && op->getOperator() == OO_Plus && op->getNumArgs() == 2) {
    ResolvedName lhs = resolve(op->getArg(0), depth + 1);
    ResolvedName rhs = resolve(op->getArg(1), depth + 1);
    if (lhs.isValue() && rhs.isValue())
      return {ResolvedName::Kind::Value, lhs.value + rhs.value, 0, ""};
    return dynamic;
  }
  if (const auto *ref = dyn_cast<DeclRefExpr>(e)) {
    if (const auto *param = dyn_cast<ParmVarDecl>(ref->getDecl())) {
      // Only a parameter that carries a name makes a wrapper: callers can
      // name a topic through a string, not through a handle or an int.
      if (enclosing && isStringLike(param->getType()))
        for (unsigned i = 0; i < enclosing->getNumParams(); ++i)
          if (enclosing->getParamDecl(i) == param)
            return {ResolvedName::Kind::Parameter, "", i, ""};
      return dynamic;
    }
    const auto *var = dyn_cast<VarDecl>(ref->getDecl());
    if (!var)
      return dynamic;
    // Only names that cannot change: constexpr, or const with an
    // initialiser (globals, static members, locals).
    // `const char *kTopic = "orders";` is taken for a constant too: the
    // pointer could be reassigned, but that is not how such names are used.
    bool constant = var->isConstexpr() || var->getType().isConstQualified() ||
                    (var->getType()->isPointerType() &&
                     var->getType()->getPointeeType().isConstQualified());
    const Expr *init = var->getAnyInitializer();
    if (constant && init)
      return resolve(init, depth + 1);
    return dynamic;
  }
  return dynamic;
}

} // namespace msglint::extract
