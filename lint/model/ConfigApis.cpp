#include "model/ConfigApis.h"

#include "model/AstQueries.h"

#include <clang/AST/DeclCXX.h>

namespace msglint::model {

using namespace clang;

namespace {

facts::SiteKind kindOf(const std::string &kind) {
  if (kind == "call")
    return facts::SiteKind::Call;
  if (kind == "subscribe")
    return facts::SiteKind::Subscribe;
  if (kind == "enqueue")
    return facts::SiteKind::Enqueue;
  if (kind == "work")
    return facts::SiteKind::Work;
  return facts::SiteKind::Publish;
}

std::string lastComponent(const std::string &qualified) {
  size_t colon = qualified.rfind("::");
  return colon == std::string::npos ? qualified : qualified.substr(colon + 2);
}

// The method itself and every virtual it overrides, however far up: a
// declaration on a base class covers calls of the overriders.
void selfAndOverridden(const FunctionDecl &fn, std::vector<const FunctionDecl *> &out) {
  out.push_back(&fn);
  if (const auto *method = dyn_cast<CXXMethodDecl>(&fn))
    for (const CXXMethodDecl *base : method->overridden_methods())
      selfAndOverridden(*base, out);
}

} // namespace

ConfigApisPreset::ConfigApisPreset(const std::vector<config::ApiDeclaration> &apis) {
  for (const config::ApiDeclaration &decl : apis) {
    if (!decl.className.empty()) {
      syncClients.emplace(decl.className, decl.targetName);
      continue;
    }
    DeclaredApi api;
    api.kind = kindOf(decl.kind);
    if (decl.targetArg)
      api.targetArg = decl.targetArg;
    else
      api.targetName = decl.targetName;
    api.handlerArg = decl.handlerArg;
    functions.emplace(lastComponent(decl.function), Declared{decl.function, api});
  }
}

std::optional<CallMatch> ConfigApisPreset::matchCall(const CallExpr &call,
                                                     const FunctionDecl &callee,
                                                     const extract::NameResolver &) {
  if (!syncClients.empty()) {
    const std::string *className = nullptr;
    auto classOf = [&](const CXXRecordDecl &record) -> std::optional<std::string> {
      auto it = syncClients.find(writtenQualifiedName(record));
      if (it == syncClients.end())
        return std::nullopt;
      className = &it->first;
      return it->second;
    };
    if (auto match = matchSyncClient(callee, classOf, "config", "")) {
      match->style = *className;
      return match;
    }
  }
  if (functions.empty() || !callee.getIdentifier())
    return std::nullopt;
  std::vector<const FunctionDecl *> candidates;
  selfAndOverridden(callee, candidates);
  for (const FunctionDecl *fn : candidates) {
    if (!fn->getIdentifier())
      continue;
    auto [begin, end] = functions.equal_range(fn->getName().str());
    if (begin == end)
      continue;
    std::string qualified = writtenQualifiedName(*fn);
    for (auto it = begin; it != end; ++it)
      if (it->second.qualifiedName == qualified)
        return matchDeclared(call, callee, it->second.api, "config", qualified);
  }
  return std::nullopt;
}

} // namespace msglint::model
