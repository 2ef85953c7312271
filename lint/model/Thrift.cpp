#include "model/Thrift.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>

#include <array>

namespace msglint::model {
namespace {

using namespace clang;

// Suffixes of the classes the Thrift compiler derives from `XIf`, longest
// first. The client ones make calls; Null and Multiface are in-process.
constexpr std::array<llvm::StringRef, 4> kClientSuffixes = {
    "ConcurrentClientT", "ConcurrentClient", "ClientT", "Client"};
constexpr std::array<llvm::StringRef, 2> kLocalSuffixes = {"Null", "Multiface"};

const CXXRecordDecl *definitionOf(const CXXRecordDecl *record) {
  return record && record->hasDefinition() ? record->getDefinition() : nullptr;
}

const CXXRecordDecl *recordNamed(const DeclContext &dc, const ASTContext &ctx,
                                 llvm::StringRef name) {
  for (const NamedDecl *found : dc.lookup(DeclarationName(&ctx.Idents.get(name))))
    if (const auto *record = dyn_cast<CXXRecordDecl>(found))
      return record;
  return nullptr;
}

// Thrift maps `namespace cpp a.b` to namespace a::b: the service's full
// name is the qualified name of the interface's namespace, with '.'.
std::string fullName(const CXXRecordDecl &iface, llvm::StringRef service) {
  std::string out;
  for (const DeclContext *dc = iface.getDeclContext(); dc; dc = dc->getParent())
    if (const auto *ns = dyn_cast<NamespaceDecl>(dc); ns && !ns->isInlineNamespace())
      out.insert(0, ns->getName().str() + ".");
  return out + service.str();
}

const CXXMethodDecl *methodNamed(const CXXRecordDecl &record, llvm::StringRef name) {
  for (const CXXMethodDecl *m : record.methods())
    if (m->getIdentifier() && m->getName() == name)
      return m;
  return nullptr;
}

} // namespace

const std::string *ThriftPreset::serviceOfInterface(const CXXRecordDecl *record) {
  record = definitionOf(record);
  if (!record || !record->getIdentifier())
    return nullptr;
  auto [it, inserted] = interfaces.try_emplace(record);
  if (inserted) {
    llvm::StringRef name = record->getName();
    llvm::StringRef service = name;
    if (service.consume_back("If") && !service.empty()) {
      const ASTContext &ctx = record->getASTContext();
      const CXXRecordDecl *factory = definitionOf(
          recordNamed(*record->getDeclContext(), ctx, (name + "Factory").str()));
      const CXXMethodDecl *getHandler = factory ? methodNamed(*factory, "getHandler") : nullptr;
      QualType ret = getHandler ? getHandler->getReturnType() : QualType();
      if (!ret.isNull() && ret->isPointerType() &&
          definitionOf(ret->getPointeeType()->getAsCXXRecordDecl()) == record)
        it->second = fullName(*record, service);
    }
  }
  return it->second ? &*it->second : nullptr;
}

const CXXRecordDecl *ThriftPreset::generatedImplementation(const CXXRecordDecl *record,
                                                          std::string *kind) {
  record = definitionOf(record);
  if (!record || !record->getIdentifier())
    return nullptr;
  llvm::StringRef name = record->getName();
  auto implements = [&](llvm::StringRef suffix) -> const CXXRecordDecl * {
    llvm::StringRef service = name;
    if (!service.consume_back(suffix) || service.empty())
      return nullptr;
    for (const CXXBaseSpecifier &base : record->bases()) {
      const CXXRecordDecl *iface = definitionOf(base.getType()->getAsCXXRecordDecl());
      if (iface && iface->getIdentifier() && iface->getName() == (service + "If").str() &&
          serviceOfInterface(iface))
        return iface;
    }
    return nullptr;
  };
  for (llvm::StringRef suffix : kClientSuffixes)
    if (const CXXRecordDecl *iface = implements(suffix)) {
      *kind = "client";
      return iface;
    }
  for (llvm::StringRef suffix : kLocalSuffixes)
    if (const CXXRecordDecl *iface = implements(suffix)) {
      *kind = "local";
      return iface;
    }
  return nullptr;
}

std::optional<std::string> ThriftPreset::endpointOf(const CXXMethodDecl &method) {
  std::vector<const CXXMethodDecl *> pending(method.overridden_methods().begin(),
                                          method.overridden_methods().end());
  while (!pending.empty()) {
    const CXXMethodDecl *base = pending.back();
    pending.pop_back();
    if (base->isPureVirtual() && base->getIdentifier())
      if (const std::string *service = serviceOfInterface(base->getParent()))
        return *service + "/" + base->getName().str();
    pending.insert(pending.end(), base->overridden_methods().begin(),
                base->overridden_methods().end());
  }
  return std::nullopt;
}

std::optional<CallMatch> ThriftPreset::matchCall(const CallExpr & /*call*/, const FunctionDecl &callee,
                                                 const extract::NameResolver &) {
  const auto *method = dyn_cast<CXXMethodDecl>(&callee);
  if (!method || !method->getIdentifier())
    return std::nullopt;
  const CXXRecordDecl *client = definitionOf(method->getParent());
  std::string kind;
  if (!generatedImplementation(client, &kind) || kind != "client")
    return std::nullopt;
  llvm::StringRef name = method->getName();
  if (name.starts_with("recv_"))
    return std::nullopt; // the second half of a send_X: the site is send_X
  bool send = name.consume_front("send_");
  const CXXMethodDecl *rpc = send ? methodNamed(*client, name) : method;
  std::optional<std::string> endpoint = rpc ? endpointOf(*rpc) : std::nullopt;
  if (!endpoint)
    return std::nullopt; // setProtocol, getInputProtocol...
  // A oneway function has no recv_X: the client writes and returns.
  bool oneway = !methodNamed(*client, ("recv_" + name).str());
  CallMatch match;
  match.api = "thrift";
  match.target = *endpoint;
  match.style = oneway ? "oneway" : send ? "send" : "sync";
  match.blocking = !oneway;
  // Non-void results come back through `_return`, the first parameter,
  // except scalars, which are returned; send_X returns at most a seqid.
  match.returnsResult = !send && !method->getReturnType()->isVoidType();
  return match;
}

std::optional<EntryMatch> ThriftPreset::matchEntry(const CXXMethodDecl &method) {
  std::string kind;
  if (!method.getIdentifier() || generatedImplementation(method.getParent(), &kind) ||
      serviceOfInterface(method.getParent()))
    return std::nullopt; // generated code itself is not a handler
  if (std::optional<std::string> endpoint = endpointOf(method))
    return EntryMatch{facts::SiteKind::Call, "thrift", *endpoint};
  return std::nullopt;
}

} // namespace msglint::model
