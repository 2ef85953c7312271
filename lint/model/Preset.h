// The API model: how msglint knows what a call means. One Preset per
// library; extract asks each preset about every call and every method
// definition it sees. Presets are the only code, besides extract/, that
// reads the Clang AST.
#pragma once

#include "config/Config.h"
#include "facts/Facts.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class CallExpr;
class CXXMethodDecl;
class FunctionDecl;
} // namespace clang

namespace msglint::extract {
class NameResolver;
}

namespace msglint::model {

// What a recognised call does.
struct CallMatch {
  enum class Role {
    Site,        // a call/enqueue/publish/... site
    MarksEntry,  // makes the enclosing function the entry point of `target`
    RegistersHandler, // makes the `handlerArg` functions entry points of `target`
  };
  Role role = Role::Site;
  facts::SiteKind kind = facts::SiteKind::Call;
  std::string api;
  std::string style;
  // The topic, queue or endpoint: given by the preset, or read by extract
  // from argument `targetArg` (literals, constants, the caller's
  // parameters) and wrapped as targetPrefix + name + targetSuffix.
  std::string target;
  int targetArg = -1;
  std::string targetPrefix, targetSuffix;
  bool blocking = false;
  int contextArg = -1;      // argument holding the call's context (deadline)
  int callbackArg = -1;     // argument holding a completion callback
  bool returnsResult = false; // the return value carries the outcome
  // Subscribe/work: the argument that handles each message: a function, a
  // lambda, a member function; or an object whose `handlerMethod` is called.
  int handlerArg = -1;
  std::string handlerMethod;
  // Subscribe/work: the call itself returns the next message or job (a
  // synchronous pop), so the function making it is where they are handled.
  bool receives = false;
};

struct EntryMatch {
  facts::SiteKind kind = facts::SiteKind::Call;
  std::string api;
  std::string target;
};

class Preset {
public:
  virtual ~Preset() = default;
  virtual const char *name() const = 0;
  virtual std::optional<CallMatch> matchCall(const clang::CallExpr &call,
                                             const clang::FunctionDecl &callee,
                                             const extract::NameResolver &names) = 0;
  // A method definition that implements an entry point (a server handler).
  virtual std::optional<EntryMatch> matchEntry(const clang::CXXMethodDecl &) {
    return std::nullopt;
  }
  // Whether a call to `callee` sets the deadline of the context it is
  // called on (e.g. grpc::ClientContext::set_deadline).
  virtual bool setsDeadline(const clang::FunctionDecl &) { return false; }
  // Whether `callee` creates a context that inherits a deadline.
  virtual bool propagatesDeadline(const clang::FunctionDecl &) { return false; }
};

// Every preset msglint knows, fresh per TU (presets may cache per TU),
// with the APIs the configuration declares.
std::vector<std::unique_ptr<Preset>> makePresets(const std::vector<config::ApiDeclaration> &apis);

} // namespace msglint::model
