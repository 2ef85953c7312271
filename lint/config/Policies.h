// Architecture policies in `.msglint.yaml` (docs/policies.md): what a team
// states must and must not hold between its services, checked by the
// `policy` rule (rules/policy.cpp). This is their parsed, validated form.
#pragma once

#include "config/YamlReader.h"

#include <llvm/Support/Regex.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace msglint::config {

// Where a value was written, for errors and for findings about it.
struct ConfigPlace {
  std::string where; // "file:line:col"
  unsigned line = 0, col = 0;
};

// One item of a selector list: `tag:NAME`, `/REGEX/` (the whole name), or
// a glob (a plain name is a glob without wildcards).
struct Pattern {
  enum class Kind { Glob, Regex, Tag };
  Kind kind = Kind::Glob;
  std::string text;  // as written
  std::string value; // the glob, the regex, or the tag's name
  ConfigPlace place;
  // A regex is compiled when read (whole name); a glob is checked then,
  // and compiled where it is matched (llvm::GlobPattern points into its
  // text, which moves with the Pattern).
  std::shared_ptr<const llvm::Regex> regex;
};

// The ways one service depends on another (`via`).
enum class Via { Call, Job, Event };
const char *toString(Via);

enum class PolicyKind { Forbid, AllowOnly, Names, Consumers, Limit, Layers };
const char *toString(PolicyKind); // the key: forbid, allow-only, ...

struct Policy {
  std::string name;
  std::string message;            // the team's reason, shown in findings
  std::optional<std::string> level; // note | warning | error
  ConfigPlace place;              // the entry
  PolicyKind kind = PolicyKind::Forbid;
  std::set<Via> via;
  // forbid, allow-only: edges `from` -> `to`. names: `by` in `from`.
  // consumers: `in` in `to`. limit: `services` in `from`.
  std::vector<Pattern> from, to;
  std::vector<Pattern> channels;  // consumers: `of`
  std::optional<Pattern> match;   // names: the shape every name must have
  int max = 0;                    // limit: max-sync-dependencies
  std::vector<Pattern> layers;    // layers: tags, top first
};

struct Policies {
  std::string file; // the configuration file, for findings at a policy
  // Tag -> globs over service names (`tags:`).
  std::map<std::string, std::vector<std::string>> tags;
  std::vector<Policy> policies;
};

// `tags:` and `policies:` of the configuration; throw ConfigError.
void readTags(const YamlReader &reader, llvm::yaml::Node *node, Policies &out);
void readPolicies(const YamlReader &reader, llvm::yaml::Node *node, Policies &out);
// Once the whole file is read: every `tag:` a policy names is defined.
// Returns the error ("file:line:col: problem"), or nullopt.
std::optional<std::string> checkTagReferences(const Policies &policies);

// Whether `name` matches the pattern (tags through `policies.tags`).
bool matches(const Pattern &pattern, const std::string &name, const Policies &policies);
bool matchesAny(const std::vector<Pattern> &patterns, const std::string &name,
                const Policies &policies);

} // namespace msglint::config
