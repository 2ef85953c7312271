#include "config/Policies.h"

#include "config/Glob.h"

#include <llvm/ADT/StringRef.h>

#include <algorithm>
#include <tuple>

namespace msglint::config {

namespace yaml = llvm::yaml;

const char *toString(Via via) {
  switch (via) {
  case Via::Call:
    return "call";
  case Via::Job:
    return "job";
  case Via::Event:
    return "event";
  }
  return "call";
}

const char *toString(PolicyKind kind) {
  switch (kind) {
  case PolicyKind::Forbid:
    return "forbid";
  case PolicyKind::AllowOnly:
    return "allow-only";
  case PolicyKind::Names:
    return "names";
  case PolicyKind::Consumers:
    return "consumers";
  case PolicyKind::Limit:
    return "limit";
  case PolicyKind::Layers:
    return "layers";
  }
  return "forbid";
}

namespace {

constexpr PolicyKind kKinds[] = {PolicyKind::Forbid,    PolicyKind::AllowOnly, PolicyKind::Names,
                                 PolicyKind::Consumers, PolicyKind::Limit,     PolicyKind::Layers};

std::string kindList() {
  std::string out;
  for (PolicyKind k : kKinds)
    out += (out.empty() ? "" : ", ") + std::string(toString(k));
  return out;
}

ConfigPlace placeOf(const YamlReader &reader, const yaml::Node *node) {
  ConfigPlace place{reader.where(node)};
  std::tie(place.line, place.col) = reader.lineAndColumn(node);
  return place;
}

Pattern pattern(const YamlReader &reader, std::string text, yaml::Node *node,
                const std::string &what) {
  Pattern p;
  p.text = text;
  p.place = placeOf(reader, node);
  llvm::StringRef t(text);
  if (t.empty())
    throw ConfigError{node, what + " must not be empty"};
  if (t.consume_front("tag:")) {
    p.kind = Pattern::Kind::Tag;
    p.value = t.str();
    if (p.value.empty())
      throw ConfigError{node, what + ": 'tag:' must be followed by a tag's name"};
  } else if (t.size() >= 2 && t.front() == '/' && t.back() == '/') {
    p.kind = Pattern::Kind::Regex;
    p.value = t.drop_front().drop_back().str();
    auto regex = std::make_shared<llvm::Regex>("^(" + p.value + ")$");
    std::string why;
    if (!regex->isValid(why))
      throw ConfigError{node, what + ": '" + text + "' is not a valid regular expression: " + why};
    p.regex = std::move(regex);
  } else {
    p.value = text;
    if (auto problem = globError(text))
      throw ConfigError{node, what + ": bad glob '" + text + "': " + *problem};
  }
  return p;
}

std::vector<Pattern> patterns(const YamlReader &reader, yaml::Node *node,
                              const std::string &what) {
  std::vector<Pattern> out;
  reader.scalarList(node, what, [&](std::string text, yaml::Node *item) {
    out.push_back(pattern(reader, std::move(text), item, what));
  });
  return out;
}

std::set<Via> viaList(const YamlReader &reader, yaml::Node *node, const std::string &what) {
  std::set<Via> out;
  reader.scalarList(node, what, [&](const std::string &text, yaml::Node *item) {
    for (Via v : {Via::Call, Via::Job, Via::Event})
      if (text == toString(v)) {
        out.insert(v);
        return;
      }
    throw ConfigError{item, what + " must be call, job or event, not '" + text + "'"};
  });
  return out;
}

// The keys each kind takes, and which are required.
struct KindKeys {
  std::vector<std::string> required, optional;
};

KindKeys keysOf(PolicyKind kind) {
  switch (kind) {
  case PolicyKind::Forbid:
  case PolicyKind::AllowOnly:
    return {{"from", "to"}, {"via"}};
  case PolicyKind::Names:
    return {{"by", "match"}, {"via"}};
  case PolicyKind::Consumers:
    return {{"of", "in"}, {"via"}};
  case PolicyKind::Limit:
    return {{"services", "max-sync-dependencies"}, {}}; // synchronous: calls only
  case PolicyKind::Layers:
    return {};
  }
  return {};
}

std::string keyList(const KindKeys &keys) {
  std::string out;
  for (const auto *list : {&keys.required, &keys.optional})
    for (const std::string &k : *list)
      out += (out.empty() ? "" : ", ") + k;
  return out;
}

// The body of one kind: `forbid: {from: ..., to: ...}`, `layers: [...]`.
void readBody(const YamlReader &reader, Policy &policy, yaml::Node *body) {
  // The policy's name may come after its body, so errors name the key:
  // their file:line:col says which policy.
  const std::string what = "'" + std::string(toString(policy.kind)) + "'";
  // Defaults: a dependency is a direct call unless the policy says more;
  // names and consumers are about events.
  policy.via = policy.kind == PolicyKind::Names || policy.kind == PolicyKind::Consumers
                   ? std::set<Via>{Via::Event}
                   : std::set<Via>{Via::Call};
  if (policy.kind == PolicyKind::Layers) {
    reader.scalarList(body, what, [&](std::string text, yaml::Node *item) {
      Pattern layer = pattern(reader, std::move(text), item, what);
      if (layer.kind != Pattern::Kind::Tag)
        throw ConfigError{item, what + ": each layer is a tag, written 'tag:NAME', not '" +
                                    layer.text + "'"};
      policy.layers.push_back(std::move(layer));
    });
    if (policy.layers.size() < 2)
      throw ConfigError{body, what + " needs at least two layers, top first"};
    return;
  }
  const KindKeys keys = keysOf(policy.kind);
  std::set<std::string> seen;
  for (yaml::KeyValueNode &kv : *reader.mapping(body, what)) {
    std::string key = reader.scalar(kv.getKey(), "a key");
    if (std::find(keys.required.begin(), keys.required.end(), key) == keys.required.end() &&
        std::find(keys.optional.begin(), keys.optional.end(), key) == keys.optional.end())
      throw ConfigError{kv.getKey(), what + " has no key '" + key + "' (its keys: " +
                                         keyList(keys) + ")"};
    if (!seen.insert(key).second)
      throw ConfigError{kv.getKey(), what + ": '" + key + "' is given twice"};
    const std::string keyWhat = "'" + key + "'";
    yaml::Node *value = kv.getValue();
    if (key == "via")
      policy.via = viaList(reader, value, keyWhat);
    else if (key == "from" || key == "by" || key == "services")
      policy.from = patterns(reader, value, keyWhat);
    else if (key == "to" || key == "in")
      policy.to = patterns(reader, value, keyWhat);
    else if (key == "of")
      policy.channels = patterns(reader, value, keyWhat);
    else if (key == "match") {
      policy.match = pattern(reader, reader.scalar(value, keyWhat), value, keyWhat);
      if (policy.match->kind == Pattern::Kind::Tag)
        throw ConfigError{value, keyWhat + " is a shape of names, a glob or a /regex/, not a tag"};
    }
    else if (key == "max-sync-dependencies") {
      std::string text = reader.scalar(value, keyWhat);
      if (llvm::StringRef(text).getAsInteger(10, policy.max) || policy.max < 0)
        throw ConfigError{value, keyWhat + " must be a non-negative integer, not '" + text + "'"};
    }
  }
  for (const std::string &key : keys.required)
    if (!seen.count(key))
      throw ConfigError{body, what + " needs '" + key + "' (its keys: " + keyList(keys) + ")"};
  if (policy.via.empty())
    throw ConfigError{body, what + ": 'via' must name at least one of call, job, event"};
  if ((policy.kind == PolicyKind::Names || policy.kind == PolicyKind::Consumers) &&
      policy.via.count(Via::Call))
    throw ConfigError{body, what + " is about the names of events and jobs: its 'via' takes "
                                   "event or job, not call"};
}

Policy readPolicy(const YamlReader &reader, yaml::Node *node) {
  Policy policy;
  policy.place = placeOf(reader, node);
  std::string bodyKey;
  for (yaml::KeyValueNode &kv : *reader.mapping(node, "an entry of 'policies'")) {
    std::string key = reader.scalar(kv.getKey(), "a key");
    if (key == "name")
      policy.name = reader.scalar(kv.getValue(), "a policy's 'name'");
    else if (key == "message")
      policy.message = reader.scalar(kv.getValue(), "a policy's 'message'");
    else if (key == "level") {
      policy.level = reader.scalar(kv.getValue(), "a policy's 'level'");
      if (*policy.level != "note" && *policy.level != "warning" && *policy.level != "error")
        throw ConfigError{kv.getValue(), "a policy's 'level' must be note, warning or error, "
                                         "not '" + *policy.level + "'"};
    } else {
      bool isKind = false;
      for (PolicyKind k : kKinds)
        if (key == toString(k)) {
          if (!bodyKey.empty())
            throw ConfigError{kv.getKey(), "a policy states one thing: one of " + kindList() +
                                               ", not both '" + bodyKey + "' and '" + key + "'"};
          policy.kind = k;
          isKind = true;
          bodyKey = key;
          // Read now: the YAML stream cannot go back to a node it passed.
          readBody(reader, policy, kv.getValue());
        }
      if (!isKind)
        throw ConfigError{kv.getKey(), "unknown key '" + key + "' in a policy (known keys: name, "
                                       "message, level, " + kindList() + ")"};
    }
  }
  if (policy.name.empty())
    throw ConfigError{node, "a policy needs a 'name' (findings and the docs name it)"};
  if (bodyKey.empty())
    throw ConfigError{node, "policy '" + policy.name + "' states nothing: give it one of " +
                                kindList()};
  return policy;
}

} // namespace

void readTags(const YamlReader &reader, yaml::Node *node, Policies &out) {
  for (yaml::KeyValueNode &kv : *reader.mapping(node, "'tags'")) {
    std::string tag = reader.scalar(kv.getKey(), "a tag");
    if (tag.empty())
      throw ConfigError{kv.getKey(), "a tag must not be empty"};
    if (out.tags.count(tag))
      throw ConfigError{kv.getKey(), "tag '" + tag + "' is defined twice"};
    out.tags[tag] = reader.globList(kv.getValue(), "the services of tag '" + tag + "'");
  }
}

void readPolicies(const YamlReader &reader, yaml::Node *node, Policies &out) {
  auto *seq = llvm::dyn_cast_or_null<yaml::SequenceNode>(node);
  if (!seq)
    throw ConfigError{node, "'policies' must be a list of policies"};
  for (yaml::Node &item : *seq) {
    Policy policy = readPolicy(reader, &item);
    for (const Policy &other : out.policies)
      if (other.name == policy.name)
        throw ConfigError{&item, "policy '" + policy.name + "' is defined twice (first at " +
                                     other.place.where + ")"};
    out.policies.push_back(std::move(policy));
  }
}

std::optional<std::string> checkTagReferences(const Policies &policies) {
  for (const Policy &policy : policies.policies)
    for (const auto *list : {&policy.from, &policy.to, &policy.layers})
      for (const Pattern &p : *list)
        if (p.kind == Pattern::Kind::Tag && !policies.tags.count(p.value))
          return p.place.where + ": policy '" + policy.name + "': tag '" + p.value +
                 "' is not defined under 'tags'";
  return std::nullopt;
}

bool matches(const Pattern &pattern, const std::string &name, const Policies &policies) {
  switch (pattern.kind) {
  case Pattern::Kind::Glob:
    return matchesAnyGlob(name, {pattern.value});
  case Pattern::Kind::Regex:
    return pattern.regex->match(name);
  case Pattern::Kind::Tag: {
    auto it = policies.tags.find(pattern.value);
    return it != policies.tags.end() && matchesAnyGlob(name, it->second);
  }
  }
  return false;
}

bool matchesAny(const std::vector<Pattern> &patterns, const std::string &name,
                const Policies &policies) {
  for (const Pattern &p : patterns)
    if (matches(p, name, policies))
      return true;
  return false;
}

} // namespace msglint::config
