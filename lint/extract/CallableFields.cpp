#include "extract/CallableFields.h"

#include "model/AstQueries.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>

namespace msglint::extract {

using namespace clang;

namespace {

constexpr int kMaxPeel = 8;

bool isStdCallOf(const CallExpr *call, llvm::StringRef name) {
  const FunctionDecl *fn = call ? call->getDirectCallee() : nullptr;
  return fn && fn->getIdentifier() && fn->getName() == name && fn->isInStdNamespace();
}

// Under model::peel's conversions and temporaries, and copies, std::move
// and std::forward.
const Expr *peelValue(const Expr *e) {
  for (int i = 0; e && i < kMaxPeel; ++i) {
    e = model::peel(e);
    if (const auto *c = dyn_cast_or_null<CXXConstructExpr>(e); c && c->getNumArgs() == 1 &&
                                                           c->getConstructor()->isCopyOrMoveConstructor())
      e = c->getArg(0);
    else if (const auto *call = dyn_cast<CallExpr>(e);
             call && call->getNumArgs() == 1 && (isStdCallOf(call, "move") || isStdCallOf(call, "forward")))
      e = call->getArg(0);
    else
      break;
  }
  return e;
}

} // namespace

bool holdsCallable(QualType type) {
  type = type.getNonReferenceType().getCanonicalType();
  if (type->isFunctionPointerType())
    return true;
  const auto *record = type->getAsCXXRecordDecl();
  if (!record || !record->getIdentifier() || !record->isInStdNamespace())
    return false;
  return record->getName() == "function" || record->getName() == "move_only_function";
}

const FieldDecl *callableField(const Expr *e) {
  const auto *member = dyn_cast_or_null<MemberExpr>(peelValue(e));
  const auto *field = member ? dyn_cast<FieldDecl>(member->getMemberDecl()) : nullptr;
  return field && holdsCallable(field->getType()) ? field : nullptr;
}

std::optional<CallableStore> callableStore(const CallExpr &call) {
  const auto *op = dyn_cast<CXXOperatorCallExpr>(&call);
  if (!op || op->getOperator() != OO_Equal || op->getNumArgs() != 2)
    return std::nullopt;
  const auto *member = dyn_cast<MemberExpr>(op->getArg(0)->IgnoreParenImpCasts());
  const auto *field = member ? dyn_cast<FieldDecl>(member->getMemberDecl()) : nullptr;
  if (!field || !holdsCallable(field->getType()))
    return std::nullopt;
  return CallableStore{field, op->getArg(1)};
}

const FieldDecl *invokedField(const CallExpr &call) {
  if (const auto *op = dyn_cast<CXXOperatorCallExpr>(&call)) {
    if (op->getOperator() != OO_Call || op->getNumArgs() < 1)
      return nullptr;
    return callableField(op->getArg(0));
  }
  if (call.getDirectCallee())
    return nullptr;
  return callableField(call.getCallee());
}

std::optional<unsigned> storedParameter(const Expr *value, const FunctionDecl &fn) {
  const auto *ref = dyn_cast_or_null<DeclRefExpr>(peelValue(value));
  const auto *param = ref ? dyn_cast<ParmVarDecl>(ref->getDecl()) : nullptr;
  if (!param || param->getDeclContext() != &fn)
    return std::nullopt;
  return param->getFunctionScopeIndex();
}

} // namespace msglint::extract
