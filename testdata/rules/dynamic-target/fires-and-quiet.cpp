// dynamic-target fires on a site whose name cannot be known statically, for
// each kind of site (publish, subscribe, enqueue, call), with the
// expression's text; quiet (near misses) on constants, concatenations of
// constants, and a wrapper whose callers all pass constants (the wrapper's
// own parameter site is resolved at its callers). Suppressed in both forms.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/orders/orders.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 4 findings in 1 translation unit of 1 service (2 suppressed){{$}}

//--- .msglint.yaml
checks: '-*,dynamic-target'

//--- services/orders/orders.cpp
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <nats/nats.h>
#include <string>

namespace {
constexpr const char *kDomain = "order";
static void on(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }
void announce(natsConnection *nc, const std::string &subject) { natsConnection_PublishString(nc, subject.c_str(), "{}"); }
} // namespace

std::string subjectFor(int shard);

void sell(natsConnection *nc, redisContext *c, natsSubscription **sub, int shard, const std::string &host) {
  // CHECK: services/orders/orders.cpp:[[#@LINE+1]]:3: note: the target of this nats publish site, 'subjectFor(shard).c_str()', is not known statically, so it joins no edge of the graph: use a constant, or mark the wrapper with msglint/annotations.h (docs/annotations.md) [dynamic-target]
  natsConnection_PublishString(nc, subjectFor(shard).c_str(), "{}");
  // CHECK: services/orders/orders.cpp:[[#@LINE+1]]:3: note: the target of this nats subscribe site, 'host.c_str()'
  natsConnection_Subscribe(sub, nc, host.c_str(), on, nullptr);
  // CHECK: services/orders/orders.cpp:[[#@LINE+1]]:19: note: the target of this redis enqueue site, 'shard'
  freeReplyObject(redisCommand(c, "LPUSH jobs:%d 1", shard));
  httplib::Client pricing(host);
  // CHECK: services/orders/orders.cpp:[[#@LINE+1]]:24: note: the target of this http call site, its argument, is not known statically
  auto price = pricing.Get("/price");
  (void)price;
  // Known statically: constants, concatenation, a wrapper's callers.
  natsConnection_PublishString(nc, (std::string(kDomain) + ".placed").c_str(), "{}");
  announce(nc, "order.paid");
  announce(nc, std::string(kDomain) + ".packed");
  // NOLINTNEXTLINE(msglint-dynamic-target): the shard topics are listed in the runbook
  natsConnection_PublishString(nc, subjectFor(shard + 1).c_str(), "{}");
  natsConnection_PublishString(nc, subjectFor(0).c_str(), "{}"); // msglint: ignore(dynamic-target) shard 0
}
