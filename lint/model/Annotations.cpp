#include "model/Annotations.h"

#include <clang/AST/Attr.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>

namespace msglint::model {
namespace {

using namespace clang;

// An annotation argument: an argument number, or a fixed name.
struct AnnotationArg {
  std::optional<unsigned> index;
  std::optional<std::string> name;
};

AnnotationArg readArg(const Expr *e, const ASTContext &ctx) {
  AnnotationArg out;
  e = e->IgnoreParenImpCasts();
  if (const auto *lit = dyn_cast<StringLiteral>(e)) {
    out.name = lit->getString().str();
  } else if (std::optional<llvm::APSInt> value = e->getIntegerConstantExpr(ctx)) {
    out.index = static_cast<unsigned>(value->getExtValue());
  }
  return out;
}

const AnnotateAttr *findAnnotation(const Decl &decl, llvm::StringRef prefix) {
  for (const auto *attr : decl.specific_attrs<AnnotateAttr>())
    if (attr->getAnnotation().starts_with(prefix))
      return attr;
  return nullptr;
}

} // namespace

std::optional<CallMatch> AnnotationsPreset::matchCall(const CallExpr &call,
                                                      const FunctionDecl &callee,
                                                      const extract::NameResolver &) {
  const ASTContext &ctx = callee.getASTContext();
  // A method of a class marked as a sync client of a service.
  if (const auto *method = dyn_cast<CXXMethodDecl>(&callee);
      method && method->getIdentifier() && method->getAccess() != AS_private &&
      !isa<CXXConstructorDecl>(method)) {
    for (const CXXRecordDecl *record = method->getParent(); record;
         record = dyn_cast<CXXRecordDecl>(record->getDeclContext())) {
      if (const AnnotateAttr *attr = findAnnotation(*record, "msglint:sync-client")) {
        if (attr->args_size() < 1)
          return std::nullopt;
        AnnotationArg service = readArg(*attr->args_begin(), ctx);
        if (!service.name)
          return std::nullopt;
        CallMatch match;
        match.kind = facts::SiteKind::Call;
        match.api = "annotated";
        match.style = "sync-client";
        match.target = *service.name + "/" + method->getName().str();
        match.blocking = true;
        match.returnsResult = !method->getReturnType()->isVoidType();
        return match;
      }
      if (!record->getDeclContext()->isRecord())
        break;
    }
  }

  const FunctionDecl *decl = callee.getMostRecentDecl();
  const AnnotateAttr *attr = nullptr;
  for (const FunctionDecl *d = decl; d && !attr; d = d->getPreviousDecl())
    attr = findAnnotation(*d, "msglint:");
  if (!attr)
    return std::nullopt;
  llvm::StringRef what = attr->getAnnotation().drop_front(8);
  CallMatch match;
  match.api = "annotated";
  if (what == "publish")
    match.kind = facts::SiteKind::Publish;
  else if (what == "subscribe")
    match.kind = facts::SiteKind::Subscribe;
  else if (what == "enqueue")
    match.kind = facts::SiteKind::Enqueue;
  else if (what == "work")
    match.kind = facts::SiteKind::Work;
  else
    return std::nullopt;
  match.style = what.str();
  std::vector<AnnotationArg> args;
  for (const Expr *e : attr->args())
    args.push_back(readArg(e, ctx));
  if (args.empty())
    return std::nullopt;
  // Member calls through an overloaded operator count the object first.
  unsigned shift = isa<CXXOperatorCallExpr>(call) && isa<CXXMethodDecl>(callee) ? 1 : 0;
  if (args[0].name)
    match.target = *args[0].name;
  else if (args[0].index && *args[0].index + shift < call.getNumArgs())
    match.targetArg = static_cast<int>(*args[0].index + shift);
  else
    return std::nullopt;
  if (args.size() > 1 && args[1].index && *args[1].index + shift < call.getNumArgs())
    match.handlerArg = static_cast<int>(*args[1].index + shift);
  return match;
}

} // namespace msglint::model
