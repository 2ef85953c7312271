#include "graph/NatsSubjects.h"

#include <optional>
#include <set>

namespace msglint::graph {

namespace {

using facts::SiteKind;

constexpr const char *kNatsApi = "nats";

// Publish <-> enqueue, subscribe <-> work.
SiteKind as(bool job, SiteKind kind) {
  bool producer = kind == SiteKind::Publish || kind == SiteKind::Enqueue;
  if (job)
    return producer ? SiteKind::Enqueue : SiteKind::Work;
  return producer ? SiteKind::Publish : SiteKind::Subscribe;
}

bool isChannelKind(SiteKind kind) { return kind != SiteKind::Call; }

} // namespace

void unifyNatsSubjects(std::vector<Site> &sites, std::map<std::string, Function> &functions) {
  std::set<std::string> subscribed, worked; // subjects with plain / queue-group consumers
  for (const Site &linked : sites) {
    const facts::Site &site = linked.fact;
    if (site.api != kNatsApi || site.target == "dynamic")
      continue;
    if (site.kind == SiteKind::Subscribe)
      subscribed.insert(site.target);
    else if (site.kind == SiteKind::Work)
      worked.insert(site.target);
  }
  for (const auto &[usr, fn] : functions)
    for (const facts::Entry &entry : fn.entries)
      if (entry.api == kNatsApi)
        (entry.kind == SiteKind::Work ? worked : subscribed).insert(entry.target);
  // nullopt: the subject has no consumer here, and keeps what each call said.
  auto jobOf = [&](const std::string &subject) -> std::optional<bool> {
    if (subscribed.count(subject))
      return false;
    if (worked.count(subject))
      return true;
    return std::nullopt;
  };
  for (Site &linked : sites) {
    facts::Site &site = linked.fact;
    if (site.api == kNatsApi && isChannelKind(site.kind))
      if (std::optional<bool> job = jobOf(site.target))
        site.kind = as(*job, site.kind);
  }
  for (auto &[usr, fn] : functions)
    for (facts::Entry &entry : fn.entries)
      if (entry.api == kNatsApi && isChannelKind(entry.kind))
        if (std::optional<bool> job = jobOf(entry.target))
          entry.kind = as(*job, entry.kind);
}

} // namespace msglint::graph
