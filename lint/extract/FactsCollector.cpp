#include "extract/FactsCollector.h"

#include "extract/CallFlow.h"
#include "extract/CallableFields.h"
#include "extract/NameResolver.h"
#include "extract/RunsAfter.h"

#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Index/USRGeneration.h>

#include <map>
#include <set>

namespace msglint::extract {
namespace {

using namespace clang;

// Instantiations of a template share the facts of the template itself.
const FunctionDecl *canonicalFunction(const FunctionDecl *fn) {
  while (const FunctionDecl *pattern = fn->getTemplateInstantiationPattern()) {
    if (pattern == fn)
      break;
    fn = pattern;
  }
  return fn;
}

std::string usrOf(const Decl *decl) {
  llvm::SmallString<128> usr;
  if (index::generateUSRForDecl(decl, usr))
    return "";
  return std::string(usr);
}

bool isLambdaCallOperator(const FunctionDecl *fn) {
  const auto *method = dyn_cast<CXXMethodDecl>(fn);
  return method && method->getParent()->isLambda();
}

// "ns::Class::method", or "lambda in ns::Class::method" for a lambda.
std::string displayName(const FunctionDecl *fn) {
  if (!isLambdaCallOperator(fn))
    return fn->getQualifiedNameAsString();
  const DeclContext *dc = cast<CXXMethodDecl>(fn)->getParent()->getDeclContext();
  while (dc && !isa<FunctionDecl>(dc))
    dc = dc->getParent();
  if (const auto *outer = dyn_cast_or_null<FunctionDecl>(dc))
    return "lambda in " + displayName(outer);
  return "lambda";
}

class Collector : public RecursiveASTVisitor<Collector> {
  using Base = RecursiveASTVisitor<Collector>;

public:
  Collector(ASTContext &ctx, FileClassifier &files,
            std::vector<std::unique_ptr<model::Preset>> &presets, facts::TranslationUnit &out)
      : ctx(ctx), sm(ctx.getSourceManager()), files(files), presets(presets), out(out) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *decl) {
    if (!decl)
      return true;
    if (!isa<TranslationUnitDecl>(decl) && files.ignored(decl->getLocation()))
      return true;
    // Implicit members (a defaulted destructor) are not traversed, so they
    // would be empty functions, and defined only when some body uses them:
    // one in a skipped system body would change the facts.
    auto *fn = dyn_cast<FunctionDecl>(decl);
    if (!fn || !fn->doesThisDeclarationHaveABody() || isLambdaCallOperator(fn) || fn->isImplicit())
      return Base::TraverseDecl(decl); // lambdas: see TraverseLambdaExpr
    enterFunction(fn);
    bool result = Base::TraverseDecl(decl);
    leaveFunction();
    return result;
  }

  // A lambda is a function of its own: it runs where it is called (maybe
  // in a loop), or later by whoever it is handed to. Its definition is a
  // reference from the enclosing function, which keeps chains through
  // callbacks; calling it is a call.
  bool TraverseLambdaExpr(LambdaExpr *lambda) {
    const CXXMethodDecl *op = lambda->getCallOperator();
    if (stack.empty() || !op->getBody())
      return Base::TraverseLambdaExpr(lambda);
    addCallee(op, lambda->getBeginLoc());
    enterFunction(op);
    bool result = Base::TraverseLambdaExpr(lambda);
    leaveFunction();
    return result;
  }

  bool TraverseForStmt(ForStmt *s) {
    if (!TraverseStmt(s->getInit()))
      return false;
    loops.push_back(s);
    bool ok = TraverseStmt(s->getCond()) && TraverseStmt(s->getInc()) &&
              TraverseStmt(s->getBody());
    loops.pop_back();
    return ok;
  }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt *s) {
    // The range is evaluated once, before the loop.
    if (!TraverseStmt(s->getInit()) || !TraverseStmt(s->getRangeInit()))
      return false;
    loops.push_back(s);
    bool ok = TraverseStmt(s->getBody());
    loops.pop_back();
    return ok;
  }
  bool TraverseWhileStmt(WhileStmt *s) { return inLoop(s, [&] { return Base::TraverseWhileStmt(s); }); }
  bool TraverseDoStmt(DoStmt *s) { return inLoop(s, [&] { return Base::TraverseDoStmt(s); }); }

