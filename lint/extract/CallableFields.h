// Members that hold a callable (`std::function`, a function pointer), set
// when a handler is registered and called when a message arrives:
//   void setHandler(Handler h) { onMessage_ = std::move(h); }
//   void run() { while (...) onMessage_(poll()); }
// extract makes such a member a node of the call graph: storing a callable
// in it is an edge from the member to the callable, calling it is a call of
// the member. These are the AST questions that takes.
#pragma once

#include <clang/AST/Decl.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>

#include <optional>

namespace msglint::extract {

// std::function / std::move_only_function, or a pointer to function.
bool holdsCallable(clang::QualType type);

// The callable member `e` names (`onMessage_`, `this->onMessage_`,
// `self.onMessage_`), under std::move and conversions; or null.
const clang::FieldDecl *callableField(const clang::Expr *e);

// `field = value`: the member assigned and the value, for an assignment
// to a callable member; nullopt otherwise.
struct CallableStore {
  const clang::FieldDecl *field;
  const clang::Expr *value;
};
std::optional<CallableStore> callableStore(const clang::CallExpr &call);

// The member a call invokes: `onMessage_(m)` (std::function::operator()) or
// `handler_(m)` (a function pointer); or null.
const clang::FieldDecl *invokedField(const clang::CallExpr &call);

// The parameter of `fn` that `value` is (under std::move, std::forward,
// copies and conversions), as its index; nullopt when it is not one.
std::optional<unsigned> storedParameter(const clang::Expr *value, const clang::FunctionDecl &fn);

} // namespace msglint::extract
