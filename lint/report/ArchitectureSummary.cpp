#include "report/ArchitectureSummary.h"

namespace msglint::report {
namespace {

constexpr std::string_view kEndpointPrefix = "endpoint:", kServicePrefix = "service:";

std::string serviceOfId(const std::string &id) {
  return id.rfind(kServicePrefix, 0) == 0 ? id.substr(kServicePrefix.size()) : std::string();
}

// The services a chain from `usr`, run by `service`, crosses: a call to
// another endpoint of the same service waits but crosses nothing, as in
// sync-chain-depth.
std::vector<std::string> servicesCrossed(const graph::Model &model, graph::SyncCalls &sync,
                                         const std::string &usr, const std::string &service) {
  std::vector<std::string> path{service};
  for (const graph::Hop &hop : sync.chainOf(usr)) {
    std::string next = model.serviceOf(hop.endpoint);
    if (next != path.back())
      path.push_back(next);
  }
  return path;
}

void longestChain(const graph::Model &model, graph::SyncCalls &sync, ServiceSummary &row) {
  row.longestChain = {row.service};
  for (const std::string &usr : sync.entryPoints()) {
    const graph::Function &fn = *model.function(usr);
    if (!fn.services.count(row.service))
      continue;
    std::vector<std::string> path = servicesCrossed(model, sync, usr, row.service);
    if (row.chainEntry.empty() || path.size() > row.longestChain.size()) {
      row.longestChain = std::move(path);
      row.chainEntry = fn.name;
    }
  }
}

// Display width of UTF-8 text: one column per code point.
size_t columns(const std::string &text) {
  size_t n = 0;
  for (unsigned char c : text)
    n += (c & 0xC0) != 0x80;
  return n;
}

std::string findingsText(const std::map<std::string, size_t> &byRule) {
  std::string out;
  for (const auto &[rule, count] : byRule)
    out += (out.empty() ? "" : ", ") + rule + " " + std::to_string(count);
  return out.empty() ? "-" : out;
}

} // namespace

std::vector<ServiceSummary> summarise(const graph::Model &model, graph::SyncCalls &sync,
                                      const graph::Architecture &arch,
                                      const std::vector<rules::Finding> &findings,
                                      const FindingMarks &marks) {
  std::map<std::string, ServiceSummary> rows;
  for (const std::string &service : model.services)
    rows[service].service = service;
  auto row = [&](const std::string &id) -> ServiceSummary * {
    auto it = rows.find(serviceOfId(id));
    return it == rows.end() ? nullptr : &it->second;
  };
  for (const graph::Edge &edge : arch.edges) {
    ServiceSummary *from = row(edge.from), *to = row(edge.to);
    if (edge.kind == "call") {
      if (from)
        ++from->callsOut;
      auto endpoint = model.endpoints.find(edge.to.substr(kEndpointPrefix.size()));
      if (endpoint != model.endpoints.end())
        for (const std::string &implementer : endpoint->second.services)
          if (rows.count(implementer))
            ++rows[implementer].callsIn;
    } else if (edge.kind == "enqueue" && from) {
      ++from->jobsEnqueued;
    } else if (edge.kind == "work" && to) {
      ++to->jobsWorked;
    } else if (edge.kind == "publish" && from) {
      ++from->eventsPublished;
    } else if (edge.kind == "subscribe" && to) {
      ++to->eventsConsumed;
    }
  }
  std::vector<ServiceSummary> out;
  for (auto &[service, summary] : rows) {
    longestChain(model, sync, summary);
    for (size_t f : marks.ofNode(std::string(kServicePrefix) + service))
      ++summary.findings[findings[f].rule];
    out.push_back(std::move(summary));
  }
  return out;
}

std::string summaryTable(const std::vector<ServiceSummary> &rows) {
  const std::vector<std::string> headers = {
      "service",     "calls out",         "calls in",        "jobs enqueued", "jobs worked",
      "events published", "events consumed", "longest chain", "findings"};
  std::vector<std::vector<std::string>> cells;
  for (const ServiceSummary &r : rows)
    cells.push_back({r.service, std::to_string(r.callsOut), std::to_string(r.callsIn),
                     std::to_string(r.jobsEnqueued), std::to_string(r.jobsWorked),
                     std::to_string(r.eventsPublished), std::to_string(r.eventsConsumed),
                     std::to_string(r.chainDepth()), findingsText(r.findings)});
  std::vector<size_t> width;
  for (const std::string &h : headers)
    width.push_back(columns(h));
  for (const auto &line : cells)
    for (size_t c = 0; c < line.size(); ++c)
      width[c] = std::max(width[c], columns(line[c]));

  // Names and findings read left to right; counts line up on the right.
  auto format = [&](const std::vector<std::string> &line) {
    std::string out;
    for (size_t c = 0; c < line.size(); ++c) {
      std::string pad(width[c] - columns(line[c]), ' ');
      bool left = c == 0 || c + 1 == line.size();
      if (c + 1 == line.size())
        pad.clear(); // no trailing blanks
      out += (c ? "  " : "") + (left ? line[c] + pad : pad + line[c]);
    }
    return out + "\n";
  };
  std::string out = format(headers);
  for (const auto &line : cells)
    out += format(line);

  std::string chains;
  for (const ServiceSummary &r : rows) {
    if (r.chainDepth() == 0)
      continue;
    std::string path;
    for (const std::string &s : r.longestChain)
      path += (path.empty() ? "" : " -> ") + s;
    chains += "  " + r.service + ": " + path + " (from '" + r.chainEntry + "')\n";
  }
  if (!chains.empty())
    out += "\nlongest synchronous chains:\n" + chains;
  return out;
}

nlohmann::ordered_json summaryJson(const std::vector<ServiceSummary> &rows) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const ServiceSummary &r : rows)
    out.push_back({{"service", r.service},
                   {"callsOut", r.callsOut},
                   {"callsIn", r.callsIn},
                   {"jobsEnqueued", r.jobsEnqueued},
                   {"jobsWorked", r.jobsWorked},
                   {"eventsPublished", r.eventsPublished},
                   {"eventsConsumed", r.eventsConsumed},
                   {"longestChain", r.longestChain},
                   {"chainEntry", r.chainEntry},
                   {"findings", r.findings}});
  return out;
}

} // namespace msglint::report