  bool VisitCallExpr(CallExpr *call) {
    if (const FieldDecl *field = invokedField(*call))
      addCallee(fieldNode(field), call->getExprLoc(), call, true, call);
    if (auto store = callableStore(*call))
      storeCallable(store->field, store->value);
    const FunctionDecl *callee = call->getDirectCallee();
    if (!callee)
      return true;
    NameResolver names(ctx, stack.empty() ? nullptr : stack.back().decl);
    for (auto &preset : presets) {
      if (auto match = preset->matchCall(*call, *callee, names)) {
        recordMatch(*call, *match, names);
        return true;
      }
    }
    addCallee(callee, call->getExprLoc(), call);
    recordNamedCall(*call, callee, names);
    return true;
  }

  // `: onMessage_(std::move(handler))` stores a callable like `=` does.
  bool TraverseConstructorInitializer(CXXCtorInitializer *init) {
    if (const FieldDecl *field = init->getMember(); field && init->getInit() && holdsCallable(field->getType()))
      storeCallable(field, init->getInit());
    return Base::TraverseConstructorInitializer(init);
  }

  // The node of a member holding a callable (CallableFields.h), made the
  // first time it is seen; its USR, or "" for a member of system code.
  std::string fieldNode(const FieldDecl *field) {
    if (files.ignored(field->getLocation()))
      return "";
    std::string usr = usrOf(field);
    if (usr.empty())
      return "";
    auto [it, inserted] = functionIndex.try_emplace(usr, out.functions.size());
    if (inserted) {
      facts::Function node;
      node.usr = usr;
      node.name = field->getQualifiedNameAsString();
      node.loc = location(field->getLocation());
      out.functions.push_back(std::move(node));
    }
    return usr;
  }

  // `field` now holds `value`: an edge from the member to each callable
  // `value` names, or, when it is the function's own parameter, a note for
  // link to add edges to what the callers pass.
  void storeCallable(const FieldDecl *field, const Expr *value) {
    std::string node = fieldNode(field);
    if (stack.empty() || node.empty())
      return;
    size_t nodeIndex = functionIndex.at(node);
    for (const std::string &callable : handlersOf(value, "")) {
      if (callable == node)
        continue;
      auto [it, inserted] = calleeIndex.try_emplace({nodeIndex, callable}, out.functions[nodeIndex].callees.size());
      if (inserted)
        out.functions[nodeIndex].callees.push_back({callable, location(value->getExprLoc()), true, false, false, {}});
    }
    if (auto param = storedParameter(value, *stack.back().decl)) {
      auto &stored = out.functions[stack.back().index].storedParams;
      if (std::none_of(stored.begin(), stored.end(),
                       [&](const facts::Function::StoredParam &s) { return s.param == *param && s.field == node; }))
        stored.push_back({*param, node});
    }
  }

  // `raw_ = &onMessage` on a function-pointer member.
  bool VisitBinaryOperator(BinaryOperator *op) {
    if (op->getOpcode() == BO_Assign)
      if (const auto *member = dyn_cast<MemberExpr>(op->getLHS()->IgnoreParenImpCasts()))
        if (const auto *field = dyn_cast<FieldDecl>(member->getMemberDecl());
            field && holdsCallable(field->getType()))
          storeCallable(field, op->getRHS());
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *construct) {
    addCallee(construct->getConstructor(), construct->getLocation(), nullptr, construct); // a call
    NameResolver names(ctx, stack.empty() ? nullptr : stack.back().decl);
    recordNamedCall(construct->getConstructor(), construct->arguments(), 0, *construct, names);
    return true;
  }

