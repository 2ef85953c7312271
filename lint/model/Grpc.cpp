#include "model/Grpc.h"

#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/StmtVisitor.h>

namespace msglint::model {
namespace {

using namespace clang;

// The record a (possibly pointer/reference to a) type names.
const CXXRecordDecl *recordOf(QualType type) {
  type = type.getNonReferenceType();
  if (type->isPointerType())
    type = type->getPointeeType();
  return type->getAsCXXRecordDecl();
}

bool isGrpcClass(QualType type, llvm::StringRef name) {
  const CXXRecordDecl *record = recordOf(type);
  if (!record || record->getName() != name)
    return false;
  const auto *ns = dyn_cast<NamespaceDecl>(record->getDeclContext());
  return ns && ns->getName() == "grpc" &&
         ns->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

bool firstParamIs(const FunctionDecl &fn, std::initializer_list<llvm::StringRef> names) {
  if (fn.getNumParams() == 0)
    return false;
  QualType type = fn.getParamDecl(0)->getType();
  for (llvm::StringRef name : names)
    if (isGrpcClass(type, name))
      return true;
  return false;
}

// The string a `static constexpr char const* service_full_name()` returns.
std::optional<std::string> returnedString(const FunctionDecl &fn) {
  const auto *body = dyn_cast_or_null<CompoundStmt>(fn.getBody());
  if (!body)
    return std::nullopt;
  for (const Stmt *stmt : body->body())
    if (const auto *ret = dyn_cast<ReturnStmt>(stmt))
      if (const Expr *value = ret->getRetValue())
        if (const auto *lit = dyn_cast<StringLiteral>(value->IgnoreImplicit()))
          return lit->getString().str();
  return std::nullopt;
}

// protoc maps package a.b to namespace a::b, so the qualified name of the
// generated class is the service's full name with '.' for '::'.
std::string fullNameFromNamespaces(const CXXRecordDecl &record) {
  std::string name = record.getQualifiedNameAsString();
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    if (name.compare(i, 2, "::") == 0) {
      out += '.';
      ++i;
    } else {
      out += name[i];
    }
  }
  return out;
}

std::string styleOfReturn(QualType ret) {
  std::string text = ret.getAsString();
  if (text.find("ClientReaderWriter") != std::string::npos)
    return "bidi-stream";
  if (text.find("ClientReader") != std::string::npos)
    return "server-stream";
  if (text.find("ClientWriter") != std::string::npos)
    return "client-stream";
  return "unary";
}

} // namespace

const GrpcPreset::GeneratedService *
GrpcPreset::enclosingService(const DeclContext *dc) {
  for (; dc; dc = dc->getParent()) {
    const auto *record = dyn_cast<CXXRecordDecl>(dc);
    if (!record)
      continue;
    record = record->getDefinition() ? record->getDefinition() : record;
    auto [it, inserted] = cache.try_emplace(record);
    if (inserted) {
      const CXXMethodDecl *fullName = nullptr;
      const CXXRecordDecl *service = nullptr;
      for (const Decl *member : record->decls()) {
        if (const auto *m = dyn_cast<CXXMethodDecl>(member);
            m && m->isStatic() && m->getName() == "service_full_name")
          fullName = m;
        if (const auto *r = dyn_cast<CXXRecordDecl>(member);
            r && r->getName() == "Service" && r->isThisDeclarationADefinition())
          service = r;
      }
      if (fullName && service) {
        GeneratedService svc;
        svc.fullName = returnedString(*fullName).value_or(fullNameFromNamespaces(*record));
        for (const CXXMethodDecl *m : service->methods())
          if (m->getIdentifier() && firstParamIs(*m, {"ServerContext"}))
            svc.methods.insert(m->getName().str());
        it->second = std::move(svc);
      }
    }
    if (it->second)
      return &*it->second;
  }
  return nullptr;
}

std::optional<std::string>
GrpcPreset::rpcName(const GeneratedService &svc, const std::string &name,
                    std::initializer_list<const char *> prefixes, std::string *prefix) {
  // An RPC may itself be called AsyncX; the exact name wins.
  if (svc.methods.count(name)) {
    if (prefix)
      prefix->clear();
    return name;
  }
  for (llvm::StringRef p : prefixes) {
    if (llvm::StringRef(name).starts_with(p)) {
      std::string rest = name.substr(p.size());
      if (svc.methods.count(rest)) {
        if (prefix)
          *prefix = p.str();
        return rest;
      }
    }
  }
  return std::nullopt;
}

std::optional<CallMatch> GrpcPreset::matchCall(const CallExpr &, const FunctionDecl &callee,
                                               const extract::NameResolver &) {
  const auto *method = dyn_cast<CXXMethodDecl>(&callee);
  if (!method || !method->getIdentifier())
    return std::nullopt;
  const CXXRecordDecl *owner = method->getParent();
  const GeneratedService *svc = enclosingService(owner);
  if (!svc)
    return std::nullopt;
  llvm::StringRef ownerName = owner->getName();
  std::string name = method->getName().str();
  CallMatch match;
  match.api = "grpc";

  if (ownerName == "Stub" || ownerName == "StubInterface" || ownerName == "async" ||
      ownerName == "async_interface") {
    if (!firstParamIs(*method, {"ClientContext"}))
      return std::nullopt;
    // The async forms take a CompletionQueue; for an RPC itself named
    // AsyncX, `AsyncX(ctx, req, resp)` is its sync call and
    // `AsyncX(ctx, req, cq)` the async call of X.
    bool takesQueue = false;
    for (const ParmVarDecl *param : method->parameters())
      takesQueue = takesQueue || isGrpcClass(param->getType(), "CompletionQueue");
    std::string prefix;
    std::optional<std::string> rpc;
    if (takesQueue) {
      for (llvm::StringRef p : {"PrepareAsync", "Async"})
        if (!rpc && llvm::StringRef(name).starts_with(p) && svc->methods.count(name.substr(p.size()))) {
          rpc = name.substr(p.size());
          prefix = p.str();
        }
    } else if (svc->methods.count(name)) {
      rpc = name;
    }
    if (!rpc)
      return std::nullopt;
    match.target = svc->fullName + "/" + *rpc;
    match.contextArg = 0;
    if (ownerName == "async" || ownerName == "async_interface") {
      match.style = "callback";
      // The unary form takes std::function<void(Status)>; the reactor
      // forms report through the reactor's OnDone.
      unsigned last = method->getNumParams() - 1;
      const CXXRecordDecl *lastType =
          recordOf(method->getParamDecl(last)->getType());
      if (method->getNumParams() >= 2 &&
          !(lastType && lastType->getName().ends_with("Reactor")))
        match.callbackArg = static_cast<int>(last);
    } else if (!prefix.empty()) {
      match.style = "async";
      match.returnsResult = true;
    } else {
      match.style = styleOfReturn(method->getReturnType());
      match.blocking = true;
      match.returnsResult = true;
    }
    return match;
  }

  // AsyncService: `service->RequestX(...)` asks for the next X call; the
  // function that does so handles X.
  if (llvm::StringRef(name).starts_with("Request") &&
      firstParamIs(*method, {"ServerContext"})) {
    if (auto rpc = rpcName(*svc, name, {"Request"}, nullptr)) {
      if (*rpc == name)
        return std::nullopt; // an RPC named RequestX, served synchronously
      match.role = CallMatch::Role::MarksEntry;
      match.style = "async-server";
      match.target = svc->fullName + "/" + *rpc;
      return match;
    }
  }
  return std::nullopt;
}

std::optional<EntryMatch> GrpcPreset::matchEntry(const CXXMethodDecl &method) {
  if (!method.getIdentifier() || enclosingService(method.getParent()))
    return std::nullopt; // generated code itself is not a handler
  if (!firstParamIs(method, {"ServerContext", "CallbackServerContext"}))
    return std::nullopt;
  // Walk every method this one overrides, however deep the hierarchy of
  // WithCallbackMethod_/WithStreamedUnaryMethod_ templates is.
  std::vector<const CXXMethodDecl *> pending(method.overridden_methods().begin(),
                                          method.overridden_methods().end());
  while (!pending.empty()) {
    const CXXMethodDecl *base = pending.back();
    pending.pop_back();
    if (const GeneratedService *svc = enclosingService(base->getParent())) {
      if (auto rpc = rpcName(*svc, base->getName().str(),
                             {"Streamed", "SplitStreamed"}, nullptr))
        return EntryMatch{facts::SiteKind::Call, "grpc", svc->fullName + "/" + *rpc};
    }
    pending.insert(pending.end(), base->overridden_methods().begin(),
                base->overridden_methods().end());
  }
  return std::nullopt;
}

bool GrpcPreset::setsDeadline(const FunctionDecl &callee) {
  const auto *method = dyn_cast<CXXMethodDecl>(&callee);
  return method && method->getIdentifier() && method->getName() == "set_deadline" &&
         isGrpcClass(QualType(method->getParent()->getTypeForDecl(), 0), "ClientContext");
}

bool GrpcPreset::propagatesDeadline(const FunctionDecl &callee) {
  const auto *method = dyn_cast<CXXMethodDecl>(&callee);
  if (!method || !method->getIdentifier() || !method->isStatic())
    return false;
  llvm::StringRef name = method->getName();
  return (name == "FromServerContext" || name == "FromCallbackServerContext" ||
          name == "FromClientContext") &&
         isGrpcClass(QualType(method->getParent()->getTypeForDecl(), 0), "ClientContext");
}

} // namespace msglint::model
