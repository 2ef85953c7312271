// The service-to-service dependencies of the model, one per site: a call to
// an endpoint another service implements, a job enqueued on a queue another
// service works, an event published to a topic another service consumes.
// What the `policy` rule matches its edges against.
#pragma once

#include "config/Policies.h"
#include "graph/Model.h"

#include <string>
#include <vector>

namespace msglint::rules {

struct Dependency {
  config::Via via;
  std::string from, to; // service names (`to` may be a proto service nobody scanned implements)
  size_t site;          // index into Model::sites: the call, enqueue or publish
};

// In site order, then by `from` and `to`; a service's dependencies on
// itself are left out.
std::vector<Dependency> serviceDependencies(const graph::Model &model);

// "checkout calls billing.Billing/Charge (billing)", "checkout enqueues a
// job on 'email.x', worked by email": a dependency as findings state it.
std::string describeDependency(const graph::Model &model, const Dependency &dependency);

} // namespace msglint::rules
