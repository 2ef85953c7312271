#include "config/Config.h"

#include "config/Glob.h"
#include "config/YamlReader.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/ConvertUTF.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/YAMLParser.h>

#include <cstdio>
#include <map>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace msglint::config {
namespace {

namespace yaml = llvm::yaml;

// A policy naming an undefined tag: known only once the whole file is read,
// so the message already carries its place.
struct TagError {
  std::string message;
};

class Parser : public YamlReader {
public:
  using YamlReader::YamlReader;

  // An argument index is an unquoted decimal (`publish: 0`); anything
  // else, quoted digits included (`publish: '0'`), is a name.
  static std::optional<unsigned> argumentIndex(yaml::ScalarNode *node) {
    unsigned index = 0;
    if (node->getRawValue().getAsInteger(10, index))
      return std::nullopt;
    return index;
  }

  ApiDeclaration apiDeclaration(yaml::Node *node) {
    static const char *const kinds[] = {"call", "publish", "subscribe", "enqueue", "work",
                                        "sync-client"};
    ApiDeclaration api;
    api.where = where(node);
    std::tie(api.line, api.col) = lineAndColumn(node);
    yaml::Node *handlerNode = nullptr;
    for (yaml::KeyValueNode &kv : *mapping(node, "an entry of 'apis'")) {
      std::string key = scalar(kv.getKey(), "a key");
      bool isKind = std::find(std::begin(kinds), std::end(kinds), key) != std::end(kinds);
      if (key == "function" || key == "class") {
        if (!api.function.empty() || !api.className.empty())
          throw ConfigError{kv.getKey(), "an entry of 'apis' names one function or one class"};
        std::string name = scalar(kv.getValue(), "'" + key + "'");
        if (llvm::StringRef(name).starts_with("::"))
          name = name.substr(2);
        if (name.empty())
          throw ConfigError{kv.getValue(), "'" + key + "' must not be empty"};
        (key == "function" ? api.function : api.className) = name;
      } else if (isKind) {
        if (!api.kind.empty())
          throw ConfigError{kv.getKey(), "an entry of 'apis' says one of " + kindList(kinds) +
                                             ", not both '" + api.kind + "' and '" + key + "'"};
        api.kind = key;
        auto *value = llvm::dyn_cast_or_null<yaml::ScalarNode>(kv.getValue());
        if (!value)
          throw ConfigError{kv.getValue(),
                            "'" + key + "' takes an argument index or a name"};
        api.targetArg = key == "sync-client" ? std::nullopt : argumentIndex(value);
        if (!api.targetArg)
          api.targetName = scalar(value, "'" + key + "'");
        if (!api.targetArg && api.targetName.empty())
          throw ConfigError{value, "'" + key + "' must not be empty"};
      } else if (key == "handler") {
        handlerNode = kv.getValue();
        auto *value = llvm::dyn_cast_or_null<yaml::ScalarNode>(handlerNode);
        api.handlerArg = value ? argumentIndex(value) : std::nullopt;
        if (!api.handlerArg)
          throw ConfigError{handlerNode, "'handler' must be an argument index (0 is the first "
                                         "argument)"};
      } else {
        throw ConfigError{kv.getKey(), "unknown key '" + key + "' in an entry of 'apis' "
                                       "(known keys: function, class, handler, " +
                                           kindList(kinds) + ")"};
      }
    }
    if (api.function.empty() && api.className.empty())
      throw ConfigError{node, "an entry of 'apis' must name a 'function' or a 'class'"};
    if (api.kind.empty())
      throw ConfigError{node, "an entry of 'apis' must say what it does: one of " +
                                  kindList(kinds)};
    if ((api.kind == "sync-client") != !api.className.empty())
      throw ConfigError{node, api.kind == "sync-client"
                                  ? "'sync-client' goes with a 'class', not a 'function'"
                                  : "a 'class' is declared with 'sync-client: SERVICE'; '" +
                                        api.kind + "' goes with a 'function'"};
    if (handlerNode && api.kind != "subscribe" && api.kind != "work")
      throw ConfigError{handlerNode, "'handler' goes with 'subscribe' or 'work', not '" +
                                         api.kind + "'"};
    return api;
  }

