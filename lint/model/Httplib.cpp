#include "model/Httplib.h"

#include "model/AstQueries.h"

#include "extract/NameResolver.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringSwitch.h>

namespace msglint::model {
namespace {

using namespace clang;

constexpr int kMaxDepth = 8;

bool isHttplibClient(const CXXRecordDecl *record) {
  if (!record || !record->getIdentifier())
    return false;
  llvm::StringRef name = record->getName();
  if (name != "Client" && name != "ClientImpl" && name != "SSLClient")
    return false;
  const auto *ns = dyn_cast<NamespaceDecl>(record->getDeclContext());
  return ns && ns->getName() == "httplib" &&
         ns->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

bool isHttplibServer(const CXXRecordDecl *record) {
  if (!record || !record->getIdentifier() || record->getName() != "Server")
    return false;
  const auto *ns = dyn_cast<NamespaceDecl>(record->getDeclContext());
  return ns && ns->getName() == "httplib" &&
         ns->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

// A server route pattern as the client's path template writes it: each
// regex group, `:param` segment and `.*`/`.+`/`[...]+` run is one `{}`;
// anchors dropped, escapes undone. R"(/orders/(\d+))" is "/orders/{}".
std::string routeOf(llvm::StringRef pattern) {
  pattern.consume_front("^");
  pattern.consume_back("$");
  std::string out;
  auto placeholder = [&] {
    if (!llvm::StringRef(out).ends_with("{}"))
      out += "{}";
  };
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += pattern[++i];
    } else if (c == '(' || c == '[') {
      // Skip to the matching close, minding escapes and nesting.
      char open = c, close = c == '(' ? ')' : ']';
      int depth = 0;
      for (; i < pattern.size(); ++i) {
        if (pattern[i] == '\\') {
          ++i;
          continue;
        }
        if (pattern[i] == open)
          ++depth;
        else if (pattern[i] == close && --depth == 0)
          break;
      }
      while (i + 1 < pattern.size() && llvm::StringRef("*+?").contains(pattern[i + 1]))
        ++i;
      placeholder();
    } else if (c == '.' && i + 1 < pattern.size() && (pattern[i + 1] == '*' || pattern[i + 1] == '+')) {
      ++i;
      placeholder();
    } else if (c == ':' && (out.empty() || out.back() == '/')) {
      while (i + 1 < pattern.size() && pattern[i + 1] != '/')
        ++i;
      placeholder();
    } else {
      out += c;
    }
  }
  return out;
}

// The arguments the client was constructed with: `httplib::Client
// cli("http://orders:8080")`, `auto cli = httplib::Client(...)`, a member
// with a default member initialiser, `new httplib::Client(...)`,
// `std::make_unique<httplib::Client>(...)` and smart pointers holding one.
bool constructorArgs(const Expr *e, llvm::SmallVectorImpl<const Expr *> &args, int depth = 0) {
  e = peel(e);
  if (!e || depth > kMaxDepth)
    return false;
  if (const auto *op = dyn_cast<CXXOperatorCallExpr>(e)) {
    // `cli->Get(...)` or `(*cli).Get(...)` through a smart pointer.
    if ((op->getOperator() == OO_Arrow || op->getOperator() == OO_Star) && op->getNumArgs() >= 1)
      return constructorArgs(op->getArg(0), args, depth + 1);
    return false;
  }
  if (const auto *u = dyn_cast<UnaryOperator>(e); u && u->getOpcode() == UO_Deref)
    return constructorArgs(u->getSubExpr(), args, depth + 1);
  if (const auto *ref = dyn_cast<DeclRefExpr>(e)) {
    const auto *var = dyn_cast<VarDecl>(ref->getDecl());
    if (!var || isa<ParmVarDecl>(var) || !var->getAnyInitializer())
      return false;
    return constructorArgs(var->getAnyInitializer(), args, depth + 1);
  }
  if (const auto *member = dyn_cast<MemberExpr>(e)) {
    const auto *field = dyn_cast<FieldDecl>(member->getMemberDecl());
    if (!field || !field->hasInClassInitializer())
      return false;
    return constructorArgs(field->getInClassInitializer(), args, depth + 1);
  }
  if (const auto *alloc = dyn_cast<CXXNewExpr>(e))
    return constructorArgs(alloc->getConstructExpr(), args, depth + 1);
  if (const auto *construct = dyn_cast<CXXConstructExpr>(e)) {
    if (isHttplibClient(construct->getConstructor()->getParent())) {
      for (const Expr *arg : construct->arguments())
        args.push_back(arg);
      return true;
    }
    // A smart pointer made from `new httplib::Client(...)`, or a copy.
    return construct->getNumArgs() == 1 && constructorArgs(construct->getArg(0), args, depth + 1);
  }
  if (const auto *call = dyn_cast<CallExpr>(e)) {
    const FunctionDecl *fn = call->getDirectCallee();
    if (!fn || !fn->getIdentifier() || !fn->isInStdNamespace() ||
        (fn->getName() != "make_unique" && fn->getName() != "make_shared"))
      return false;
    const auto *made = fn->getReturnType()->getAsCXXRecordDecl();
    const auto *spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(made);
    if (!spec || spec->getTemplateArgs().size() < 1 ||
        spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type ||
        !isHttplibClient(spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl()))
      return false;
    for (const Expr *arg : call->arguments())
      args.push_back(arg);
    return true;
  }
  return false;
}

// "orders:8080" from "http://orders:8080/", "orders:8080" or "orders" and
// a port; empty when it is not known.
std::string hostOf(const llvm::SmallVectorImpl<const Expr *> &args,
                   const extract::NameResolver &names, const ASTContext &ctx) {
  if (args.empty())
    return "";
  extract::ResolvedName host = names.resolve(args[0]);
  if (!host.isValue() || host.value.empty())
    return "";
  llvm::StringRef text = host.value;
  if (size_t scheme = text.find("://"); scheme != llvm::StringRef::npos)
    text = text.drop_front(scheme + 3);
  text = text.take_until([](char c) { return c == '/'; });
  if (text.empty())
    return "";
  std::string out = text.str();
  // Client(host, port), not Client(scheme_host_port, cert_path, key_path).
  if (args.size() >= 2 && args[1]->getType()->isIntegerType()) {
    Expr::EvalResult port;
    if (!peel(args[1])->EvaluateAsInt(port, ctx))
      return "";
    out += ":" + std::to_string(port.Val.getInt().getExtValue());
  }
  return out;
}

// A path built by concatenation with parts only known at run time, as a
// route: `"/orders/" + std::to_string(id)` is "/orders/{}".
std::string pathTemplate(const Expr *e, const extract::NameResolver &names, int depth = 0) {
  e = peel(e);
  if (!e || depth > kMaxDepth)
    return "{}";
  if (const auto *op = dyn_cast<CXXOperatorCallExpr>(e);
      op && op->getOperator() == OO_Plus && op->getNumArgs() == 2) {
    std::string lhs = pathTemplate(op->getArg(0), names, depth + 1);
    std::string rhs = pathTemplate(op->getArg(1), names, depth + 1);
    if (llvm::StringRef(lhs).ends_with("{}") && llvm::StringRef(rhs).starts_with("{}"))
      rhs.erase(0, 2);
    return lhs + rhs;
  }
  extract::ResolvedName name = names.resolve(e);
  if (name.isValue())
    return name.value;
  // A const local made by concatenation: `const auto path = "/a/" + id;`.
  if (const auto *ref = dyn_cast<DeclRefExpr>(e)) {
    const auto *var = dyn_cast<VarDecl>(ref->getDecl());
    if (var && !isa<ParmVarDecl>(var) && var->getType().isConstQualified() &&
        var->getAnyInitializer())
      return pathTemplate(var->getAnyInitializer(), names, depth + 1);
  }
  return "{}";
}

} // namespace

namespace {

// `svr.Get("/orders/(\\d+)", handler)`: the handler serves "GET /orders/{}"
// of whichever service this is (link adds the service's name).
std::optional<CallMatch> matchRoute(const CallExpr &call, const CXXMethodDecl &method,
                                    const extract::NameResolver &names) {
  std::string verb = llvm::StringSwitch<std::string>(method.getName())
                         .Case("Get", "GET")
                         .Case("Post", "POST")
                         .Case("Put", "PUT")
                         .Case("Patch", "PATCH")
                         .Case("Delete", "DELETE")
                         .Case("Options", "OPTIONS")
                         .Default("");
  if (verb.empty() || call.getNumArgs() != 2)
    return std::nullopt;
  CallMatch match;
  match.role = CallMatch::Role::RegistersHandler;
  match.kind = facts::SiteKind::Call;
  match.api = "http";
  match.style = "route";
  match.handlerArg = 1;
  extract::ResolvedName pattern = names.resolve(call.getArg(0));
  match.target = pattern.isValue() ? verb + " " + routeOf(pattern.value) : "dynamic";
  return match;
}

} // namespace

std::optional<CallMatch> HttplibPreset::matchCall(const CallExpr &call, const FunctionDecl &callee,
                                                  const extract::NameResolver &names) {
  const auto *method = dyn_cast<CXXMethodDecl>(&callee);
  const auto *member = dyn_cast<CXXMemberCallExpr>(&call);
  if (!method || !member || !method->getIdentifier())
    return std::nullopt;
  if (isHttplibServer(method->getParent()))
    return matchRoute(call, *method, names);
  if (!isHttplibClient(method->getParent()))
    return std::nullopt;
  std::string verb = llvm::StringSwitch<std::string>(method->getName())
                         .Case("Get", "GET")
                         .Case("Head", "HEAD")
                         .Case("Post", "POST")
                         .Case("Put", "PUT")
                         .Case("Patch", "PATCH")
                         .Case("Delete", "DELETE")
                         .Case("Options", "OPTIONS")
                         .Case("send", "")
                         .Default("-");
  if (verb == "-" || call.getNumArgs() == 0)
    return std::nullopt; // set_read_timeout, is_valid, stop...
  CallMatch match;
  match.api = "http";
  match.style = "sync";
  match.blocking = true;
  match.returnsResult = true; // httplib::Result, or send's bool
  llvm::SmallVector<const Expr *, 2> args;
  std::string host;
  if (constructorArgs(member->getImplicitObjectArgument(), args))
    host = hostOf(args, names, method->getASTContext());
  if (host.empty() && !verb.empty()) {
    match.target = "dynamic"; // a client made elsewhere, or from a variable
    return match;
  }
  if (verb.empty()) {
    match.targetArg = 0; // send(request): the method and path are data
    return match;
  }
  match.targetPrefix = host + "/" + verb + " ";
  const Expr *path = call.getArg(0);
  if (names.resolve(path).kind == extract::ResolvedName::Kind::Dynamic) {
    std::string route = pathTemplate(path, names);
    if (route != "{}" && llvm::StringRef(route).starts_with("/")) {
      match.target = match.targetPrefix + route;
      match.targetPrefix.clear();
      return match;
    }
  }
  match.targetArg = 0;
  return match;
}

} // namespace msglint::model
