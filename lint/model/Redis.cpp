#include "model/Redis.h"

#include "extract/NameResolver.h"
#include "model/RedisCommand.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>

#include <array>
#include <cctype>
#include <cstring>

namespace msglint::model {
namespace {

using namespace clang;
using facts::SiteKind;

// One command-sending function of hiredis.
struct Api {
  llvm::StringLiteral name;
  unsigned params;       // as declared (the variadic ones: before the `...`)
  llvm::StringLiteral context; // the type its first parameter points to
  int formatArg;         // the format string, or
  int argvArg;           // the `const char **argv`
  bool variadic;         // `...`: the values follow the format (else a va_list, or argv)
  int callbackArg;       // async: the redisCallbackFn
};

constexpr std::array kApis = {
    Api{"redisCommand", 2, "redisContext", 1, -1, true, -1},
    Api{"redisvCommand", 3, "redisContext", 1, -1, false, -1},
    Api{"redisAppendCommand", 2, "redisContext", 1, -1, true, -1},
    Api{"redisvAppendCommand", 3, "redisContext", 1, -1, false, -1},
    Api{"redisCommandArgv", 4, "redisContext", -1, 2, false, -1},
    Api{"redisAppendCommandArgv", 4, "redisContext", -1, 2, false, -1},
    Api{"redisAsyncCommand", 4, "redisAsyncContext", 3, -1, true, 1},
    Api{"redisvAsyncCommand", 5, "redisAsyncContext", 3, -1, false, 1},
    Api{"redisAsyncCommandArgv", 6, "redisAsyncContext", -1, 4, false, 1},
};

bool isApi(const FunctionDecl &fn, const Api &api) {
  if (!fn.getIdentifier() || fn.getName() != api.name || fn.getNumParams() != api.params ||
      fn.isVariadic() != api.variadic || !fn.isExternC() ||
      !fn.getDeclContext()->getRedeclContext()->isTranslationUnit())
    return false;
  QualType first = fn.getParamDecl(0)->getType();
  const auto *record = first->isPointerType() ? first->getPointeeType()->getAsRecordDecl() : nullptr;
  return record && record->getName() == api.context;
}

// Where the channel, list or stream of a command comes from.
struct Key {
  std::string value; // resolved, or
  int arg = -1;      // the call argument extract resolves (dynamic, or a parameter)
  std::string prefix, suffix;
};

// An integer constant formatted by a %d/%u/%x... conversion (`jobs:%d`
// with `constexpr int kShard = 3`); floating conversions stay dynamic.
extract::ResolvedName integerConstant(const Expr &arg, char conversion, const ASTContext &ctx) {
  extract::ResolvedName out;
  Expr::EvalResult result;
  if (std::strchr("diouxX", conversion) == nullptr || arg.isValueDependent() ||
      !arg.EvaluateAsInt(result, ctx))
    return out;
  const llvm::APSInt &value = result.Val.getInt();
  llvm::SmallString<32> text;
  unsigned radix = conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X') ? 16 : 10;
  bool isSigned = conversion == 'd' || conversion == 'i';
  value.toString(text, radix, isSigned);
  if (conversion == 'X')
    for (char &c : text)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  out.kind = extract::ResolvedName::Kind::Value;
  out.value = std::string(text);
  return out;
}

// One command argument resolved: its text, when every piece is known.
struct ResolvedWord {
  std::optional<std::string> text;
  Key key;
};

// Resolves a word of a format string: literal pieces, and conversions
// whose call argument resolves to a name. A word with one unresolved
// conversion is that argument wrapped in the known text around it.
// nullopt: the call lacks the arguments the format asks for.
std::optional<ResolvedWord> resolveWord(const redis::Word &word, const CallExpr &call,
                                        const Api &api, const extract::NameResolver &names,
                                        const ASTContext &ctx) {
  std::string before;
  std::string after;
  int unresolved = -1;
  int unresolvedCount = 0;
  for (const redis::Piece &piece : word.pieces) {
    std::string &text = unresolved >= 0 ? after : before;
    if (piece.arg < 0) {
      text += piece.literal;
      continue;
    }
    // A va_list's values are out of reach; the va_list itself stands for them.
    int argIndex = api.variadic ? api.formatArg + 1 + piece.arg : api.formatArg + 1;
    if (static_cast<unsigned>(argIndex) >= call.getNumArgs())
      return std::nullopt;
    extract::ResolvedName name;
    if (api.variadic && (piece.conversion == 's' || piece.conversion == 'b'))
      name = names.resolve(call.getArg(argIndex));
    else if (api.variadic)
      name = integerConstant(*call.getArg(argIndex), piece.conversion, ctx);
    if (name.isValue()) {
      text += name.value;
    } else {
      ++unresolvedCount;
      if (unresolved < 0)
        unresolved = argIndex;
    }
  }
  ResolvedWord out;
  if (unresolvedCount == 0) {
    out.text = before;
    out.key.value = before;
  } else if (unresolvedCount == 1) {
    out.key = {"", unresolved, before, after};
  } else {
    out.key.arg = unresolved; // several unknown parts: dynamic, no wrapper
  }
  return out;
}

// The array a `const char **argv` argument points to: a local array or
// std::vector initialised with a braced list.
const InitListExpr *argvList(const Expr *arg, const extract::NameResolver &names) {
  const Expr *e = arg->IgnoreParenCasts();
  if (const auto *member = dyn_cast<CXXMemberCallExpr>(e)) {
    const CXXMethodDecl *method = member->getMethodDecl();
    if (!method || !method->getIdentifier() || method->getName() != "data")
      return nullptr;
    e = member->getImplicitObjectArgument();
  }
  const Expr *init = names.initializerOf(e);
  for (int depth = 0; init && depth < 8; ++depth) {
    init = init->IgnoreImplicit();
    if (const auto *list = dyn_cast<InitListExpr>(init))
      return list->isSemanticForm() ? list : list->getSemanticForm();
    if (const auto *construct = dyn_cast<CXXConstructExpr>(init))
      init = construct->getNumArgs() >= 1 ? construct->getArg(0) : nullptr;
    else if (const auto *il = dyn_cast<CXXStdInitializerListExpr>(init))
      init = il->getSubExpr();
    else if (const auto *temp = dyn_cast<MaterializeTemporaryExpr>(init))
      init = temp->getSubExpr();
    else
      return nullptr;
  }
  return nullptr;
}

} // namespace

std::optional<CallMatch> RedisPreset::matchCall(const CallExpr &call, const FunctionDecl &callee,
                                                const extract::NameResolver &names) {
  if (!callee.getIdentifier() || !callee.getName().starts_with("redis"))
    return std::nullopt;
  const Api *api = nullptr;
  for (const Api &candidate : kApis)
    if (isApi(callee, candidate))
      api = &candidate;
  if (!api)
    return std::nullopt;

  std::vector<std::string> literals; // each command argument's text, "" if unknown
  std::vector<Key> keys;
  if (api->formatArg >= 0) {
    extract::ResolvedName format = names.resolve(call.getArg(api->formatArg));
    if (!format.isValue())
      return std::nullopt; // the command itself is unknown
    auto words = redis::splitFormat(format.value);
    if (!words)
      return std::nullopt;
    for (const redis::Word &word : *words) {
      std::optional<ResolvedWord> resolved = resolveWord(word, call, *api, names, callee.getASTContext());
      if (!resolved)
        return std::nullopt;
      literals.push_back(resolved->text.value_or(""));
      keys.push_back(std::move(resolved->key));
    }
  } else {
    const InitListExpr *list = argvList(call.getArg(api->argvArg), names);
    if (!list)
      return std::nullopt;
    for (const Expr *element : list->inits()) {
      extract::ResolvedName name = names.resolve(element);
      literals.push_back(name.isValue() ? name.value : "");
      Key key;
      if (name.isValue())
        key.value = name.value;
      else
        key.arg = api->argvArg; // the array stands for its unknown element
      keys.push_back(std::move(key));
    }
  }

  std::optional<redis::Command> command = redis::classify(literals);
  if (!command)
    return std::nullopt;
  CallMatch match;
  match.kind = command->kind;
  match.api = "redis";
  match.style = command->style;
  const Key &key = keys[command->keyWord];
  if (key.arg >= 0) {
    match.targetArg = key.arg;
    match.targetPrefix = key.prefix;
    match.targetSuffix = key.suffix;
  } else {
    match.target = key.value;
  }
  // An async subscription or pop hands each message to its callback.
  bool consumes = command->kind == SiteKind::Subscribe || command->kind == SiteKind::Work;
  if (api->callbackArg >= 0 && consumes)
    match.handlerArg = api->callbackArg;
  // A synchronous pop or stream read returns the job or entries itself; a
  // SUBSCRIBE only registers (its messages come from redisGetReply later).
  match.receives = api->callbackArg < 0 && consumes && command->style.find("subscribe") == std::string::npos;
  return match;
}

} // namespace msglint::model
