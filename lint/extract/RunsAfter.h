// Which statements of one function body may run after a given one, read
// from Clang's CFG (as clang-tidy's use-after-move does), not from the order
// of the source: a statement in the other branch of an `if`, or after an
// early `return`, does not run after it. Later rounds of the loops around
// the statement are not counted: what the next message or item does is not
// a later step of this one.
#pragma once

#include <clang/AST/ASTContext.h>
#include <clang/AST/ParentMap.h>
#include <clang/Analysis/CFG.h>
#include <llvm/ADT/BitVector.h>
#include <llvm/ADT/DenseMap.h>

#include <memory>
#include <optional>
#include <vector>

namespace msglint::extract {

class RunsAfter {
public:
  // `decl` owns `body` (a function, or a lambda's call operator).
  RunsAfter(const clang::Decl &decl, const clang::Stmt *body, clang::ASTContext &ctx);

  // What may run after `from`, given the loops around it (outermost first).
  // Empty when the CFG could not be built or does not hold `from`: the
  // caller then falls back to the order of the source.
  struct Position {
    const clang::CFGBlock *block;
    unsigned index;
  };
  // Where `s` runs on the CFG; nullopt when the CFG does not hold it.
  std::optional<Position> positionOf(const clang::Stmt *s) const;

  class Reach {
  public:
    // Unknown (nullopt) when the CFG does not hold `later`.
    std::optional<bool> mayRun(const clang::Stmt *later) const;
    // The same for a position found once with positionOf (a function with
    // many sends and steps asks of each step once per send).
    std::optional<bool> mayRunAt(const std::optional<Position> &later) const;

  private:
    friend class RunsAfter;
    const RunsAfter *graph = nullptr;
    const clang::CFGBlock *fromBlock = nullptr;
    unsigned fromIndex = 0;
    llvm::BitVector blocks; // blocks entered after leaving `from`'s own
    bool fromBlockAgain = false; // `from`'s block entered again (a goto loop)
  };
  std::optional<Reach> after(const clang::Stmt *from,
                             const std::vector<const clang::Stmt *> &loops) const;

private:
  std::unique_ptr<clang::CFG> cfg;
  llvm::DenseMap<const clang::Stmt *, Position> positions;
  mutable std::unique_ptr<clang::ParentMap> parents; // made on the first miss
  const clang::Stmt *body;
};

} // namespace msglint::extract