  // Taking a function's address (a callback, a thread body) reaches it.
  bool VisitDeclRefExpr(DeclRefExpr *ref) {
    if (const auto *fn = dyn_cast<FunctionDecl>(ref->getDecl()))
      addCallee(fn, ref->getLocation());
    return true;
  }

private:
  // A call made in the current function, and a call whose `after` is
  // recorded: a send, or a call that passes names on (where link places a
  // wrapper's send).
  struct Step {
    const Stmt *stmt;
    facts::Step fact;
  };
  struct Source {
    const Stmt *stmt;
    facts::Location loc;
    std::vector<const Stmt *> loops; // around it, outermost first
    long site = -1;      // index into out.sites, or
    long namedCall = -1; // into the function's namedCalls
  };

  struct Current {
    size_t index; // into out.functions
    const FunctionDecl *decl;
    const Stmt *body;
    std::unique_ptr<CallFlow> flow;
    std::vector<const Stmt *> loops;
    // Loops that receive a message or job each time round (a poll or pop
    // loop): calls in them run once per message, not N+1 times.
    std::set<facts::Location> messageLoops;
    std::vector<Step> steps;
    std::vector<Source> sources;
  };

  template <typename F> bool inLoop(const Stmt *s, F &&traverse) {
    loops.push_back(s);
    bool ok = traverse();
    loops.pop_back();
    return ok;
  }

  facts::Location location(SourceLocation loc) {
    loc = sm.getFileLoc(loc);
    return {files.path(loc), sm.getSpellingLineNumber(loc), sm.getSpellingColumnNumber(loc)};
  }

  void enterFunction(const FunctionDecl *fn) {
    const FunctionDecl *canonical = canonicalFunction(fn);
    std::string usr = usrOf(canonical);
    auto [it, inserted] = functionIndex.try_emplace(usr, out.functions.size());
    if (inserted) {
      facts::Function f;
      f.usr = usr;
      f.name = displayName(canonical);
      f.loc = location(canonical->getLocation());
      if (const auto *method = dyn_cast<CXXMethodDecl>(canonical)) {
        collectOverrides(method, f.overrides);
        for (auto &preset : presets)
          if (auto entry = preset->matchEntry(*method))
            f.entries.push_back({entry->kind, entry->api, entry->target});
      }
      out.functions.push_back(std::move(f));
    }
    Current current{it->second, fn, fn->getBody(), nullptr, {}};
    current.loops.swap(loops);
    stack.push_back(std::move(current));
  }

  void leaveFunction() {
    Current &current = stack.back();
    if (!current.messageLoops.empty()) {
      facts::Function &f = out.functions[current.index];
      auto inMessageLoop = [&](bool inLoop, const facts::Location &loop) {
        return inLoop && current.messageLoops.count(loop);
      };
      for (facts::Callee &c : f.callees)
        if (inMessageLoop(c.inLoop, c.loopLoc))
          c.inLoop = c.retryLoop = false, c.loopLoc = {};
      for (facts::Site &s : out.sites)
        if (s.function == f.usr && inMessageLoop(s.inLoop, s.loopLoc))
          s.inLoop = s.retryLoop = false, s.loopLoc = {};
    }
    recordStepsAfterSends(current);
    loops.swap(current.loops);
    stack.pop_back();
  }

  // Each source's `after`: the calls of its function that may run after
  // it, on the CFG; in the order of the source where the CFG cannot tell.
  void recordStepsAfterSends(const Current &current) {
    if (current.sources.empty())
      return;
    RunsAfter graph(*current.decl, current.body, ctx);
    std::vector<std::optional<RunsAfter::Position>> stepAt;
    stepAt.reserve(current.steps.size());
    for (const Step &step : current.steps)
      stepAt.push_back(graph.positionOf(step.stmt));
    for (const Source &source : current.sources) {
      std::optional<RunsAfter::Reach> reach = graph.after(source.stmt, source.loops);
      std::set<facts::Step> after;
      for (size_t i = 0; i < current.steps.size(); ++i) {
        const Step &step = current.steps[i];
        if (step.stmt == source.stmt)
          continue;
        std::optional<bool> runs = reach ? reach->mayRunAt(stepAt[i]) : std::nullopt;
        if (runs.value_or(source.loc < step.fact.loc))
          after.insert(step.fact);
      }
      std::vector<facts::Step> &into =
          source.site >= 0 ? out.sites[static_cast<size_t>(source.site)].after
                           : out.functions[current.index].namedCalls[static_cast<size_t>(source.namedCall)].after;
      into.assign(after.begin(), after.end());
    }
  }

