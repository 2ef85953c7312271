#include "model/DeclaredApi.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>

namespace msglint::model {

using namespace clang;

std::optional<CallMatch> matchDeclared(const CallExpr &call, const FunctionDecl &callee,
                                       const DeclaredApi &api, std::string apiName,
                                       std::string style) {
  CallMatch match;
  match.kind = api.kind;
  match.api = std::move(apiName);
  match.style = std::move(style);
  // Member calls through an overloaded operator count the object first.
  unsigned shift = isa<CXXOperatorCallExpr>(call) && isa<CXXMethodDecl>(callee) ? 1 : 0;
  if (api.targetName)
    match.target = *api.targetName;
  else if (api.targetArg && *api.targetArg + shift < call.getNumArgs())
    match.targetArg = static_cast<int>(*api.targetArg + shift);
  else
    return std::nullopt;
  if (api.handlerArg && *api.handlerArg + shift < call.getNumArgs())
    match.handlerArg = static_cast<int>(*api.handlerArg + shift);
  if (api.kind == facts::SiteKind::Call) {
    match.blocking = true;
    match.returnsResult = !callee.getReturnType()->isVoidType();
  }
  return match;
}

std::optional<CallMatch> matchSyncClient(
    const FunctionDecl &callee,
    const std::function<std::optional<std::string>(const CXXRecordDecl &)> &serviceOf,
    std::string apiName, std::string style) {
  const auto *method = dyn_cast<CXXMethodDecl>(&callee);
  if (!method || !method->getIdentifier() || method->getAccess() == AS_private ||
      isa<CXXConstructorDecl>(method))
    return std::nullopt;
  for (const CXXRecordDecl *record = method->getParent(); record;
       record = dyn_cast<CXXRecordDecl>(record->getDeclContext())) {
    if (std::optional<std::string> service = serviceOf(*record)) {
      CallMatch match;
      match.kind = facts::SiteKind::Call;
      match.api = std::move(apiName);
      match.style = std::move(style);
      match.target = *service + "/" + method->getName().str();
      match.blocking = true;
      match.returnsResult = !method->getReturnType()->isVoidType();
      return match;
    }
    if (!record->getDeclContext()->isRecord())
      break;
  }
  return std::nullopt;
}

} // namespace msglint::model
