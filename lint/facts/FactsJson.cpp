#include "facts/FactsJson.h"

#include "facts/JsonPull.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>

namespace msglint::facts {
namespace {

using nlohmann::json;

const char *const kSiteKinds[] = {"call", "enqueue", "publish", "subscribe",
                                  "work"};
const char *const kResultUses[] = {"used", "discarded", "unchecked"};
const char *const kDeadlines[] = {"set", "unset", "unknown", "n/a"};

json loc(const Location &l) { return {l.file, l.line, l.col}; }

json steps(const std::vector<Step> &after) {
  json out = json::array();
  for (const Step &step : after) {
    json js = {{"loc", loc(step.loc)}};
    if (!step.callee.empty())
      js["callee"] = step.callee;
    out.push_back(std::move(js));
  }
  return out;
}

json site(const Site &s) {
  json j = {{"kind", toString(s.kind)},   {"api", s.api},
            {"style", s.style},           {"target", s.target},
            {"function", s.function},     {"loc", loc(s.loc)},
            {"blocking", s.blocking},     {"result", toString(s.result)},
            {"deadline", toString(s.deadline)}, {"order", s.order}};
  if (!s.targetExpr.empty())
    j["targetExpr"] = s.targetExpr;
  if (s.inLoop) {
    j["loop"] = loc(s.loopLoc);
    j["retryLoop"] = s.retryLoop;
  }
  if (s.targetParam >= 0) {
    j["targetParam"] = s.targetParam;
    j["targetPrefix"] = s.targetPrefix;
    j["targetSuffix"] = s.targetSuffix;
  }
  if (!s.handlers.empty())
    j["handlers"] = s.handlers;
  if (!s.after.empty())
    j["after"] = steps(s.after);
  return j;
}


json function(const Function &f) {
  json callees = json::array();
  for (const Callee &c : f.callees) {
    json jc = {{"usr", c.usr}, {"loc", loc(c.loc)}, {"called", c.called}};
    if (c.inLoop) {
      jc["loop"] = loc(c.loopLoc);
      jc["retryLoop"] = c.retryLoop;
    }
    callees.push_back(std::move(jc));
  }
  json namedCalls = json::array();
  for (const NamedCall &c : f.namedCalls) {
    json args = json::array();
    for (const NamedCall::Arg &a : c.args) {
      json ja = {{"index", a.index}};
      if (a.param >= 0)
        ja["param"] = a.param;
      else if (!a.callables.empty())
        ja["callables"] = a.callables;
      else
        ja["value"] = a.value;
      args.push_back(std::move(ja));
    }
    json jc = {{"usr", c.usr}, {"loc", loc(c.loc)}, {"args", args}};
    if (!c.after.empty())
      jc["after"] = steps(c.after);
    namedCalls.push_back(std::move(jc));
  }
  json entries = json::array();
  for (const Entry &e : f.entries) {
    json je = {{"kind", toString(e.kind)}, {"api", e.api}, {"target", e.target}};
    if (!e.receivedAt.file.empty())
      je["receivedAt"] = loc(e.receivedAt);
    if (!e.loopLoc.file.empty())
      je["loop"] = loc(e.loopLoc);
    entries.push_back(std::move(je));
  }
  json out = {{"usr", f.usr},         {"name", f.name},
              {"loc", loc(f.loc)},    {"callees", callees}, {"namedCalls", namedCalls},
              {"overrides", f.overrides}, {"entries", entries}};
  if (!f.storedParams.empty()) {
    json stored = json::array();
    for (const Function::StoredParam &p : f.storedParams)
      stored.push_back({{"param", p.param}, {"field", p.field}});
    out["storedParams"] = std::move(stored);
  }
  return out;
}


// Reading: straight from the text into the structs (JsonPull), one table of
// members per kind of object.

// How an object holds a key: WithLoop is retryLoop's, read only when the
// object has a `loop`, as the DOM reader did (unchecked otherwise).
enum class Presence { Optional, Required, WithLoop };

template <typename T> struct Member {
  std::string_view key;
  Presence presence;
  void (*read)(JsonPull &, T &);
};

// Reads the members of one object into `out`, in any order; keys it does not
// know are skipped, and of a repeated key the last one counts.
template <typename T, size_t N> class ObjectReader {
public:
  ObjectReader(const Member<T> (&members)[N], T &out) : members_(members), out_(out) {}

  void member(JsonPull &in, std::string_view key) {
    // Keys usually come in the table's (alphabetical, as written) order: look
    // first after the last one found.
    for (size_t n = 0, i = next_; n < N; ++n, i = i + 1 == N ? 0 : i + 1) {
      const std::string_view name = members_[i].key;
      if (name.size() != key.size() || name[0] != key[0] || name != key)
        continue;
      if (members_[i].presence == Presence::WithLoop) {
        in.peek();
        withLoopAt_ = in.offset();
        in.skip();
      } else {
        members_[i].read(in, out_);
      }
      seen_ |= std::uint32_t(1) << i;
      next_ = i + 1 == N ? 0 : i + 1;
      return;
    }
    in.skip();
  }

  // After the object (which started at `at`): a missing key, or a bad value
  // of a WithLoop member that counts, is an error.
  void finish(JsonPull &in, size_t at) {
    bool loop = false;
    for (size_t i = 0; i < N; ++i) {
      bool seen = seen_ & (std::uint32_t(1) << i);
      if (members_[i].presence == Presence::Required && !seen)
        throw JsonShapeError{at, "", "missing key '" + std::string(members_[i].key) + "'"};
      loop |= seen && members_[i].key == "loop";
    }
    for (size_t i = 0; i < N; ++i)
      if (members_[i].presence == Presence::WithLoop && loop &&
          (seen_ & (std::uint32_t(1) << i))) {
        JsonPull later = in;
        later.seek(withLoopAt_);
        try {
          members_[i].read(later, out_);
        } catch (JsonShapeError &e) {
          e.within(members_[i].key);
          throw;
        }
      }
  }

private:
  static_assert(N <= 32, "one bit of seen_ per member");
  const Member<T> (&members_)[N];
  T &out_;
  std::uint32_t seen_ = 0;
  size_t next_ = 0;
  size_t withLoopAt_ = 0;
};

template <typename T, size_t N> void readObject(JsonPull &in, T &out, const Member<T> (&members)[N]) {
  in.peek();
  size_t at = in.offset();
  ObjectReader<T, N> reader(members, out);
  in.object([&](std::string_view key) { reader.member(in, key); });
  reader.finish(in, at);
}

template <typename T, size_t N>
std::vector<T> readObjects(JsonPull &in, const Member<T> (&members)[N]) {
  std::vector<T> out;
  in.array([&] { readObject(in, out.emplace_back(), members); });
  return out;
}

std::vector<std::string> readStrings(JsonPull &in) {
  std::vector<std::string> out;
  in.array([&] { out.push_back(in.string()); });
  return out;
}

template <typename E, size_t N> E readEnum(JsonPull &in, const char *const (&names)[N]) {
  in.peek();
  size_t at = in.offset();
  std::string scratch;
  std::string_view value = in.stringView(scratch);
  for (size_t i = 0; i < N; ++i)
    if (value == names[i])
      return static_cast<E>(i);
  // Quoted, escaped and cut short, so that the message stays one short line.
  std::string shown = json(std::string(value.substr(0, 60))).dump(-1, ' ', false, json::error_handler_t::replace);
  throw JsonShapeError{at, "", "unknown value " + shown + (value.size() > 60 ? "..." : "")};
}

// [file, line, column]; what follows them is not looked at.
Location readLoc(JsonPull &in) {
  in.peek();
  size_t at = in.offset();
  Location l;
  size_t index = 0;
  in.array([&] {
    switch (index++) {
    case 0: l.file = in.string(); break;
    case 1: l.line = in.integer<unsigned>(); break;
    case 2: l.col = in.integer<unsigned>(); break;
    default: in.skip();
    }
  });
  if (index < 3)
    throw JsonShapeError{at, "", "expected a location, [file, line, column]"};
  return l;
}

using P = Presence;

const Member<Step> kStep[] = {
    {"callee", P::Optional, [](JsonPull &in, Step &s) { s.callee = in.string(); }},
    {"loc", P::Required, [](JsonPull &in, Step &s) { s.loc = readLoc(in); }},
};

const Member<Site> kSite[] = {
    {"after", P::Optional, [](JsonPull &in, Site &s) { s.after = readObjects(in, kStep); }},
    {"api", P::Required, [](JsonPull &in, Site &s) { s.api = in.string(); }},
    {"blocking", P::Required, [](JsonPull &in, Site &s) { s.blocking = in.boolean(); }},
    {"deadline", P::Required, [](JsonPull &in, Site &s) { s.deadline = readEnum<Deadline>(in, kDeadlines); }},
    {"function", P::Required, [](JsonPull &in, Site &s) { s.function = in.string(); }},
    {"handlers", P::Optional, [](JsonPull &in, Site &s) { s.handlers = readStrings(in); }},
    {"kind", P::Required, [](JsonPull &in, Site &s) { s.kind = readEnum<SiteKind>(in, kSiteKinds); }},
    {"loc", P::Required, [](JsonPull &in, Site &s) { s.loc = readLoc(in); }},
    {"loop", P::Optional, [](JsonPull &in, Site &s) { s.loopLoc = readLoc(in), s.inLoop = true; }},
    {"order", P::Required, [](JsonPull &in, Site &s) { s.order = in.integer<unsigned>(); }},
    {"result", P::Required, [](JsonPull &in, Site &s) { s.result = readEnum<ResultUse>(in, kResultUses); }},
    {"retryLoop", P::WithLoop, [](JsonPull &in, Site &s) { s.retryLoop = in.boolean(); }},
    {"style", P::Required, [](JsonPull &in, Site &s) { s.style = in.string(); }},
    {"target", P::Required, [](JsonPull &in, Site &s) { s.target = in.string(); }},
    {"targetExpr", P::Optional, [](JsonPull &in, Site &s) { s.targetExpr = in.string(); }},
    {"targetParam", P::Optional, [](JsonPull &in, Site &s) { s.targetParam = in.integer<int>(); }},
    {"targetPrefix", P::Optional, [](JsonPull &in, Site &s) { s.targetPrefix = in.string(); }},
    {"targetSuffix", P::Optional, [](JsonPull &in, Site &s) { s.targetSuffix = in.string(); }},
};

const Member<Callee> kCallee[] = {
    {"called", P::Required, [](JsonPull &in, Callee &c) { c.called = in.boolean(); }},
    {"loc", P::Required, [](JsonPull &in, Callee &c) { c.loc = readLoc(in); }},
    {"loop", P::Optional, [](JsonPull &in, Callee &c) { c.loopLoc = readLoc(in), c.inLoop = true; }},
    {"retryLoop", P::WithLoop, [](JsonPull &in, Callee &c) { c.retryLoop = in.boolean(); }},
    {"usr", P::Required, [](JsonPull &in, Callee &c) { c.usr = in.string(); }},
};

const Member<NamedCall::Arg> kArg[] = {
    {"callables", P::Optional, [](JsonPull &in, NamedCall::Arg &a) { a.callables = readStrings(in); }},
    {"index", P::Required, [](JsonPull &in, NamedCall::Arg &a) { a.index = in.integer<unsigned>(); }},
    {"param", P::Optional, [](JsonPull &in, NamedCall::Arg &a) { a.param = in.integer<int>(); }},
    {"value", P::Optional, [](JsonPull &in, NamedCall::Arg &a) { a.value = in.string(); }},
};

const Member<NamedCall> kNamedCall[] = {
    {"after", P::Optional, [](JsonPull &in, NamedCall &c) { c.after = readObjects(in, kStep); }},
    {"args", P::Required, [](JsonPull &in, NamedCall &c) { c.args = readObjects(in, kArg); }},
    {"loc", P::Required, [](JsonPull &in, NamedCall &c) { c.loc = readLoc(in); }},
    {"usr", P::Required, [](JsonPull &in, NamedCall &c) { c.usr = in.string(); }},
};

const Member<Function::StoredParam> kStoredParam[] = {
    {"field", P::Required, [](JsonPull &in, Function::StoredParam &p) { p.field = in.string(); }},
    {"param", P::Required, [](JsonPull &in, Function::StoredParam &p) { p.param = in.integer<unsigned>(); }},
};

const Member<Entry> kEntry[] = {
    {"api", P::Required, [](JsonPull &in, Entry &e) { e.api = in.string(); }},
    {"kind", P::Required, [](JsonPull &in, Entry &e) { e.kind = readEnum<SiteKind>(in, kSiteKinds); }},
    {"loop", P::Optional, [](JsonPull &in, Entry &e) { e.loopLoc = readLoc(in); }},
    {"receivedAt", P::Optional, [](JsonPull &in, Entry &e) { e.receivedAt = readLoc(in); }},
    {"target", P::Required, [](JsonPull &in, Entry &e) { e.target = in.string(); }},
};

const Member<Function> kFunction[] = {
    {"callees", P::Required, [](JsonPull &in, Function &f) { f.callees = readObjects(in, kCallee); }},
    {"entries", P::Required, [](JsonPull &in, Function &f) { f.entries = readObjects(in, kEntry); }},
    {"loc", P::Required, [](JsonPull &in, Function &f) { f.loc = readLoc(in); }},
    {"name", P::Required, [](JsonPull &in, Function &f) { f.name = in.string(); }},
    {"namedCalls", P::Optional, [](JsonPull &in, Function &f) { f.namedCalls = readObjects(in, kNamedCall); }},
    {"overrides", P::Required, [](JsonPull &in, Function &f) { f.overrides = readStrings(in); }},
    {"storedParams", P::Optional, [](JsonPull &in, Function &f) { f.storedParams = readObjects(in, kStoredParam); }},
    {"usr", P::Required, [](JsonPull &in, Function &f) { f.usr = in.string(); }},
};

const Member<Registration> kRegistration[] = {
    {"api", P::Required, [](JsonPull &in, Registration &r) { r.api = in.string(); }},
    {"function", P::Required, [](JsonPull &in, Registration &r) { r.function = in.string(); }},
    {"handlers", P::Required, [](JsonPull &in, Registration &r) { r.handlers = readStrings(in); }},
    {"kind", P::Required, [](JsonPull &in, Registration &r) { r.kind = readEnum<SiteKind>(in, kSiteKinds); }},
    {"loc", P::Required, [](JsonPull &in, Registration &r) { r.loc = readLoc(in); }},
    {"target", P::Required, [](JsonPull &in, Registration &r) { r.target = in.string(); }},
};

const Member<Suppression> kSuppression[] = {
    {"loc", P::Required, [](JsonPull &in, Suppression &s) { s.loc = readLoc(in); }},
    {"nextLine", P::Required, [](JsonPull &in, Suppression &s) { s.nextLine = in.boolean(); }},
    {"rules", P::Required, [](JsonPull &in, Suppression &s) { s.rules = readStrings(in); }},
    {"sameLine", P::Required, [](JsonPull &in, Suppression &s) { s.sameLine = in.boolean(); }},
};

const Member<CompileError> kCompileError[] = {
    {"loc", P::Required, [](JsonPull &in, CompileError &e) { e.loc = readLoc(in); }},
    {"message", P::Required, [](JsonPull &in, CompileError &e) { e.message = in.string(); }},
};

// Without format and version, which are checked first.
const Member<TranslationUnit> kTranslationUnit[] = {
    {"errorCount", P::Required, [](JsonPull &in, TranslationUnit &tu) { tu.errorCount = in.integer<unsigned>(); }},
    {"errors", P::Required, [](JsonPull &in, TranslationUnit &tu) { tu.errors = readObjects(in, kCompileError); }},
    {"failure", P::Optional, [](JsonPull &in, TranslationUnit &tu) { tu.failure = in.string(); }},
    {"functions", P::Required, [](JsonPull &in, TranslationUnit &tu) { tu.functions = readObjects(in, kFunction); }},
    {"mainFile", P::Required, [](JsonPull &in, TranslationUnit &tu) { tu.mainFile = in.string(); }},
    {"registrations", P::Optional, [](JsonPull &in, TranslationUnit &tu) { tu.registrations = readObjects(in, kRegistration); }},
    {"sites", P::Required, [](JsonPull &in, TranslationUnit &tu) { tu.sites = readObjects(in, kSite); }},
    {"suppressions", P::Required, [](JsonPull &in, TranslationUnit &tu) { tu.suppressions = readObjects(in, kSuppression); }},
};

// The whole document. Syntax errors stop it at once; of the others, a wrong
// format or version is said first, since it explains the rest.
std::optional<TranslationUnit> readTranslationUnit(JsonPull &in, std::string &error) {
  if (in.peek() != '{') {
    in.skip();
    in.end();
    error = "not a msglint facts file";
    return std::nullopt;
  }
  size_t at = in.offset();
  TranslationUnit tu;
  ObjectReader reader(kTranslationUnit, tu);
  std::string format;
  std::optional<int> version;
  std::vector<JsonMemberError> failed = in.members([&](std::string_view key) {
    if (key == "format")
      format = in.string();
    else if (key == "version")
      version = in.integer<int>();
    else
      reader.member(in, key);
  });
  in.end();
  auto failedAt = [&](std::string_view key) {
    return std::find_if(failed.begin(), failed.end(),
                        [&](const JsonMemberError &f) { return f.key == key; });
  };
  if (format != "msglint-facts" || failedAt("format") != failed.end())
    error = "not a msglint facts file";
  else if (auto f = failedAt("version"); f != failed.end())
    error = f->error.message();
  else if (!version)
    error = JsonShapeError{at, "", "missing key 'version'"}.message();
  else if (*version != kFactsVersion)
    error = "facts version " + std::to_string(*version) + ", expected " +
            std::to_string(kFactsVersion);
  else if (!failed.empty())
    error = failed.front().error.message();
  if (!error.empty())
    return std::nullopt;
  reader.finish(in, at);
  return tu;
}

} // namespace

const char *toString(SiteKind k) { return kSiteKinds[static_cast<int>(k)]; }
const char *toString(ResultUse r) { return kResultUses[static_cast<int>(r)]; }
const char *toString(Deadline d) { return kDeadlines[static_cast<int>(d)]; }

std::string writeFactsJson(const TranslationUnit &tu) {
  json functions = json::array(), sites = json::array(), registrations = json::array(),
       suppressions = json::array(), errors = json::array();
  for (const Function &f : tu.functions)
    functions.push_back(function(f));
  for (const Site &s : tu.sites)
    sites.push_back(site(s));
  for (const Registration &r : tu.registrations)
    registrations.push_back({{"kind", toString(r.kind)},
                             {"api", r.api},
                             {"target", r.target},
                             {"handlers", r.handlers},
                             {"function", r.function},
                             {"loc", loc(r.loc)}});
  for (const Suppression &s : tu.suppressions)
    suppressions.push_back({{"loc", loc(s.loc)},
                            {"rules", s.rules},
                            {"sameLine", s.sameLine},
                            {"nextLine", s.nextLine}});
  for (const CompileError &e : tu.errors)
    errors.push_back({{"loc", loc(e.loc)}, {"message", e.message}});
  json j = {{"format", "msglint-facts"},
            {"version", kFactsVersion},
            {"mainFile", tu.mainFile},
            {"errorCount", tu.errorCount},
            {"errors", errors},
            {"functions", functions},
            {"sites", sites},
            {"registrations", registrations},
            {"suppressions", suppressions}};
  if (!tu.failure.empty())
    j["failure"] = tu.failure;
  // Source text in another encoding than UTF-8 must not abort the run.
  return j.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}


std::optional<TranslationUnit> readFactsJson(std::string_view text, std::string &error) {
  try {
    JsonPull in(text);
    return readTranslationUnit(in, error);
  } catch (const JsonSyntaxError &e) {
    error = e.message();
  } catch (const JsonShapeError &e) {
    error = e.message();
  }
  return std::nullopt;
}

} // namespace msglint::facts
