// Turns the expression naming a topic, queue or endpoint into its name
// (DESIGN.md §3): string literals, constexpr/const variables and static
// members, std::string / string_view built from them, `+` concatenation,
// `.c_str()`/`.data()`. An expression that is the enclosing function's own
// parameter makes the function a wrapper (link resolves it at the callers).
// Everything else is dynamic, with its source text.
#pragma once

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/AST/Expr.h>

#include <string>

namespace msglint::extract {

struct ResolvedName {
  enum class Kind { Value, Parameter, Dynamic };
  Kind kind = Kind::Dynamic;
  std::string value;  // Value: the name
  unsigned param = 0; // Parameter: index among the enclosing function's parameters
  std::string text;   // the expression's source text

  bool isValue() const { return kind == Kind::Value; }
};

class NameResolver {
public:
  // `enclosing` is the function the expression is in (may be null).
  NameResolver(const clang::ASTContext &ctx, const clang::FunctionDecl *enclosing)
      : ctx(ctx), enclosing(enclosing) {}

  ResolvedName resolve(const clang::Expr *expr) const;

  // A local variable's initialiser, for presets that follow a handle to
  // where it was made (`rkt = rd_kafka_topic_new(rk, "orders", ...)`).
  const clang::Expr *initializerOf(const clang::Expr *expr) const;

  // Whether a parameter of this type can carry a name (char pointers,
  // std::string, std::string_view).
  static bool isStringLike(clang::QualType type);

  std::string sourceText(const clang::Expr *expr) const;

private:
  ResolvedName resolve(const clang::Expr *expr, int depth) const;

  const clang::ASTContext &ctx;
  const clang::FunctionDecl *enclosing;
};

} // namespace msglint::extract
