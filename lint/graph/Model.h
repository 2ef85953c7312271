// The linked model of the whole scan: every TU's facts joined by USR, each
// function attributed to the services that own it, paths relative to the
// project root. Rules and reports read only this.
#pragma once

#include "facts/Facts.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace msglint::graph {

using facts::Location; // `file` is relative to the project root here

struct Function {
  std::string usr;
  std::string name;
  Location loc;
  std::vector<facts::Entry> entries;
  std::vector<facts::Callee> callees; // virtual calls expanded to overriders
  std::vector<facts::NamedCall> namedCalls;
  std::vector<facts::Function::StoredParam> storedParams;
  std::vector<size_t> sites;          // indices into Model::sites
  std::set<std::string> services;     // owners (see Link.cpp)
  bool attributedByPath = false;      // owned by its file, not by its callers
};

// The owners of a site's function, shared by all the function's sites
// rather than copied into each (a million sites at scale). Reads like
// the std::set it holds; empty by default.
class SiteServices {
public:
  SiteServices() = default;
  explicit SiteServices(std::shared_ptr<const std::set<std::string>> owners)
      : owners(std::move(owners)) {}
  std::set<std::string>::const_iterator begin() const { return get().begin(); }
  std::set<std::string>::const_iterator end() const { return get().end(); }
  bool empty() const { return get().empty(); }
  size_t size() const { return get().size(); }
  size_t count(const std::string &service) const { return get().count(service); }
  const std::set<std::string> &get() const;

private:
  std::shared_ptr<const std::set<std::string>> owners;
};

struct Site {
  facts::Site fact; // loc.file relative
  SiteServices services; // the owners of its function
  // Its function's name, or "" when no scanned function holds it.
  const std::string &functionName() const;
  // Set by link: the name is the function's own, not a copy per site.
  const std::string *nameOfFunction = nullptr;
};

struct Endpoint {
  std::string id;                  // "pkg.Service/Method"
  std::vector<std::string> implementers; // USRs of the entry functions
  std::set<std::string> services;  // deployables implementing it
};

// A topic (events) or a queue (jobs), and who touches it.
struct Channel {
  std::string name;
  std::vector<size_t> producers; // publish / enqueue sites
  std::vector<size_t> consumers; // subscribe / work sites
  std::set<std::string> producerServices, consumerServices;
};

struct TranslationUnitStatus {
  std::string file;
  unsigned errorCount = 0;
  std::vector<facts::CompileError> errors;
  std::string failure;
};

// Something in the configuration that the scan shows to be wrong, though
// not an error (an API declaration that matched no call).
struct ConfigWarning {
  Location loc; // in the configuration file, relative to the root
  std::string message;
};

struct Model {
  // The sites point at their functions' names: a copy would point at the
  // original's. Moving keeps the functions where they are.
  Model() = default;
  Model(const Model &) = delete;
  Model &operator=(const Model &) = delete;
  Model(Model &&) = default;
  Model &operator=(Model &&) = default;

  std::string root; // absolute project root
  std::map<std::string, Function> functions; // by USR
  std::vector<Site> sites;                   // sorted by location
  std::set<std::string> services;
  std::map<std::string, Endpoint> endpoints;
  std::map<std::string, Channel> topics; // events
  std::map<std::string, Channel> queues; // jobs
  std::vector<facts::Suppression> suppressions; // loc.file relative
  std::vector<TranslationUnitStatus> translationUnits;
  std::vector<ConfigWarning> configWarnings;

  const Function *function(const std::string &usr) const {
    auto it = functions.find(usr);
    return it == functions.end() ? nullptr : &it->second;
  }
  // The service name an endpoint belongs to for counting and display:
  // its implementing service, or its proto service when nobody scanned
  // implements it.
  std::string serviceOf(const std::string &endpoint) const;
};

} // namespace msglint::graph
