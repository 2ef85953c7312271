// What an in-house function or class says it does, declared by an
// annotation (Annotations.cpp) or in `.msglint.yaml` (ConfigApis.cpp): the
// one shape both ways share, and the one way to turn it into a CallMatch.
#pragma once

#include "model/Preset.h"

#include <functional>
#include <optional>
#include <string>

namespace clang {
class CXXMethodDecl;
class CXXRecordDecl;
} // namespace clang

namespace msglint::model {

struct DeclaredApi {
  facts::SiteKind kind = facts::SiteKind::Publish;
  std::optional<std::string> targetName; // a fixed topic, queue or endpoint, or
  std::optional<unsigned> targetArg;     // the callee's parameter naming it (from 0)
  std::optional<unsigned> handlerArg;    // subscribe/work: the handler parameter
};

// The site a call of a declared function makes; nullopt when the call does
// not have the arguments the declaration names.
std::optional<CallMatch> matchDeclared(const clang::CallExpr &call,
                                       const clang::FunctionDecl &callee, const DeclaredApi &api,
                                       std::string apiName, std::string style);

// A call of a non-private method of a class that `serviceOf` names a sync
// client of a service (the class itself or a class enclosing it): a
// blocking call of `SERVICE/method`.
std::optional<CallMatch> matchSyncClient(
    const clang::FunctionDecl &callee,
    const std::function<std::optional<std::string>(const clang::CXXRecordDecl &)> &serviceOf,
    std::string apiName, std::string style);

} // namespace msglint::model
