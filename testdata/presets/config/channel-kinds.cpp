// `channels:` in .msglint.yaml overrides a library's job-or-event mapping
// by name, on real libraries: a NATS queue group that is really one of
// several consumers of an event (`events`), and a Redis stream read by one
// consumer group on purpose as a job queue (`jobs`). The sites, the entry
// points of their handlers and the graph's edges all follow; names the
// globs do not match keep the library's mapping.
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/orders/orders.cpp %t/services/audit/audit.cpp
// RUN: %msglint graph -p %t/build --root %t --format json -o %t/graph.json
// RUN: %graph-edges %t/graph.json | FileCheck %s --implicit-check-not=edge
// RUN: %msglint check -p %t/build --root %t --fail-on never 2>&1 | FileCheck %s --check-prefix=RULES --implicit-check-not=note:
// Without the config, the libraries' own mapping.
// RUN: rm %t/.msglint.yaml
// RUN: %msglint graph -p %t/build --root %t --format json -o %t/default.json
// RUN: %graph-edges %t/default.json | FileCheck %s --check-prefix=DEFAULT --implicit-check-not=edge

//--- .msglint.yaml
checks: '-single-consumer-event'
channels:
  events: ["order.*"]
  jobs: ["thumbnails"]

//--- services/orders/orders.cpp
#include <hiredis/hiredis.h>
#include <nats/nats.h>

void sell(natsConnection *nc, redisContext *c) {
  // By default the subject, worked only by a queue group, is a job queue.
  // CHECK-DAG: edge publish service:orders -> topic:order.created at services/orders/orders.cpp:[[#@LINE+2]]
  // DEFAULT-DAG: edge enqueue service:orders -> queue:order.created at services/orders/orders.cpp:[[#@LINE+1]]
  natsConnection_PublishString(nc, "order.created", "{}");
  // CHECK-DAG: edge enqueue service:orders -> queue:thumbnails at services/orders/orders.cpp:[[#@LINE+2]]
  // DEFAULT-DAG: edge publish service:orders -> topic:thumbnails at services/orders/orders.cpp:[[#@LINE+1]]
  freeReplyObject(redisCommand(c, "XADD thumbnails * image %s", "cat.png"));
  // Not matched by a glob: stays a job.
  // CHECK-DAG: edge enqueue service:orders -> queue:email at services/orders/orders.cpp:[[#@LINE+2]]
  // DEFAULT-DAG: edge enqueue service:orders -> queue:email at services/orders/orders.cpp:[[#@LINE+1]]
  freeReplyObject(redisCommand(c, "LPUSH email %s", "{}"));
}

//--- services/audit/audit.cpp
#include <hiredis/hiredis.h>
#include <nats/nats.h>

static void onOrder(natsConnection *, natsSubscription *, natsMsg *msg, void *) {
  natsMsg_Destroy(msg);
}

int listen(natsConnection *nc, natsSubscription **sub) {
  // CHECK-DAG: edge subscribe topic:order.created -> service:audit at services/audit/audit.cpp:[[#@LINE+2]]
  // DEFAULT-DAG: edge work queue:order.created -> service:audit at services/audit/audit.cpp:[[#@LINE+1]]
  return natsConnection_QueueSubscribe(sub, nc, "order.created", "auditors", onOrder, nullptr);
}

void resize(redisContext *c) {
  for (;;) {
    // CHECK-DAG: edge work queue:thumbnails -> service:audit at services/audit/audit.cpp:[[#@LINE+2]]
    // DEFAULT-DAG: edge subscribe topic:thumbnails -> service:audit at services/audit/audit.cpp:[[#@LINE+1]]
    redisReply *r = static_cast<redisReply *>(redisCommand(c, "XREADGROUP GROUP resizers w1 BLOCK 0 STREAMS thumbnails >"));
    freeReplyObject(r);
  }
}

void mail(redisContext *c) {
  // CHECK-DAG: edge work queue:email -> service:audit at services/audit/audit.cpp:[[#@LINE+2]]
  // DEFAULT-DAG: edge work queue:email -> service:audit at services/audit/audit.cpp:[[#@LINE+1]]
  redisReply *r = static_cast<redisReply *>(redisCommand(c, "BRPOP email 0"));
  freeReplyObject(r);
}

// The handler became a subscriber of the event, and the pop loop a worker
// of the queue: with the mapping applied, each name has a producer and a
// consumer of the same kind, so neither one-sided rule speaks.
// RULES: msglint: 0 findings