  void collectOverrides(const CXXMethodDecl *method, std::vector<std::string> &out) {
    for (const CXXMethodDecl *base : method->overridden_methods()) {
      std::string usr = usrOf(canonicalFunction(base));
      if (std::find(out.begin(), out.end(), usr) == out.end())
        out.push_back(usr);
      collectOverrides(base, out);
    }
  }

  CallFlow &flow() {
    Current &current = stack.back();
    if (!current.flow)
      current.flow = std::make_unique<CallFlow>(current.body, ctx, presets);
    return *current.flow;
  }

  // The innermost enclosing loop that is not a retry loop around `call`
  // (a retry loop inside a loop over items is still N+1), or null. Sets
  // `retryOnly` when every enclosing loop is a retry loop.
  const Stmt *repeatingLoop(const CallExpr *call, const VarDecl *resultVar, bool &retryOnly) {
    retryOnly = false;
    for (auto it = loops.rbegin(); it != loops.rend(); ++it)
      if (!call || !flow().isRetryLoop(**it, *call, resultVar))
        return *it;
    retryOnly = !loops.empty();
    return loops.empty() ? nullptr : loops.back();
  }

  // `call` is set when the reference is a call (not only a reference);
  // `at` is the calling expression (the call, or a constructor's).
  void addCallee(const FunctionDecl *callee, SourceLocation loc, const CallExpr *call = nullptr,
                 const Expr *at = nullptr) {
    if (stack.empty() || !callee)
      return;
    callee = canonicalFunction(callee);
    if (files.ignored(callee->getLocation()))
      return;
    addCallee(usrOf(callee), loc, call, call || isa<CXXConstructorDecl>(callee), at ? at : call);
  }

  void addCallee(const std::string &usr, SourceLocation loc, const CallExpr *call, bool isCall,
                 const Expr *at) {
    if (stack.empty() || usr.empty())
      return;
    if (isCall && at)
      stack.back().steps.push_back({at, {location(loc), usr}});
    size_t self = stack.back().index;
    if (out.functions[self].usr == usr && !call)
      return; // a lambda's own definition
    facts::Function &f = out.functions[self];
    auto key = std::make_pair(self, usr);
    auto [it, inserted] = calleeIndex.try_emplace(key, f.callees.size());
    if (inserted)
      f.callees.push_back({usr, location(loc), false, false, false, {}});
    facts::Callee &c = f.callees[it->second];
    if (isCall && !c.called) {
      c.called = true;
      c.loc = location(loc);
    }
    if (!isCall || loops.empty())
      return;
    bool retry = false;
    const Stmt *loop = repeatingLoop(call, call ? flow().resultVariable(*call) : nullptr, retry);
    if (!c.inLoop || (c.retryLoop && !retry)) {
      // A plain in-loop call outweighs a retry elsewhere: report that one.
      c.inLoop = true;
      c.retryLoop = retry;
      c.loc = location(loc);
      c.loopLoc = location(loop->getBeginLoc());
    }
  }

  // Calls that pass names on to a project function, for wrapper inference.
  void recordNamedCall(const CallExpr &call, const FunctionDecl *callee, const NameResolver &names) {
    // A member call through operator() or an overloaded operator counts
    // the object as argument 0; a method's own arguments start after it.
    unsigned shift = isa<CXXOperatorCallExpr>(call) && isa<CXXMethodDecl>(callee) ? 1 : 0;
    recordNamedCall(callee, call.arguments(), shift, call, names);
  }

