// Reading `.msglint.yaml` nodes with errors that name file:line:col: the
// one way Config.cpp and Policies.cpp check the shape of what they read.
#pragma once

#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/YAMLParser.h>

#include <string>
#include <utility>
#include <vector>

namespace msglint::config {

// Thrown while reading and turned into one "file:line:col: problem" error.
struct ConfigError {
  const llvm::yaml::Node *node;
  std::string message;
};

class YamlReader {
public:
  YamlReader(llvm::SourceMgr &sm, std::string path) : sm(sm), path(std::move(path)) {}

  // "file:line:col" of `node` (the file alone when there is no node, or
  // it has no place in the text).
  std::string where(const llvm::yaml::Node *node) const;
  // {0, 0} when `node` has no place in the text.
  std::pair<unsigned, unsigned> lineAndColumn(const llvm::yaml::Node *node) const;
  // Throws when `node` is an alias (*NAME), which cannot be read.
  void noAlias(const llvm::yaml::Node *node) const;
  std::string scalar(llvm::yaml::Node *node, const std::string &what) const;
  llvm::yaml::MappingNode *mapping(llvm::yaml::Node *node, const std::string &what) const;
  // One string or a list of strings; each item is passed to `check` (with
  // its node) as it is read, since a YAML sequence can be walked only once.
  template <typename Check>
  void scalarList(llvm::yaml::Node *node, const std::string &what, Check check) const {
    noAlias(node);
    if (llvm::isa_and_nonnull<llvm::yaml::ScalarNode>(node)) {
      check(scalar(node, what), node);
      return;
    }
    auto *seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(node);
    if (!seq)
      throw ConfigError{node, what + " must be a string or a list of strings"};
    for (llvm::yaml::Node &item : *seq)
      check(scalar(&item, what + " entries"), &item);
  }
  // A glob or a list of globs, each checked.
  std::vector<std::string> globList(llvm::yaml::Node *node, const std::string &what) const;

  const std::string &file() const { return path; }

private:
  llvm::SourceMgr &sm;
  std::string path;
};

} // namespace msglint::config
