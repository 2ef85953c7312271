// APIs declared in .msglint.yaml for code nobody can annotate (a vendored
// bus, a legacy client): every kind, a fixed name, a method declared on a
// base class and called through its overrider, a member of a class
// template, a wrapper over a declared function, a name that stays dynamic,
// `channels: jobs` turning a published name into a job queue, and a
// declaration that matches nothing (a warning naming its line).
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: %make-compdb %t --flag=-I%t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%t %t/services/orders/orders.cpp %t/services/analytics/analytics.cpp %t/services/mailer/mailer.cpp
// RUN: %msglint extract -p %t/build --root %t %t/services/orders/orders.cpp -o %t/orders.json
// RUN: %print-facts %t/orders.json | FileCheck %s --check-prefix=ORDERS --implicit-check-not=site
// RUN: %msglint extract -p %t/build --root %t %t/services/analytics/analytics.cpp -o %t/analytics.json
// RUN: %print-facts %t/analytics.json | FileCheck %s --check-prefix=ANALYTICS --implicit-check-not=site
// RUN: %msglint graph -p %t/build --root %t --format json -o %t/graph.json 2> %t/graph.err
// RUN: %graph-edges %t/graph.json | FileCheck %s --check-prefix=GRAPH --implicit-check-not=edge
// RUN: FileCheck %s --check-prefix=WARN --input-file %t/graph.err
// RUN: %msglint check -p %t/build --root %t --fail-on never --format sarif -o %t/out.sarif
// RUN: %validate-sarif %t/out.sarif
// RUN: FileCheck %s --check-prefix=SARIF --input-file %t/out.sarif
// Scanning one file is not the whole scan: no warning about declarations.
// RUN: %msglint check -p %t/build --root %t --fail-on never %t/services/orders/orders.cpp 2>&1 | FileCheck %s --check-prefix=PARTIAL

// WARN: .msglint.yaml:[[#]]:5: warning: the API declaration of function 'vendor::bus::neverCalled' matched no call in the scanned code (check the qualified name)
// WARN-NOT: warning:
// PARTIAL-NOT: neverCalled
// SARIF:      "toolConfigurationNotifications": [
// SARIF:        "text": "the API declaration of function 'vendor::bus::neverCalled' matched no call in the scanned code (check the qualified name)."
// SARIF:        "uri": ".msglint.yaml",
// SARIF:        "id": "unused-api-declaration",

//--- .msglint.yaml
apis:
  - function: vendor::bus::publish
    publish: 0
  - function: vendor::bus::subscribe
    subscribe: 0
    handler: 1
  - function: vendor::bus::submitJob
    enqueue: 0
  - function: vendor::bus::Worker::run
    work: 0
    handler: 1
  - function: vendor::bus::Sink::emit
    publish: 0
  - function: vendor::bus::audit
    publish: audit.logged
  - function: vendor::bus::neverCalled
    publish: 0
  - class: legacy::BillingClient
    sync-client: billing
  - function: ::legacy::lookupPrice
    call: 0
channels:
  jobs: ["thumbnails.*"]

//--- third_party/vendorbus/bus.h
#pragma once
#include <functional>
#include <string>
namespace vendor::bus {
using Handler = std::function<void(const std::string &)>;
void publish(const std::string &topic, const std::string &payload);
void subscribe(const std::string &topic, Handler handler);
void submitJob(const char *queue, const std::string &payload);
void audit(const std::string &payload);
void neverCalled(const std::string &topic);
template <typename T> class Worker {
public:
  void run(const char *queue, void (*fn)(const T &));
};
class Sink {
public:
  virtual ~Sink() = default;
  virtual void emit(const std::string &topic, const std::string &payload) = 0;
};
class KafkaSink : public Sink {
public:
  void emit(const std::string &topic, const std::string &payload) override;
};
} // namespace vendor::bus

//--- third_party/legacy/billing.h
#pragma once
#include <string>
namespace legacy {
class BillingClient {
public:
  int Charge(int cents);
  struct Refunds {
    bool Refund(int cents);
  };
private:
  void reconnect();
};
int lookupPrice(const char *endpoint, int sku);
} // namespace legacy

//--- services/orders/orders.cpp
#include "third_party/legacy/billing.h"
#include "third_party/vendorbus/bus.h"

namespace {
constexpr const char *kShipped = "order.shipped";
std::string runtimeTopic();

// A wrapper over a declared function: its callers' names are the sites
// once linked.
// ORDERS-DAG: site [[@LINE+1]]:43 publish dynamic style=vendor::bus::publish blocking=false result=used deadline=n/a param=0 expr=topic in (anonymous namespace)::announce
void announce(const std::string &topic) { vendor::bus::publish(topic, "{}"); }
} // namespace

