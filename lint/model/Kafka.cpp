#include "model/Kafka.h"

#include "extract/NameResolver.h"
#include "model/AstQueries.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMapContext.h>

namespace msglint::model {
namespace {

using namespace clang;
using extract::NameResolver;
using extract::ResolvedName;

constexpr int kMaxPeel = 16;

bool isRdKafkaC(const FunctionDecl &fn) {
  return fn.isExternC() && fn.getIdentifier() && fn.getName().starts_with("rd_kafka_");
}

bool isRdKafkaClass(const CXXRecordDecl *record, llvm::StringRef name) {
  if (!record || !record->getIdentifier() || record->getName() != name)
    return false;
  const auto *ns = dyn_cast<NamespaceDecl>(record->getDeclContext());
  return ns && ns->getName() == "RdKafka" &&
         ns->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

const CXXMethodDecl *methodOf(const FunctionDecl *fn, llvm::StringRef cls) {
  const auto *method = dyn_cast_or_null<CXXMethodDecl>(fn);
  return method && method->getIdentifier() && isRdKafkaClass(method->getParent(), cls) ? method
                                                                                      : nullptr;
}

// The topic-name argument of the call that made a topic handle:
// rd_kafka_topic_new(rk, name, conf), RdKafka::Topic::create(h, name, conf,
// err), RdKafka::TopicPartition::create(name, partition), also when the
// handle went straight into a smart pointer.
const Expr *nameOfCreated(const Expr *made) {
  made = peel(made);
  if (const auto *construct = dyn_cast_or_null<CXXConstructExpr>(made);
      construct && construct->getNumArgs() == 1)
    made = peel(construct->getArg(0));
  const auto *call = dyn_cast_or_null<CallExpr>(made);
  const FunctionDecl *fn = call ? call->getDirectCallee() : nullptr;
  if (!fn || !fn->getIdentifier())
    return nullptr;
  if (isRdKafkaC(*fn) && fn->getName() == "rd_kafka_topic_new" && call->getNumArgs() >= 2)
    return call->getArg(1);
  if (const auto *create = methodOf(fn, "Topic");
      create && create->isStatic() && create->getName() == "create" && call->getNumArgs() >= 2)
    return call->getArg(1);
  if (const auto *create = methodOf(fn, "TopicPartition");
      create && create->isStatic() && create->getName() == "create" && call->getNumArgs() >= 1)
    return call->getArg(0);
  return nullptr;
}

// Where a topic name comes from. `arg` is set when the expression is the
// call's own argument: extract then resolves it itself, which keeps the
// enclosing function's parameters (wrappers) and the text of dynamic names.
struct TopicSource {
  const Expr *expr = nullptr;
  int arg = -1;
};

// A topic handle (rd_kafka_topic_t *, RdKafka::Topic *) names the topic it
// was created for, when it was created in a local variable or in place.
TopicSource topicOfHandle(const Expr *handle, int arg, const NameResolver &names) {
  const Expr *h = peelGet(handle);
  if (const Expr *name = nameOfCreated(names.initializerOf(h)))
    return {name, -1};
  if (const Expr *name = nameOfCreated(h))
    return {name, -1};
  return {handle, arg};
}

// An element of a topic list: a name, or a TopicPartition made for one.
const Expr *topicOfElement(const Expr *element) {
  const Expr *name = nameOfCreated(element);
  return name ? name : element;
}

CallMatch siteFor(facts::SiteKind kind, const char *style, TopicSource topic,
                  const NameResolver &names) {
  CallMatch match;
  match.kind = kind;
  match.api = "kafka";
  match.style = style;
  ResolvedName name = names.resolve(topic.expr);
  if (name.isValue())
    match.target = name.value;
  else if (topic.arg >= 0 && topic.expr &&
           (name.kind != ResolvedName::Kind::Parameter ||
            NameResolver::isStringLike(topic.expr->getType())))
    match.targetArg = topic.arg;
  else
    match.target = "dynamic"; // a handle parameter names no topic by itself
  return match;
}

// The elements of a braced list that builds a container: `{"a", "b"}`,
// `std::vector<std::string>{"a"}`.
std::optional<std::vector<const Expr *>> bracedElements(const Expr *e) {
  for (int i = 0; e && i < kMaxPeel; ++i) {
    e = peel(e);
    if (const auto *cast = dyn_cast<CXXFunctionalCastExpr>(e)) {
      e = cast->getSubExpr();
    } else if (const auto *list = dyn_cast<CXXStdInitializerListExpr>(e)) {
      e = list->getSubExpr();
    } else if (const auto *init = dyn_cast<InitListExpr>(e)) {
      return std::vector<const Expr *>(init->inits().begin(), init->inits().end());
    } else if (const auto *construct = dyn_cast<CXXConstructExpr>(e);
               construct && construct->getNumArgs() >= 1 &&
               (isa<CXXStdInitializerListExpr>(peel(construct->getArg(0))) ||
                construct->isListInitialization())) {
      e = construct->getArg(0);
    } else {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// A local variable (not a parameter) the expression names.
const VarDecl *localVar(const Expr *e) {
  const auto *ref = dyn_cast_or_null<DeclRefExpr>(peel(e));
  const auto *var = ref ? dyn_cast<VarDecl>(ref->getDecl()) : nullptr;
  return var && var->hasLocalStorage() && !isa<ParmVarDecl>(var) ? var : nullptr;
}

// A call that hands a topic list to the consumer: its style, the consumer
// and the list.
struct Handing {
  const char *style = nullptr;
  const Expr *consumer = nullptr;
  const Expr *list = nullptr;
  int listArg = -1;
};

Handing handingOf(const CallExpr &call) {
  const FunctionDecl *fn = call.getDirectCallee();
  if (!fn || !fn->getIdentifier())
    return {};
  llvm::StringRef name = fn->getName();
  const char *style = name == "subscribe" || name == "rd_kafka_subscribe" ? "subscribe"
                      : name == "assign" || name == "incremental_assign" ||
                              name == "rd_kafka_assign" || name == "rd_kafka_incremental_assign"
                          ? "assign"
                          : nullptr;
  if (!style)
    return {};
  if (isRdKafkaC(*fn) && call.getNumArgs() == 2)
    return {style, call.getArg(0), call.getArg(1), 1};
  if (const auto *member = dyn_cast<CXXMemberCallExpr>(&call);
      member && methodOf(fn, "KafkaConsumer") && call.getNumArgs() == 1)
    return {style, member->getImplicitObjectArgument(), call.getArg(0), 0};
  return {};
}

// A call that adds an element to a local topic list: the list variable,
// the element and its argument index. C partition lists
// (rd_kafka_topic_partition_list_add[_range]) and vectors of names or of
// RdKafka::TopicPartition * (push_back, emplace_back).
struct Adding {
  const VarDecl *list = nullptr;
  const Expr *element = nullptr;
  int arg = -1;
};

bool holdsTopics(const CXXRecordDecl *record) {
  const auto *spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(record);
  if (!spec || !spec->getIdentifier() || spec->getName() != "vector" ||
      spec->getTemplateArgs().size() < 1 ||
      spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return false;
  QualType element = spec->getTemplateArgs()[0].getAsType();
  if (element->isPointerType())
    return isRdKafkaClass(element->getPointeeType()->getAsCXXRecordDecl(), "TopicPartition");
  return NameResolver::isStringLike(element);
}

Adding addingOf(const CallExpr &call) {
  const FunctionDecl *fn = call.getDirectCallee();
  if (!fn || !fn->getIdentifier())
    return {};
  llvm::StringRef name = fn->getName();
  if (isRdKafkaC(*fn) &&
      (name == "rd_kafka_topic_partition_list_add" ||
       name == "rd_kafka_topic_partition_list_add_range") &&
      call.getNumArgs() >= 2)
    return {localVar(call.getArg(0)), call.getArg(1), 1};
  const auto *member = dyn_cast<CXXMemberCallExpr>(&call);
  if (member && (name == "push_back" || name == "emplace_back") && call.getNumArgs() == 1 &&
      holdsTopics(cast<CXXMethodDecl>(fn)->getParent()))
    return {localVar(member->getImplicitObjectArgument()), call.getArg(0), 0};
  return {};
}

} // namespace

const KafkaPreset::Subscriptions &
KafkaPreset::subscriptionsAround(const CallExpr &call, const FunctionDecl &callee) {
  static const Subscriptions none;
  const Stmt *body = enclosingBody(call, callee.getASTContext());
  if (!body)
    return none;
  auto [it, inserted] = cache.try_emplace(body);
  Subscriptions &subs = it->second;
  if (!inserted)
    return subs;
  std::vector<const CallExpr *> calls;
  collectCalls(body, calls);
  std::map<const VarDecl *, const Decl *> consumerOf;
  for (const CallExpr *c : calls) {
    Handing handing = handingOf(*c);
    if (!handing.style)
      continue;
    const Decl *consumer = handleDecl(handing.consumer);
    std::optional<std::vector<const Expr *>> elements = bracedElements(handing.list);
    if (const VarDecl *var = localVar(handing.list)) {
      subs.lists.emplace(var, handing.style);
      consumerOf.emplace(var, consumer);
      elements = var->getInit() ? bracedElements(var->getInit()) : std::nullopt;
    }
    for (const Expr *element : elements.value_or(std::vector<const Expr *>{}))
      subs.topics.emplace_back(consumer, topicOfElement(element));
  }
  for (const CallExpr *c : calls) {
    Adding adding = addingOf(*c);
    if (auto owner = consumerOf.find(adding.list); adding.list && owner != consumerOf.end()) {
      subs.topics.emplace_back(owner->second, topicOfElement(adding.element));
      subs.filled.insert(adding.list);
    }
  }
  return subs;
}

std::optional<CallMatch> KafkaPreset::pollEntry(const CallExpr &call, const FunctionDecl &callee,
                                                const Expr *consumer,
                                                const NameResolver &names) {
  const Subscriptions &subs = subscriptionsAround(call, callee);
  const Decl *owner = handleDecl(consumer);
  std::optional<std::string> topic;
  bool oneName = true;
  for (const auto &[subscriber, expr] : subs.topics) {
    if (owner && subscriber && owner != subscriber)
      continue;
    ResolvedName name = names.resolve(expr);
    if (!name.isValue() || (topic && *topic != name.value))
      oneName = false;
    topic = name.value;
  }
  // A poll receives a message whatever the consumer subscribed to, and its
  // loop is a message loop. But an entry point has one name: a poll of
  // several topics, unknown ones, or a subscription made elsewhere is the
  // entry of none ("dynamic"), and is left to the subscribe sites.
  if (!topic || !oneName)
    topic = "dynamic";
  CallMatch match;
  match.role = CallMatch::Role::MarksEntry;
  match.kind = facts::SiteKind::Subscribe;
  match.api = "kafka";
  match.style = "poll";
  match.target = *topic;
  return match;
}

std::optional<CallMatch> KafkaPreset::matchCall(const CallExpr &call, const FunctionDecl &callee,
                                                const NameResolver &names) {
  if (!callee.getIdentifier())
    return std::nullopt;
  if (isRdKafkaC(callee))
    return matchC(call, callee.getName(), callee, names);
  return matchCpp(call, callee, names);
}

std::optional<CallMatch> KafkaPreset::matchC(const CallExpr &call, llvm::StringRef name,
                                             const FunctionDecl &callee,
                                             const NameResolver &names) {
  unsigned n = call.getNumArgs();
  using facts::SiteKind;
  if ((name == "rd_kafka_produce" || name == "rd_kafka_produce_batch") && n >= 1)
    return siteFor(SiteKind::Publish, name == "rd_kafka_produce" ? "produce" : "produce-batch",
                   topicOfHandle(call.getArg(0), 0, names), names);
  if (name == "rd_kafka_producev") {
    // RD_KAFKA_V_TOPIC(t) expands to the vtype (bare, or the value of a
    // statement expression that type-checks t) and then `(const char *)t`.
    for (unsigned i = 1; i + 1 < n; ++i) {
      const Expr *vtype = call.getArg(i)->IgnoreParenImpCasts();
      if (const auto *stmt = dyn_cast<StmtExpr>(vtype);
          stmt && !stmt->getSubStmt()->body_empty())
        if (const auto *last = dyn_cast<Expr>(stmt->getSubStmt()->body_back()))
          vtype = last->IgnoreParenImpCasts();
      const auto *ref = dyn_cast<DeclRefExpr>(vtype);
      const auto *constant = ref ? dyn_cast<EnumConstantDecl>(ref->getDecl()) : nullptr;
      if (!constant)
        continue;
      const Expr *value = call.getArg(i + 1);
      if (constant->getName() == "RD_KAFKA_VTYPE_TOPIC") {
        if (names.resolve(peel(value)).isValue())
          return siteFor(SiteKind::Publish, "producev", {peel(value), -1}, names);
        return siteFor(SiteKind::Publish, "producev", {value, static_cast<int>(i + 1)}, names);
      }
      if (constant->getName() == "RD_KAFKA_VTYPE_RKT")
        return siteFor(SiteKind::Publish, "producev",
                       topicOfHandle(value, static_cast<int>(i + 1), names), names);
    }
    return siteFor(SiteKind::Publish, "producev", {}, names);
  }
  if (name == "rd_kafka_produceva" && n >= 2) // the topic is in an array built at run time
    return siteFor(SiteKind::Publish, "produceva", {call.getArg(1), 1}, names);

  if (name == "rd_kafka_subscribe" || name == "rd_kafka_assign" ||
      name == "rd_kafka_incremental_assign" || name == "rd_kafka_topic_partition_list_add" ||
      name == "rd_kafka_topic_partition_list_add_range")
    return subscription(call, callee, names);
  if (name == "rd_kafka_consumer_poll" && n >= 1)
    return pollEntry(call, callee, call.getArg(0), names);

  // The legacy simple consumer reads one topic handle at a time.
  if ((name == "rd_kafka_consume_start" || name == "rd_kafka_consume_start_queue") && n >= 1)
    return siteFor(SiteKind::Subscribe, "consume-start", topicOfHandle(call.getArg(0), 0, names),
                   names);
  if ((name == "rd_kafka_consume" || name == "rd_kafka_consume_batch") && n >= 1)
    return handleEntry(call.getArg(0), names);
  if (name == "rd_kafka_consume_callback" && n >= 4) {
    CallMatch match = siteFor(SiteKind::Subscribe, "consume-callback",
                              topicOfHandle(call.getArg(0), 0, names), names);
    match.handlerArg = 3;
    return match;
  }
  return std::nullopt;
}

std::optional<CallMatch> KafkaPreset::matchCpp(const CallExpr &call, const FunctionDecl &callee,
                                               const NameResolver &names) {
  using facts::SiteKind;
  llvm::StringRef name = callee.getName();
  unsigned n = call.getNumArgs();
  const auto *member = dyn_cast<CXXMemberCallExpr>(&call);
  if (methodOf(&callee, "Producer") && name == "produce" && n >= 1) {
    const Expr *topic = call.getArg(0);
    if (NameResolver::isStringLike(callee.getParamDecl(0)->getType()))
      return siteFor(SiteKind::Publish, "produce", {topic, 0}, names);
    return siteFor(SiteKind::Publish, "produce", topicOfHandle(topic, 0, names), names);
  }
  if (methodOf(&callee, "KafkaConsumer") && member) {
    if ((name == "subscribe" || name == "assign" || name == "incremental_assign") && n == 1)
      return subscription(call, callee, names);
    if (name == "consume" && n == 1)
      return pollEntry(call, callee, member->getImplicitObjectArgument(), names);
    return std::nullopt;
  }
  if (methodOf(&callee, "Consumer") && n >= 1 &&
      isRdKafkaClass(callee.getParamDecl(0)->getType()->getPointeeCXXRecordDecl(), "Topic")) {
    if (name == "start")
      return siteFor(SiteKind::Subscribe, "consume-start",
                     topicOfHandle(call.getArg(0), 0, names), names);
    if (name == "consume")
      return handleEntry(call.getArg(0), names);
    if (name == "consume_callback" && n >= 4) {
      CallMatch match = siteFor(SiteKind::Subscribe, "consume-callback",
                                topicOfHandle(call.getArg(0), 0, names), names);
      match.handlerArg = 3;
      match.handlerMethod = "consume_cb";
      return match;
    }
    return std::nullopt;
  }
  if (addingOf(call).list)
    return subscription(call, callee, names);
  return std::nullopt;
}

std::optional<CallMatch> KafkaPreset::handleEntry(const Expr *handle,
                                                  const NameResolver &names) {
  TopicSource topic = topicOfHandle(handle, -1, names);
  ResolvedName name = names.resolve(topic.expr);
  if (!name.isValue())
    return std::nullopt;
  CallMatch match;
  match.role = CallMatch::Role::MarksEntry;
  match.kind = facts::SiteKind::Subscribe;
  match.api = "kafka";
  match.style = "consume";
  match.target = name.value;
  return match;
}

// Topic lists: each element added to a local list that this function hands
// to subscribe/assign is a site of its own, at the call that adds it; a
// list handed over whole is one site at the subscribe/assign call, named
// when it holds one known topic, dynamic otherwise.
std::optional<CallMatch> KafkaPreset::subscription(const CallExpr &call,
                                                   const FunctionDecl &callee,
                                                   const NameResolver &names) {
  using facts::SiteKind;
  if (Adding adding = addingOf(call); adding.list) {
    const Subscriptions &subs = subscriptionsAround(call, callee);
    auto list = subs.lists.find(adding.list);
    if (list == subs.lists.end())
      return std::nullopt; // a list for commits, seeks, offsets...
    const Expr *created = nameOfCreated(adding.element);
    TopicSource topic = created ? TopicSource{created, -1} : TopicSource{adding.element, adding.arg};
    return siteFor(SiteKind::Subscribe, list->second.c_str(), topic, names);
  }
  Handing handing = handingOf(call);
  if (!handing.style)
    return std::nullopt;
  std::optional<std::vector<const Expr *>> elements = bracedElements(handing.list);
  if (const VarDecl *var = localVar(handing.list)) {
    elements = var->getInit() ? bracedElements(var->getInit()) : std::nullopt;
    if (subscriptionsAround(call, callee).filled.count(var) && (!elements || elements->empty()))
      return std::nullopt; // the calls that add the topics are the sites
  }
  if (elements && elements->size() == 1)
    return siteFor(SiteKind::Subscribe, handing.style, {topicOfElement(elements->front()), -1},
                   names);
  return siteFor(SiteKind::Subscribe, handing.style, {handing.list, handing.listArg}, names);
}

} // namespace msglint::model
