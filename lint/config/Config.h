// `.msglint.yaml`: the project's configuration (docs/configuration.md).
// Parsing only checks the shape of the file; rule ids and options are
// checked against the rule catalogue by whoever applies them.
#pragma once

#include "config/Policies.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace msglint::config {

// A rule option as written: one scalar, or a list of scalars (word lists).
// Its type is checked against the rule catalogue (rules/Catalogue.cpp).
struct OptionText {
  bool isList = false;
  std::vector<std::string> values; // the scalar, or the list's items
  std::vector<std::string> where;  // file:line:col of each value
};

struct RuleSettings {
  std::optional<std::string> severity;
  std::map<std::string, OptionText> options; // option name -> its value as written
  std::string where; // "file:line:col" of the rule's entry, for errors
  std::map<std::string, std::string> optionWhere; // option (or "severity") -> file:line:col
};

// An in-house API declared in config, for code the user cannot annotate
// (docs/configuration.md#apis): what the same annotation would say.
struct ApiDeclaration {
  std::string function;  // qualified name of a function or method, or
  std::string className; // qualified name of a sync-client class
  // "call", "publish", "subscribe", "enqueue", "work" or "sync-client".
  std::string kind;
  // The target: argument index (from 0, not counting `this`), or a fixed
  // name (for sync-client: the service).
  std::optional<unsigned> targetArg;
  std::string targetName;
  std::optional<unsigned> handlerArg; // subscribe/work
  std::string where;                  // file:line:col of the entry
  unsigned line = 0, col = 0;         // the same, for SARIF
};

struct Config {
  std::string path; // empty when no file was found
  // Service name -> globs over paths relative to the project root.
  std::vector<std::pair<std::string, std::vector<std::string>>> services;
  std::vector<std::string> generated; // extra globs of generated code
  std::vector<std::string> shared;    // folders that are no service's own
  // clang-tidy style filter, applied after the default "*" (so '-x'
  // turns one rule off, '-*,x' keeps only x).
  std::string checks;
  std::string checksWhere; // file:line:col of `checks`, for errors
  std::map<std::string, RuleSettings> rules;
  std::vector<ApiDeclaration> apis;
  // Channel names (globs) that are job queues, or events, whatever the
  // library's default mapping says; `jobs` is tried first.
  std::vector<std::string> jobChannels, eventChannels;
  // `tags` and `policies` (docs/policies.md), checked by the `policy` rule.
  Policies architecture;
};

// Parses YAML text; `path` is used in messages. On error returns nullopt
// and sets `error` to "path:line:col: problem".
std::optional<Config> parseConfig(const std::string &text,
                                  const std::string &path, std::string &error);

// Reads and parses the file at `path`; errors as parseConfig's, or
// "path: why it could not be read".
std::optional<Config> readConfigFile(const std::string &path, std::string &error);

// Finds `.msglint.yaml` in `dir` or the nearest ancestor, like .clang-tidy.
std::optional<std::string> findConfigFile(const std::string &dir);

} // namespace msglint::config
