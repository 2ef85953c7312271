// Small AST questions several presets ask: what a value really is under
// its conversions, which variable a handle lives in, and which calls a
// function body makes (to pair a subscribe with its poll loop, a handle
// with the call that created it).
#pragma once

#include <clang/AST/ASTContext.h>
#include <clang/AST/Expr.h>

#include <string>
#include <vector>

namespace msglint::model {

// Under implicit conversions, temporaries, and C-style and functional
// casts (the RD_KAFKA_V_* macros cast their values).
const clang::Expr *peel(const clang::Expr *e);
// peel, and `p.get()` of a smart pointer is the pointer itself.
const clang::Expr *peelGet(const clang::Expr *e);
// The variable or member a handle (client, consumer, socket) lives in.
const clang::Decl *handleDecl(const clang::Expr *e);
// The body of the function or lambda `call` is in.
const clang::Stmt *enclosingBody(const clang::CallExpr &call, clang::ASTContext &ctx);
// Every call in `s`, not looking into lambdas (functions of their own).
void collectCalls(const clang::Stmt *s, std::vector<const clang::CallExpr *> &out);

// A function of a C library: `extern "C"`, at global scope, with this name
// and number of parameters, as the library's header declares it.
bool isCFunction(const clang::FunctionDecl &fn, llvm::StringRef name, unsigned params);
// `s` as a call of such a function with all its arguments, or null.
const clang::CallExpr *asCFunctionCall(const clang::Stmt *s, llvm::StringRef name, unsigned params);

// `ns::Class::method` as people write it: no template arguments, no
// inline namespaces; "(anonymous namespace)" for an unnamed one.
std::string writtenQualifiedName(const clang::NamedDecl &decl);

} // namespace msglint::model
