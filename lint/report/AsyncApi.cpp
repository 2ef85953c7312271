#include "report/AsyncApi.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace msglint::report {
namespace {

using nlohmann::ordered_json;

// AsyncAPI ids are used in `$ref` JSON pointers and by code generators:
// letters, digits, `.`, `-` and `_` only.
std::string idOf(const std::string &name) {
  std::string id;
  for (char c : name)
    id += std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ? c : '_';
  return id.empty() ? "_" : id;
}

// A fresh id for `name`: the same sanitised name twice (a topic and a queue
// both called `email`, or `a/b` and `a_b`) gets a suffix.
std::string uniqueId(const std::string &name, const std::string &suffix,
                     std::set<std::string> &used) {
  std::string id = idOf(name);
  if (used.count(id))
    id += "-" + suffix;
  for (int n = 2; used.count(id); ++n)
    id = idOf(name) + "-" + suffix + std::to_string(n);
  used.insert(id);
  return id;
}

ordered_json sites(const std::vector<graph::GraphSite> &list) {
  ordered_json out = ordered_json::array();
  for (const graph::GraphSite &s : list)
    out.push_back({{"file", s.file}, {"line", s.line}, {"col", s.col}, {"function", s.function}});
  return out;
}

struct OperationKind {
  const char *action;  // AsyncAPI: send | receive
  const char *verb;    // for the title
  bool fromService;    // the edge goes service -> channel
};

const std::map<std::string, OperationKind> &operationKinds() {
  static const std::map<std::string, OperationKind> kinds = {
      {"publish", {"send", "publishes", true}},
      {"enqueue", {"send", "enqueues jobs on", true}},
      {"subscribe", {"receive", "consumes", false}},
      {"work", {"receive", "works the jobs of", false}},
  };
  return kinds;
}

} // namespace

std::string asyncApiJson(const graph::Architecture &arch, const std::string &title) {
  std::set<std::string> usedChannels;
  std::map<std::string, std::string> channelIds; // node id -> channel id
  ordered_json channels = ordered_json::object();
  for (const graph::Node &n : arch.nodes) {
    if (n.kind != "topic" && n.kind != "queue")
      continue;
    const bool job = n.kind == "queue";
    std::string id = uniqueId(n.name, job ? "job" : "event", usedChannels);
    channelIds[n.id] = id;
    channels[id] = {
        {"address", n.name},
        {"title", n.name},
        {"description", job ? "Job queue '" + n.name + "': each job goes to one worker."
                            : "Event '" + n.name + "': every consumer receives it."},
        {"messages", {{id, {{"name", n.name}, {"title", n.name}}}}},
        {"x-msglint-kind", job ? "job" : "event"},
    };
  }

  // One operation per service, action and channel; edges are sorted by
  // (from, to, kind), so this order is deterministic.
  std::set<std::string> usedOperations;
  std::map<std::string, ordered_json> operations; // by id, for a stable order
  for (const graph::Edge &e : arch.edges) {
    auto kind = operationKinds().find(e.kind);
    if (kind == operationKinds().end())
      continue;
    const OperationKind &how = kind->second;
    const std::string &serviceNode = how.fromService ? e.from : e.to;
    const std::string &channelNode = how.fromService ? e.to : e.from;
    auto channel = channelIds.find(channelNode);
    if (channel == channelIds.end())
      continue;
    const std::string service = serviceNode.substr(serviceNode.find(':') + 1);
    const std::string channelName = channelNode.substr(channelNode.find(':') + 1);
    std::string id = uniqueId(service + "." + how.action + "." + channel->second, e.kind,
                              usedOperations);
    const std::string ref = "#/channels/" + channel->second;
    operations[id] = {
        {"action", how.action},
        {"channel", {{"$ref", ref}}},
        {"title", service + " " + how.verb + " " + channelName},
        {"messages", ordered_json::array({{{"$ref", ref + "/messages/" + channel->second}}})},
        {"x-msglint-service", service},
        {"x-msglint-edge", e.kind},
        {"x-msglint-sites", sites(e.sites)},
    };
  }
  ordered_json ops = ordered_json::object();
  for (auto &[id, op] : operations)
    ops[id] = std::move(op);

  ordered_json doc = {
      {"asyncapi", "3.0.0"},
      {"info",
       {{"title", title},
        {"version", "unversioned"},
        {"description", "The event and job channels found in the code by msglint, with the "
                        "operations of each service and their code sites (x-msglint-sites)."}}},
      {"channels", channels},
      {"operations", ops},
  };
  return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

} // namespace msglint::report
