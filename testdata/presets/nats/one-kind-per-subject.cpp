// NATS subjects in the graph: a subject worked only by queue groups is a
// job queue (the publishes are enqueues); a subject with a plain subscriber
// is an event (its queue groups are consumers of it); a subject nobody
// consumes keeps its publish. Handlers' entry points follow.
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/checkout/checkout.cpp %t/services/mailer/mailer.cpp
// RUN: %msglint graph -p %t/build --root %t --format json -o %t/graph.json
// RUN: %graph-edges %t/graph.json | FileCheck %s --implicit-check-not=edge --implicit-check-not=node
// RUN: %msglint check -p %t/build --root %t --fail-on never 2>&1 | FileCheck %s --check-prefix=RULES --implicit-check-not=note:

// CHECK-DAG: node service:checkout
// CHECK-DAG: node service:mailer
// CHECK-DAG: node topic:order.placed
// CHECK-DAG: node topic:audit.logged
// CHECK-DAG: node queue:email.send

//--- .msglint.yaml
checks: '-*,event-without-consumer,consumer-without-producer'

//--- services/checkout/checkout.cpp
#include <nats/nats.h>

void place(natsConnection *nc) {
  // CHECK-DAG: edge enqueue service:checkout -> queue:email.send at services/checkout/checkout.cpp:[[#@LINE+1]]
  natsConnection_PublishString(nc, "email.send", "{}");
  // CHECK-DAG: edge publish service:checkout -> topic:order.placed at services/checkout/checkout.cpp:[[#@LINE+1]]
  natsConnection_PublishString(nc, "order.placed", "{}");
  // Nobody consumes it: it stays an event (and event-without-consumer says so).
  // CHECK-DAG: edge publish service:checkout -> topic:audit.logged at services/checkout/checkout.cpp:[[#@LINE+2]]
  // RULES: services/checkout/checkout.cpp:[[#@LINE+1]]:3: note: event 'audit.logged' is published, but nothing consumes it
  natsConnection_PublishString(nc, "audit.logged", "{}");
}

//--- services/mailer/mailer.cpp
#include <nats/nats.h>

static void onEmail(natsConnection *, natsSubscription *, natsMsg *msg, void *) { natsMsg_Destroy(msg); }
static void onOrder(natsConnection *, natsSubscription *, natsMsg *msg, void *) { natsMsg_Destroy(msg); }

void start(natsConnection *nc, natsSubscription **a, natsSubscription **b, natsSubscription **c) {
  // CHECK-DAG: edge work queue:email.send -> service:mailer at services/mailer/mailer.cpp:[[#@LINE+1]]
  natsConnection_QueueSubscribe(a, nc, "email.send", "mailers", onEmail, nullptr);
  // One edge, both sites: the plain subscription and the queue group.
  // CHECK-DAG: edge subscribe topic:order.placed -> service:mailer at services/mailer/mailer.cpp:[[#@LINE+1]],services/mailer/mailer.cpp:[[#@LINE+2]]
  natsConnection_Subscribe(b, nc, "order.placed", onOrder, nullptr);
  natsConnection_QueueSubscribe(c, nc, "order.placed", "order-workers", onOrder, nullptr);
}
// RULES: msglint: 1 finding