  template <typename Args>
  void recordNamedCall(const FunctionDecl *callee, Args args, unsigned shift, const Expr &at,
                       const NameResolver &names) {
    if (stack.empty() || !callee)
      return;
    callee = canonicalFunction(callee);
    if (files.ignored(callee->getLocation()))
      return;
    facts::NamedCall named;
    std::vector<const Expr *> argList(args.begin(), args.end());
    for (unsigned i = shift; i < argList.size(); ++i) {
      unsigned index = i - shift;
      if (index >= callee->getNumParams())
        continue;
      QualType type = callee->getParamDecl(index)->getType();
      // A callable handed to a function that may store it (a handler set
      // at registration): what it runs, for StoredCallables in link.
      if (holdsCallable(type) || type->isDependentType()) {
        std::vector<std::string> callables = handlersOf(argList[i], "");
        if (!callables.empty())
          named.args.push_back({index, "", -1, std::move(callables)});
        continue;
      }
      if (!NameResolver::isStringLike(type))
        continue;
      ResolvedName name = names.resolve(argList[i]);
      if (name.kind == ResolvedName::Kind::Value)
        named.args.push_back({index, name.value, -1});
      else if (name.kind == ResolvedName::Kind::Parameter)
        named.args.push_back({index, "", static_cast<int>(name.param)});
    }
    if (named.args.empty())
      return;
    named.usr = usrOf(callee);
    named.loc = location(isa<CXXConstructExpr>(at) ? cast<CXXConstructExpr>(at).getLocation() : at.getExprLoc());
    auto &calls = out.functions[stack.back().index].namedCalls;
    stack.back().sources.push_back({&at, named.loc, loops, -1, static_cast<long>(calls.size())});
    calls.push_back(std::move(named));
  }

  // The functions an argument hands messages to.
  std::vector<std::string> handlersOf(const Expr *arg, const std::string &method) {
    std::vector<std::string> out;
    const Expr *e = arg;
    for (int depth = 0; e && depth < 8; ++depth) {
      e = e->IgnoreImplicit()->IgnoreParens();
      if (const auto *construct = dyn_cast<CXXConstructExpr>(e); construct && construct->getNumArgs() >= 1)
        e = construct->getArg(0); // std::function from a callable
      else if (const auto *cast = dyn_cast<ExplicitCastExpr>(e))
        e = cast->getSubExpr();
      else if (const auto *u = dyn_cast<UnaryOperator>(e); u && u->getOpcode() == UO_AddrOf)
        e = u->getSubExpr();
      else if (const auto *conv = dyn_cast<CXXMemberCallExpr>(e);
               conv && isa_and_nonnull<CXXConversionDecl>(conv->getMethodDecl()))
        e = conv->getImplicitObjectArgument(); // a captureless lambda as a C callback
      else if (const auto *bind = dyn_cast<CallExpr>(e); bind && bind->getDirectCallee() &&
                                                        bind->getDirectCallee()->getName() == "bind" &&
                                                        bind->getNumArgs() >= 1)
        e = bind->getArg(0); // std::bind(&Class::onMessage, this, _1)
      else
        break;
    }
    if (!e)
      return out;
    if (const FieldDecl *field = callableField(e)) {
      out.push_back(fieldNode(field)); // a handler kept in a member: its node
    } else if (const auto *lambda = dyn_cast<LambdaExpr>(e)) {
      out.push_back(usrOf(canonicalFunction(lambda->getCallOperator())));
    } else if (const auto *ref = dyn_cast<DeclRefExpr>(e);
               ref && isa<FunctionDecl>(ref->getDecl()) && method.empty()) {
      out.push_back(usrOf(canonicalFunction(cast<FunctionDecl>(ref->getDecl()))));
    } else if (!method.empty()) {
      QualType type = e->getType().getNonReferenceType();
      if (type->isPointerType())
        type = type->getPointeeType();
      if (const CXXRecordDecl *record = type->getAsCXXRecordDecl(); record && record->hasDefinition())
        for (const CXXMethodDecl *m : record->getDefinition()->methods())
          if (m->getIdentifier() && m->getName() == method)
            out.push_back(usrOf(canonicalFunction(m)));
    }
    std::erase(out, std::string());
    return out;
  }

