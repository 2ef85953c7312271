#include "facts/FactsJson.h"

#include "facts/JsonInteger.h"

#include <nlohmann/json.hpp>

namespace msglint::facts {
namespace {

using nlohmann::json;

template <typename E, size_t N>
E enumFrom(const std::string &s, const char *const (&names)[N]) {
  for (size_t i = 0; i < N; ++i)
    if (s == names[i])
      return static_cast<E>(i);
  throw std::runtime_error("unknown value '" + s + "'");
}

const char *const kSiteKinds[] = {"call", "enqueue", "publish", "subscribe",
                                  "work"};
const char *const kResultUses[] = {"used", "discarded", "unchecked"};
const char *const kDeadlines[] = {"set", "unset", "unknown", "n/a"};

json loc(const Location &l) { return {l.file, l.line, l.col}; }
Location loc(const json &j) {
  return {j.at(0).get<std::string>(), integerFrom<unsigned>(j.at(1)),
          integerFrom<unsigned>(j.at(2))};
}

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
std::vector<Step> steps(const json &j) {
  std::vector<Step> out;
  for (const json &step : j)
    out.push_back({loc(step.at("loc")), step.value("callee", "")});
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

Site site(const json &j) {
  Site s;
  s.kind = enumFrom<SiteKind>(j.at("kind").get<std::string>(), kSiteKinds);
  s.api = j.at("api").get<std::string>();
  s.style = j.at("style").get<std::string>();
  s.target = j.at("target").get<std::string>();
  s.targetExpr = j.value("targetExpr", "");
  s.function = j.at("function").get<std::string>();
  s.loc = loc(j.at("loc"));
  s.blocking = j.at("blocking").get<bool>();
  s.result = enumFrom<ResultUse>(j.at("result").get<std::string>(), kResultUses);
  s.deadline = enumFrom<Deadline>(j.at("deadline").get<std::string>(), kDeadlines);
  s.order = integerFrom<unsigned>(j.at("order"));
  if (j.contains("loop")) {
    s.inLoop = true;
    s.loopLoc = loc(j.at("loop"));
    s.retryLoop = j.value("retryLoop", false);
  }
  s.targetParam = integerOr(j, "targetParam", -1);
  s.targetPrefix = j.value("targetPrefix", "");
  s.targetSuffix = j.value("targetSuffix", "");
  if (j.contains("handlers"))
    s.handlers = j.at("handlers").get<std::vector<std::string>>();
  if (j.contains("after"))
    s.after = steps(j.at("after"));
  return s;
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

Function function(const json &j) {
  Function f;
  f.usr = j.at("usr").get<std::string>();
  f.name = j.at("name").get<std::string>();
  f.loc = loc(j.at("loc"));
  for (const json &jc : j.at("callees")) {
    Callee c;
    c.usr = jc.at("usr").get<std::string>();
    c.loc = loc(jc.at("loc"));
    c.called = jc.at("called").get<bool>();
    if (jc.contains("loop")) {
      c.inLoop = true;
      c.loopLoc = loc(jc.at("loop"));
      c.retryLoop = jc.value("retryLoop", false);
    }
    f.callees.push_back(std::move(c));
  }
  for (const json &jc : j.value("namedCalls", json::array())) {
    NamedCall c;
    c.usr = jc.at("usr").get<std::string>();
    c.loc = loc(jc.at("loc"));
    for (const json &ja : jc.at("args")) {
      NamedCall::Arg a;
      a.index = integerFrom<unsigned>(ja.at("index"));
      a.param = integerOr(ja, "param", -1);
      a.value = ja.value("value", "");
      if (ja.contains("callables"))
        a.callables = ja.at("callables").get<std::vector<std::string>>();
      c.args.push_back(std::move(a));
    }
    if (jc.contains("after"))
      c.after = steps(jc.at("after"));
    f.namedCalls.push_back(std::move(c));
  }
  f.overrides = j.at("overrides").get<std::vector<std::string>>();
  for (const json &js : j.value("storedParams", json::array()))
    f.storedParams.push_back({integerFrom<unsigned>(js.at("param")), js.at("field").get<std::string>()});
  for (const json &je : j.at("entries")) {
    Entry e{enumFrom<SiteKind>(je.at("kind").get<std::string>(), kSiteKinds),
            je.at("api").get<std::string>(), je.at("target").get<std::string>(), {}, {}};
    if (je.contains("receivedAt"))
      e.receivedAt = loc(je.at("receivedAt"));
    if (je.contains("loop"))
      e.loopLoc = loc(je.at("loop"));
    f.entries.push_back(std::move(e));
  }
  return f;
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

std::optional<TranslationUnit> readFactsJson(const std::string &text,
                                             std::string &error) {
  try {
    json j = json::parse(text);
    if (!j.is_object() || j.value("format", "") != "msglint-facts") {
      error = "not a msglint facts file";
      return std::nullopt;
    }
    int version = integerFrom<int>(j.at("version"));
    if (version != kFactsVersion) {
      error = "facts version " + std::to_string(version) + ", expected " +
              std::to_string(kFactsVersion);
      return std::nullopt;
    }
    TranslationUnit tu;
    tu.mainFile = j.at("mainFile").get<std::string>();
    tu.errorCount = integerFrom<unsigned>(j.at("errorCount"));
    tu.failure = j.value("failure", "");
    for (const json &je : j.at("errors"))
      tu.errors.push_back({loc(je.at("loc")), je.at("message").get<std::string>()});
    for (const json &jf : j.at("functions"))
      tu.functions.push_back(function(jf));
    for (const json &js : j.at("sites"))
      tu.sites.push_back(site(js));
    for (const json &jr : j.value("registrations", json::array()))
      tu.registrations.push_back(
          {enumFrom<SiteKind>(jr.at("kind").get<std::string>(), kSiteKinds),
           jr.at("api").get<std::string>(), jr.at("target").get<std::string>(),
           jr.at("handlers").get<std::vector<std::string>>(),
           jr.at("function").get<std::string>(), loc(jr.at("loc"))});
    for (const json &js : j.at("suppressions"))
      tu.suppressions.push_back(
          {loc(js.at("loc")), js.at("rules").get<std::vector<std::string>>(),
           js.at("sameLine").get<bool>(), js.at("nextLine").get<bool>()});
    return tu;
  } catch (const std::exception &e) {
    error = e.what();
    return std::nullopt;
  }
}

} // namespace msglint::facts