int placeOrder(vendor::bus::KafkaSink &sink, vendor::bus::Sink *base) {
  // ORDERS-DAG: site [[@LINE+1]]:3 publish order.created style=vendor::bus::publish blocking=false result=used deadline=n/a in placeOrder
  vendor::bus::publish("order.created", "{}");
  // Declared on the base, called on the overrider, and through the base.
  // ORDERS-DAG: site [[@LINE+1]]:8 publish order.shipped style=vendor::bus::Sink::emit blocking=false result=used deadline=n/a in placeOrder
  sink.emit(kShipped, "{}");
  // ORDERS-DAG: site [[@LINE+1]]:9 publish order.cancelled style=vendor::bus::Sink::emit blocking=false result=used deadline=n/a in placeOrder
  base->emit(std::string("order.") + "cancelled", "{}");
  // ORDERS-DAG: site [[@LINE+1]]:3 publish audit.logged style=vendor::bus::audit blocking=false result=used deadline=n/a in placeOrder
  vendor::bus::audit("placed");
  // ORDERS-DAG: site [[@LINE+1]]:3 enqueue email.send style=vendor::bus::submitJob blocking=false result=used deadline=n/a in placeOrder
  vendor::bus::submitJob("email.send", "{}");
  // A job by the library's API, made one by `channels: jobs` at link time.
  // ORDERS-DAG: site [[@LINE+1]]:3 publish thumbnails.resize style=vendor::bus::publish blocking=false result=used deadline=n/a in placeOrder
  vendor::bus::publish("thumbnails.resize", "{}");
  // ORDERS-DAG: site [[@LINE+1]]:3 publish dynamic style=vendor::bus::publish blocking=false result=used deadline=n/a expr=runtimeTopic() in placeOrder
  vendor::bus::publish(runtimeTopic(), "{}");
  // The wrapper's site in the graph is its caller's call.
  // GRAPH-DAG: edge publish service:orders -> topic:order.paid at services/orders/orders.cpp:[[#@LINE+1]]
  announce("order.paid");
  legacy::BillingClient billing;
  // ORDERS-DAG: site [[@LINE+1]]:25 call billing/Charge style=legacy::BillingClient blocking=true result=used deadline=n/a in placeOrder
  int charged = billing.Charge(100);
  // A nested class of the client is a client too; private methods are not calls.
  legacy::BillingClient::Refunds refunds;
  // ORDERS-DAG: site [[@LINE+1]]:11 call billing/Refund style=legacy::BillingClient blocking=true result=discarded deadline=n/a in placeOrder
  refunds.Refund(5);
  // ORDERS-DAG: site [[@LINE+1]]:20 call pricing.Prices/Lookup style=legacy::lookupPrice blocking=true result=used deadline=n/a in placeOrder
  return charged + legacy::lookupPrice("pricing.Prices/Lookup", 3);
}

//--- services/analytics/analytics.cpp
#include "third_party/legacy/billing.h"
#include "third_party/vendorbus/bus.h"

void onResize(const std::string &) {}

void start() {
  // The handler lambda is an entry point consuming order.created; its
  // direct call continues the chain into billing.
  // ANALYTICS-DAG: site [[@LINE+1]]:3 subscribe order.created style=vendor::bus::subscribe blocking=false result=used deadline=n/a handlers=lambda in start in start
  vendor::bus::subscribe("order.created", [](const std::string &) {
    legacy::BillingClient billing;
    // ANALYTICS-DAG: site [[@LINE+1]]:19 call billing/Charge style=legacy::BillingClient blocking=true result=discarded deadline=n/a in lambda in start
    (void)billing.Charge(1);
  });
  // ANALYTICS-DAG: site [[@LINE+1]]:3 subscribe thumbnails.resize style=vendor::bus::subscribe blocking=false result=used deadline=n/a handlers=onResize in start
  vendor::bus::subscribe("thumbnails.resize", &onResize);
}

//--- services/mailer/mailer.cpp
#include "third_party/vendorbus/bus.h"

namespace mail {
void send(const int &id) {}
} // namespace mail

void runMailer() {
  vendor::bus::Worker<int> worker;
  worker.run("email.send", &mail::send);
}

// GRAPH-DAG: edge call service:analytics -> endpoint:billing/Charge at services/analytics/analytics.cpp:{{[0-9]+}}
// GRAPH-DAG: edge call service:orders -> endpoint:billing/Charge at services/orders/orders.cpp:{{[0-9]+}}
// GRAPH-DAG: edge call service:orders -> endpoint:billing/Refund at services/orders/orders.cpp:{{[0-9]+}}
// GRAPH-DAG: edge call service:orders -> endpoint:pricing.Prices/Lookup at services/orders/orders.cpp:{{[0-9]+}}
// GRAPH-DAG: edge publish service:orders -> topic:order.created at services/orders/orders.cpp:{{[0-9]+}}
// GRAPH-DAG: edge publish service:orders -> topic:order.shipped at services/orders/orders.cpp:{{[0-9]+}}
// GRAPH-DAG: edge publish service:orders -> topic:order.cancelled at services/orders/orders.cpp:{{[0-9]+}}
// GRAPH-DAG: edge publish service:orders -> topic:audit.logged at services/orders/orders.cpp:{{[0-9]+}}
// GRAPH-DAG: edge enqueue service:orders -> queue:email.send at services/orders/orders.cpp:{{[0-9]+}}
// GRAPH-DAG: edge enqueue service:orders -> queue:thumbnails.resize at services/orders/orders.cpp:{{[0-9]+}}
// GRAPH-DAG: edge subscribe topic:order.created -> service:analytics at services/analytics/analytics.cpp:{{[0-9]+}}
// GRAPH-DAG: edge work queue:thumbnails.resize -> service:analytics at services/analytics/analytics.cpp:{{[0-9]+}}
// GRAPH-DAG: edge work queue:email.send -> service:mailer at services/mailer/mailer.cpp:{{[0-9]+}}