  void recordMatch(const CallExpr &call, const model::CallMatch &match, const NameResolver &names) {
    if (stack.empty())
      return; // namespace-scope initialisers are not analysed
    Current &current = stack.back();
    facts::Function &f = out.functions[current.index];
    std::string target = match.target;
    ResolvedName name;
    if (match.targetArg >= 0 && static_cast<unsigned>(match.targetArg) < call.getNumArgs()) {
      name = names.resolve(call.getArg(match.targetArg));
      target = name.isValue() ? match.targetPrefix + name.value + match.targetSuffix : "dynamic";
    }
    if (match.role == model::CallMatch::Role::RegistersHandler) {
      if (target == "dynamic" || match.handlerArg < 0 ||
          static_cast<unsigned>(match.handlerArg) >= call.getNumArgs())
        return;
      facts::Registration registration{match.kind, match.api, target,
                                       handlersOf(call.getArg(match.handlerArg), match.handlerMethod),
                                       f.usr, location(call.getExprLoc())};
      if (!registration.handlers.empty())
        out.registrations.push_back(std::move(registration));
      return;
    }
    bool marksEntry = match.role == model::CallMatch::Role::MarksEntry;
    if ((marksEntry || match.receives) && !loops.empty())
      current.messageLoops.insert(location(loops.back()->getBeginLoc()));
    if (marksEntry || match.receives)
      current.steps.push_back({&call, {location(call.getExprLoc()), ""}});
    if ((marksEntry || match.receives) && target != "dynamic") {
      // An entry point of an unknown name would say nothing.
      facts::Entry entry{match.kind, match.api, target, location(call.getExprLoc()),
                         loops.empty() ? facts::Location{} : location(loops.back()->getBeginLoc())};
      bool known = false;
      for (const facts::Entry &e : f.entries)
        known = known || (e.kind == entry.kind && e.target == entry.target);
      if (!known)
        f.entries.push_back(std::move(entry));
    }
    if (marksEntry)
      return;
    facts::Site site;
    site.kind = match.kind;
    site.api = match.api;
    site.style = match.style;
    site.target = target;
    if (target == "dynamic") {
      site.targetExpr = name.text;
      if (name.kind == ResolvedName::Kind::Parameter) {
        site.targetParam = static_cast<int>(name.param);
        site.targetPrefix = match.targetPrefix;
        site.targetSuffix = match.targetSuffix;
      }
    }
    site.function = f.usr;
    site.loc = location(call.getExprLoc());
    // The same call seen again in another instantiation of a template.
    if (!seenSites.insert({site.loc, site.target}).second)
      return;
    site.blocking = match.blocking;
    CallFlow::ResultInfo result = flow().result(call, match);
    site.result = result.use;
    site.deadline = flow().deadline(call, match);
    if (!loops.empty()) {
      site.inLoop = true;
      site.loopLoc = location(repeatingLoop(&call, result.variable, site.retryLoop)->getBeginLoc());
    }
    if (match.handlerArg >= 0 && static_cast<unsigned>(match.handlerArg) < call.getNumArgs())
      site.handlers = handlersOf(call.getArg(match.handlerArg), match.handlerMethod);
    site.order = siteCount[current.index]++;
    if (!match.receives) // a receive is a step already
      current.steps.push_back({&call, {site.loc, ""}});
    if (site.kind == facts::SiteKind::Publish || site.kind == facts::SiteKind::Enqueue)
      current.sources.push_back({&call, site.loc, loops, static_cast<long>(out.sites.size())});
    out.sites.push_back(std::move(site));
  }

  ASTContext &ctx;
  SourceManager &sm;
  FileClassifier &files;
  std::vector<std::unique_ptr<model::Preset>> &presets;
  facts::TranslationUnit &out;

  std::vector<Current> stack;
  std::vector<const Stmt *> loops; // loops of the innermost function body
  std::map<std::string, size_t> functionIndex;
  std::map<std::pair<size_t, std::string>, size_t> calleeIndex;
  std::map<size_t, unsigned> siteCount;
  std::set<std::pair<facts::Location, std::string>> seenSites;
};

} // namespace

void collectFacts(ASTContext &ctx, FileClassifier &files,
                  std::vector<std::unique_ptr<model::Preset>> &presets,
                  facts::TranslationUnit &out) {
  Collector collector(ctx, files, presets, out);
  collector.TraverseDecl(ctx.getTranslationUnitDecl());
}

} // namespace msglint::extract
