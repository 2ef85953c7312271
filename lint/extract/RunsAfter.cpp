#include "extract/RunsAfter.h"

#include <algorithm>

namespace msglint::extract {

using namespace clang;

RunsAfter::RunsAfter(const Decl &decl, const Stmt *body, ASTContext &ctx) : body(body) {
  if (!body)
    return;
  CFG::BuildOptions options;
  options.setAllAlwaysAdd(); // every call its own element, not only full statements
  options.AddInitializers = true; // a constructor's member initialisers run first
  cfg = CFG::buildCFG(&decl, const_cast<Stmt *>(body), &ctx, options);
  if (!cfg)
    return;
  for (const CFGBlock *block : *cfg) {
    unsigned index = 0;
    for (const CFGElement &element : *block) {
      if (auto s = element.getAs<CFGStmt>())
        positions.try_emplace(s->getStmt(), Position{block, index});
      ++index;
    }
  }
}

std::optional<RunsAfter::Position> RunsAfter::positionOf(const Stmt *s) const {
  // A statement the CFG leaves out (inside an expression it keeps whole)
  // runs where its nearest enclosing statement that it holds runs.
  for (int depth = 0; s && depth < 64; ++depth) {
    if (auto it = positions.find(s); it != positions.end())
      return it->second;
    if (!parents)
      parents = std::make_unique<ParentMap>(const_cast<Stmt *>(body));
    s = parents->getParent(s);
  }
  return std::nullopt;
}

std::optional<RunsAfter::Reach> RunsAfter::after(const Stmt *from,
                                                 const std::vector<const Stmt *> &loops) const {
  if (!cfg)
    return std::nullopt;
  std::optional<Position> start = positionOf(from);
  if (!start)
    return std::nullopt;
  Reach reach;
  reach.graph = this;
  reach.fromBlock = start->block;
  reach.fromIndex = start->index;
  reach.blocks.resize(cfg->getNumBlockIDs());
  // The edge back to the head of a loop around `from` starts its next
  // round: a block that carries it is not entered.
  auto entersNextRound = [&](const CFGBlock &block) {
    return block.getLoopTarget() &&
           std::find(loops.begin(), loops.end(), block.getLoopTarget()) != loops.end();
  };
  std::vector<const CFGBlock *> work{start->block};
  while (!work.empty()) {
    const CFGBlock *block = work.back();
    work.pop_back();
    for (const CFGBlock::AdjacentBlock &succ : block->succs()) {
      const CFGBlock *next = succ.getReachableBlock();
      if (!next || reach.blocks.test(next->getBlockID()) || entersNextRound(*next))
        continue;
      reach.blocks.set(next->getBlockID());
      work.push_back(next);
    }
  }
  reach.fromBlockAgain = reach.blocks.test(start->block->getBlockID());
  return reach;
}

std::optional<bool> RunsAfter::Reach::mayRun(const Stmt *later) const {
  return mayRunAt(graph->positionOf(later));
}

std::optional<bool> RunsAfter::Reach::mayRunAt(const std::optional<Position> &at) const {
  if (!at)
    return std::nullopt;
  if (at->block == fromBlock)
    return fromBlockAgain || at->index > fromIndex;
  return blocks.test(at->block->getBlockID());
}

} // namespace msglint::extract
