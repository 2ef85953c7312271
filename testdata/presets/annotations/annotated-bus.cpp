// An in-house bus marked with msglint/annotations.h: publish, subscribe,
// enqueue and work with no configuration; names from literals, constants,
// static members, std::string and concatenation; a wrapper of the wrapper
// (two levels, across TUs); a sync client class; and names that must stay
// dynamic. Checked through the graph, as users see it.
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: python3 %repo/testdata/tools/make_compdb.py %t --gen %gen --flag=-I%repo/include
// RUN: %clangxx -fsyntax-only -std=c++17 -I%repo/include -I%t %t/services/orders/orders.cpp %t/services/mailer/mailer.cpp %t/services/analytics/analytics.cpp
// RUN: %msglint graph -p %t/build --root %t --format json -o %t/graph.json
// RUN: FileCheck %s --input-file %t/graph.json
// RUN: %msglint check -p %t/build --root %t --fail-on never > %t/out.txt
// RUN: FileCheck %s --check-prefix=RULES --input-file %t/out.txt

// CHECK:      "id": "endpoint:payments/Charge",
// CHECK-NEXT: "kind": "endpoint",
// CHECK-NEXT: "name": "payments/Charge",
// CHECK-NEXT: "service": null,
// CHECK:      "id": "topic:order.cancelled",
// CHECK:      "id": "topic:order.confirmed",
// CHECK:      "id": "topic:order.shipped",
// CHECK:      "id": "topic:orders.v2.created",
// CHECK:      "id": "topic:payment.failed",
// CHECK:      "id": "queue:email",
// CHECK-NOT:  "id": "topic:
// CHECK:      "edges": [
// CHECK:        "kind": "work",
// CHECK-NEXT:   "from": "queue:email",
// CHECK-NEXT:   "to": "service:mailer",
// CHECK:        "kind": "call",
// CHECK-NEXT:   "from": "service:orders",
// CHECK-NEXT:   "to": "endpoint:payments/Charge",
// CHECK:        "kind": "enqueue",
// CHECK-NEXT:   "from": "service:orders",
// CHECK-NEXT:   "to": "queue:email",
// CHECK-NEXT:   "sites": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "file": "services/orders/orders.cpp",
// CHECK-NEXT:       "line": [[#@LINE+74]],
// CHECK:        "kind": "publish",
// CHECK-NEXT:   "from": "service:orders",
// CHECK-NEXT:   "to": "topic:order.cancelled",
// CHECK:        "kind": "publish",
// CHECK-NEXT:   "from": "service:orders",
// CHECK-NEXT:   "to": "topic:order.confirmed",
// CHECK-NEXT:   "sites": [
// Two sites: the call of the two-level wrapper, and the direct one.
// CHECK-NEXT:     {
// CHECK-NEXT:       "file": "services/orders/orders.cpp",
// CHECK:          {
// CHECK-NEXT:       "file": "services/orders/orders.cpp",
// CHECK:          }
// CHECK-NEXT:   ]
// CHECK:        "kind": "publish",
// CHECK-NEXT:   "from": "service:orders",
// CHECK-NEXT:   "to": "topic:order.shipped",
// CHECK:        "kind": "publish",
// CHECK-NEXT:   "from": "service:orders",
// CHECK-NEXT:   "to": "topic:orders.v2.created",
// CHECK:        "kind": "subscribe",
// CHECK-NEXT:   "from": "topic:order.confirmed",
// CHECK-NEXT:   "to": "service:analytics",

// The analytics handler is an entry point: it consumes order.confirmed.
// RULES-DAG: services/orders/orders.cpp:[[#]]:{{[0-9]+}}: note: event 'order.shipped' is published, but nothing consumes it in the 3 services and 4 translation units scanned
// RULES-DAG: services/analytics/analytics.cpp:[[#]]:{{[0-9]+}}: note: subscription to 'payment.failed' has no publisher in the 3 services and 4 translation units scanned
// RULES-DAG: services/orders/orders.cpp:[[#]]:{{[0-9]+}}: note: the target of this annotated publish site, 'runtimeTopic', is not known statically

//--- bus/bus.h
#pragma once
#include <msglint/annotations.h>
#include <functional>
#include <string>
#include <string_view>
namespace bus {
using Handler = std::function<void(std::string_view)>;
MSGLINT_PUBLISH(0) void publish(std::string_view topic, std::string_view payload);
MSGLINT_SUBSCRIBE(0, 1) void subscribe(const std::string &topic, Handler handler);
MSGLINT_ENQUEUE(0) void enqueue(const char *queue, std::string_view job);
MSGLINT_WORK(0, 1) void work(const char *queue, Handler worker);
MSGLINT_PUBLISHES("order.cancelled") void orderCancelled(std::string_view id);
// A project wrapper of the annotated API: its callers' names are the sites.
void announce(const std::string &fact, std::string_view payload);
struct Topics {
  static constexpr const char *kShipped = "order.shipped";
};
} // namespace bus
class MSGLINT_SYNC_CLIENT("payments") PaymentsClient {
public:
  bool Charge(int cents);
};
//--- bus/announce.cpp
#include "bus/bus.h"
namespace bus {
void announce(const std::string &fact, std::string_view payload) { publish(fact, payload); }
} // namespace bus
//--- services/orders/orders.cpp
#include "bus/bus.h"
namespace {
constexpr std::string_view kConfirmed = "order.confirmed";
const std::string kPrefix = "orders.";
// Two levels of wrappers, the second in this service.
void confirm(const std::string &what) { bus::announce(what, "{}"); }
} // namespace
void placeOrder(PaymentsClient &payments, const std::string &runtimeTopic) {
  if (!payments.Charge(1299))
    return;
  confirm("order.confirmed");
  bus::publish(kConfirmed, "{}");
  bus::publish(bus::Topics::kShipped, "{}");
  bus::publish(kPrefix + "v2.created", "{}");
  bus::orderCancelled("42");
  bus::enqueue("email", "receipt");
  bus::publish(runtimeTopic, "{}");
}
//--- services/mailer/mailer.cpp
#include "bus/bus.h"
void sendEmail(std::string_view job) { (void)job; }
int main() { bus::work("email", sendEmail); }
//--- services/analytics/analytics.cpp
#include "bus/bus.h"
int main() {
  bus::subscribe("order.confirmed", [](std::string_view event) { (void)event; });
  bus::subscribe("payment.failed", [](std::string_view) {});
}
