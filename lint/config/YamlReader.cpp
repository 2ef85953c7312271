#include "config/YamlReader.h"

#include "config/Glob.h"

#include <llvm/ADT/SmallString.h>

namespace msglint::config {

namespace yaml = llvm::yaml;

std::pair<unsigned, unsigned> YamlReader::lineAndColumn(const yaml::Node *node) const {
  if (!node)
    return {0, 0};
  // An alias's range starts after it; its name is in the buffer, after '*'.
  llvm::SMLoc start = node->getSourceRange().Start;
  if (auto *alias = llvm::dyn_cast<yaml::AliasNode>(node))
    start = llvm::SMLoc::getFromPointer(alias->getName().data() - 1);
  // A node made while recovering from a scan error has no place in the
  // text (a null location), and SourceMgr reads out of bounds on one.
  if (!start.isValid() || !sm.FindBufferContainingLoc(start))
    return {0, 0};
  return sm.getLineAndColumn(start);
}

void YamlReader::noAlias(const yaml::Node *node) const {
  // The anchored node was read where it stands, and a YAML node can be
  // walked only once: an alias cannot be read again.
  if (auto *alias = llvm::dyn_cast_or_null<yaml::AliasNode>(node))
    throw ConfigError{node, "YAML aliases (*" + alias->getName().str() +
                                ") are not supported: write the value out"};
}

std::string YamlReader::where(const yaml::Node *node) const {
  auto [line, col] = lineAndColumn(node);
  if (line == 0)
    return path;
  return path + ":" + std::to_string(line) + ":" + std::to_string(col);
}

std::string YamlReader::scalar(yaml::Node *node, const std::string &what) const {
  noAlias(node);
  auto *s = llvm::dyn_cast_or_null<yaml::ScalarNode>(node);
  if (!s)
    throw ConfigError{node, what + " must be a string"};
  llvm::SmallString<64> storage;
  return s->getValue(storage).str();
}

yaml::MappingNode *YamlReader::mapping(yaml::Node *node, const std::string &what) const {
  noAlias(node);
  auto *m = llvm::dyn_cast_or_null<yaml::MappingNode>(node);
  if (!m)
    throw ConfigError{node, what + " must be a mapping"};
  return m;
}

std::vector<std::string> YamlReader::globList(yaml::Node *node, const std::string &what) const {
  std::vector<std::string> globs;
  scalarList(node, what, [&](std::string glob, yaml::Node *item) {
    if (auto problem = globError(glob))
      throw ConfigError{item, "bad glob '" + glob + "' in " + what + ": " + *problem};
    globs.push_back(std::move(glob));
  });
  return globs;
}

} // namespace msglint::config
