#include "model/Annotations.h"
#include "model/DeclaredApi.h"

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
  auto annotatedService = [&](const CXXRecordDecl &record) -> std::optional<std::string> {
    const AnnotateAttr *attr = findAnnotation(record, "msglint:sync-client");
    if (!attr || attr->args_size() < 1)
      return std::nullopt;
    return readArg(*attr->args_begin(), ctx).name;
  };
  if (auto match = matchSyncClient(callee, annotatedService, "annotated", "sync-client"))
    return match;

  const FunctionDecl *decl = callee.getMostRecentDecl();
  const AnnotateAttr *attr = nullptr;
  for (const FunctionDecl *d = decl; d && !attr; d = d->getPreviousDecl())
    attr = findAnnotation(*d, "msglint:");
  if (!attr)
    return std::nullopt;
  llvm::StringRef what = attr->getAnnotation().drop_front(8);
  DeclaredApi api;
  if (what == "publish")
    api.kind = facts::SiteKind::Publish;
  else if (what == "subscribe")
    api.kind = facts::SiteKind::Subscribe;
  else if (what == "enqueue")
    api.kind = facts::SiteKind::Enqueue;
  else if (what == "work")
    api.kind = facts::SiteKind::Work;
  else
    return std::nullopt;
  std::vector<AnnotationArg> args;
  for (const Expr *e : attr->args())
    args.push_back(readArg(e, ctx));
  if (args.empty())
    return std::nullopt;
  api.targetName = args[0].name;
  api.targetArg = args[0].index;
  if (args.size() > 1)
    api.handlerArg = args[1].index;
  return matchDeclared(call, callee, api, "annotated", what.str());
}

} // namespace msglint::model