  template <size_t N> static std::string kindList(const char *const (&kinds)[N]) {
    std::string out;
    for (const char *k : kinds)
      out += (out.empty() ? "" : ", ") + std::string(k);
    return out;
  }

  // A rule option: a scalar, or a list of scalars.
  OptionText optionText(yaml::Node *node, const std::string &rule, const std::string &name) {
    const std::string what = "rule '" + rule + "': option '" + name + "'";
    OptionText text;
    noAlias(node);
    if (auto *seq = llvm::dyn_cast_or_null<yaml::SequenceNode>(node)) {
      text.isList = true;
      for (yaml::Node &item : *seq) {
        text.values.push_back(scalar(&item, what + ": each item"));
        text.where.push_back(where(&item));
      }
      return text;
    }
    if (!llvm::isa_and_nonnull<yaml::ScalarNode>(node))
      throw ConfigError{node, what + " must be a value or a list of values"};
    text.values.push_back(scalar(node, what));
    text.where.push_back(where(node));
    return text;
  }

  Config parseTop(yaml::Node *root) {
    Config config;
    if (!root || llvm::isa<yaml::NullNode>(root))
      return config; // an empty file is a valid, empty config
    std::map<std::string, const yaml::Node *> keys;
    for (yaml::KeyValueNode &kv : *mapping(root, "the configuration")) {
      std::string key = scalar(kv.getKey(), "a key");
      if (auto [first, added] = keys.emplace(key, kv.getKey()); !added) {
        auto [line, col] = lineAndColumn(first->second);
        throw ConfigError{kv.getKey(), "'" + key + "' is given twice (first at line " +
                                           std::to_string(line) + ", column " +
                                           std::to_string(col) + ")"};
      }
      yaml::Node *value = kv.getValue();
      if (key == "services") {
        for (yaml::KeyValueNode &svc : *mapping(value, "'services'")) {
          std::string name = scalar(svc.getKey(), "a service name");
          if (name.empty())
            throw ConfigError{svc.getKey(), "a service name must not be empty"};
          for (const auto &[known, globs] : config.services)
            if (known == name)
              throw ConfigError{svc.getKey(), "service '" + name + "' is listed twice"};
          config.services.emplace_back(
              name, globList(svc.getValue(), "the globs of service '" + name + "'"));
        }
      } else if (key == "generated") {
        config.generated = globList(value, "'generated'");
      } else if (key == "shared") {
        config.shared = globList(value, "'shared'");
      } else if (key == "checks") {
        config.checks = scalar(value, "'checks'");
        config.checksWhere = where(value);
      } else if (key == "rules") {
        for (yaml::KeyValueNode &rule : *mapping(value, "'rules'")) {
          std::string id = scalar(rule.getKey(), "a rule id");
          if (config.rules.count(id))
            throw ConfigError{rule.getKey(), "rule '" + id + "' is configured twice"};
          RuleSettings settings;
          settings.where = where(rule.getKey());
          for (yaml::KeyValueNode &opt :
               *mapping(rule.getValue(), "the settings of rule '" + id + "'")) {
            std::string name = scalar(opt.getKey(), "an option name");
            settings.optionWhere[name] = where(opt.getKey());
            if (name == "severity")
              settings.severity = scalar(opt.getValue(), "option 'severity'");
            else
              settings.options[name] = optionText(opt.getValue(), id, name);
          }
          config.rules[id] = std::move(settings);
        }
      } else if (key == "apis") {
        noAlias(value);
        auto *seq = llvm::dyn_cast_or_null<yaml::SequenceNode>(value);
        if (!seq)
          throw ConfigError{value, "'apis' must be a list of declarations"};
        for (yaml::Node &item : *seq)
          config.apis.push_back(apiDeclaration(&item));
      } else if (key == "channels") {
        for (yaml::KeyValueNode &side : *mapping(value, "'channels'")) {
          std::string name = scalar(side.getKey(), "a key");
          if (name == "jobs")
            config.jobChannels = globList(side.getValue(), "'channels: jobs'");
          else if (name == "events")
            config.eventChannels = globList(side.getValue(), "'channels: events'");
          else
            throw ConfigError{side.getKey(), "unknown key '" + name +
                                                 "' in 'channels' (known keys: jobs, events)"};
        }
      } else if (key == "tags") {
        readTags(*this, value, config.architecture);
      } else if (key == "policies") {
        readPolicies(*this, value, config.architecture);
      } else {
        throw ConfigError{kv.getKey(),
                          "unknown key '" + key +
                              "' (known keys: services, shared, generated, checks, rules, apis, "
                              "channels, tags, policies)"};
      }
    }
    if (auto error = checkTagReferences(config.architecture))
      throw TagError{*error};
    return config;
  }
};

} // namespace

