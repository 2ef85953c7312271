// Local data-flow questions extract asks about one call inside one
// function body: is its result looked at, was its context given a
// deadline, is the loop around it a retry loop. Deliberately intra-
// procedural and conservative: when a value escapes to code we cannot see,
// the answer is "used" / "unknown", never a finding.
#pragma once

#include "facts/Facts.h"
#include "model/Preset.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ParentMap.h>
#include <clang/AST/Stmt.h>
#include <clang/Basic/SourceManager.h>

#include <memory>

namespace clang {
class CallExpr;
class VarDecl;
} // namespace clang

namespace msglint::extract {

class CallFlow {
public:
  CallFlow(const clang::Stmt *body, const clang::ASTContext &ctx,
           std::vector<std::unique_ptr<model::Preset>> &presets);

  struct ResultInfo {
    facts::ResultUse use = facts::ResultUse::Used;
    const clang::VarDecl *variable = nullptr; // the local holding the result
  };
  ResultInfo result(const clang::CallExpr &call, const model::CallMatch &match) const;
  // The local variable a call's value is kept in, if any.
  const clang::VarDecl *resultVariable(const clang::CallExpr &call) const {
    return resultOfValue(call).variable;
  }

  facts::Deadline deadline(const clang::CallExpr &call, const model::CallMatch &match) const;

  // The loop exits depending on the call's outcome (retries until success).
  bool isRetryLoop(const clang::Stmt &loop, const clang::CallExpr &call,
                   const clang::VarDecl *resultVar) const;

  // Whether `var` is read in `scope` other than at `except` or in a
  // `(void)var;` that only silences the compiler.
  bool isRead(const clang::VarDecl *var, const clang::Stmt *scope,
              const clang::Expr *except) const;

private:
  bool declaredHere(const clang::VarDecl *var) const;
  ResultInfo resultOfValue(const clang::Expr &value) const;
  ResultInfo useOfVariable(const clang::VarDecl *var, const clang::Expr *except) const;
  facts::ResultUse callbackUse(const clang::Expr &callback) const;

  const clang::Stmt *body;
  const clang::ASTContext &ctx;
  const clang::SourceManager &sm;
  std::vector<std::unique_ptr<model::Preset>> &presets;
  clang::ParentMap parents;
};

} // namespace msglint::extract