std::optional<Config> parseConfig(const std::string &text, const std::string &path,
                                  std::string &error) {
  // The YAML library takes any bytes; a name in another encoding would
  // then match nothing, silently.
  const auto *begin = reinterpret_cast<const llvm::UTF8 *>(text.data());
  const llvm::UTF8 *bad = begin;
  if (!llvm::isLegalUTF8String(&bad, begin + text.size())) {
    size_t at = bad - begin;
    size_t lineStart = text.rfind('\n', at == 0 ? 0 : at - 1);
    lineStart = lineStart == std::string::npos || at == 0 ? 0 : lineStart + 1;
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02x", unsigned(text[at]) & 0xff);
    error = path + ":" + std::to_string(1 + std::count(text.begin(), text.begin() + at, '\n')) +
            ":" + std::to_string(at - lineStart + 1) + ": not UTF-8 text (byte " + byte +
            "); save the file as UTF-8";
    return std::nullopt;
  }
  llvm::SourceMgr sm;
  std::string yamlError;
  llvm::raw_string_ostream yamlErrorStream(yamlError);
  // The YAML library reports syntax errors through the SourceMgr handler.
  sm.setDiagHandler(
      [](const llvm::SMDiagnostic &d, void *ctx) {
        auto *out = static_cast<std::string *>(ctx);
        if (out->empty())
          *out = std::to_string(d.getLineNo()) + ":" +
                 std::to_string(d.getColumnNo() + 1) + ": " + d.getMessage().str();
      },
      &yamlError);
  yaml::Stream stream(text, sm);
  Parser parser(sm, path);
  try {
    auto doc = stream.begin();
    Config config;
    if (doc != stream.end()) {
      config = parser.parseTop(doc->getRoot());
      if (!yamlError.empty()) {
        error = path + ":" + yamlError;
        return std::nullopt;
      }
      if (++doc != stream.end()) {
        yaml::Node *next = doc->getRoot(); // parsing it may find a YAML error
        if (!yamlError.empty()) {
          error = path + ":" + yamlError;
          return std::nullopt;
        }
        if (!llvm::isa_and_nonnull<yaml::NullNode>(next)) {
          error = parser.where(next) + ": only one YAML document is allowed";
          return std::nullopt;
        }
      }
    }
    if (!yamlError.empty()) {
      error = path + ":" + yamlError;
      return std::nullopt;
    }
    config.path = path;
    config.architecture.file = path;
    return config;
  } catch (const TagError &e) {
    error = yamlError.empty() ? e.message : path + ":" + yamlError;
    return std::nullopt;
  } catch (const ConfigError &e) {
    error = yamlError.empty() ? parser.where(e.node) + ": " + e.message
                              : path + ":" + yamlError;
    return std::nullopt;
  }
}

std::optional<Config> readConfigFile(const std::string &path, std::string &error) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    error = path + ": " + buffer.getError().message();
    return std::nullopt;
  }
  return parseConfig((*buffer)->getBuffer().str(), path, error);
}

std::optional<std::string> findConfigFile(const std::string &dir) {
  llvm::SmallString<256> current(dir);
  while (!current.empty()) {
    llvm::SmallString<256> candidate(current);
    llvm::sys::path::append(candidate, ".msglint.yaml");
    if (llvm::sys::fs::is_regular_file(candidate))
      return std::string(candidate);
    llvm::StringRef parent = llvm::sys::path::parent_path(current);
    if (parent == current)
      break;
    current = parent;
  }
  return std::nullopt;
}

} // namespace msglint::config
