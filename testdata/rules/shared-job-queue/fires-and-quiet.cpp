// shared-job-queue fires on a job queue worked by two services (a Redis
// list, a NATS subject worked only by queue groups), with a note at the
// other worker; quiet (near misses) on two workers in one service (load
// sharing), on a queue with one worker, and on an event with two consumer
// services. Findings are at the first working site in path order (analytics before
// email). Suppressed at that line.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/orders/orders.cpp %t/services/email/email.cpp %t/services/analytics/analytics.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt || true
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 2 findings in 3 translation units of 3 services (1 suppressed){{$}}

// CHECK:      services/analytics/analytics.cpp:[[#]]:19: warning: job queue 'jobs:receipt' is worked by 2 services (analytics, email): each job goes to one of them, so each sees only some jobs; give the job one owner, or publish an event that every service consumes [shared-job-queue]
// CHECK-NEXT: services/email/email.cpp:[[#]]:19: note: also worked here, by 'work' (email)
// CHECK-NEXT: services/analytics/analytics.cpp:[[#]]:3: warning: job queue 'email.send' is worked by 2 services (analytics, email):
// CHECK-NEXT: services/email/email.cpp:[[#]]:3: note: also worked here, by 'work' (email)

//--- .msglint.yaml
checks: '-*,shared-job-queue'

//--- services/orders/orders.cpp
#include <hiredis/hiredis.h>
#include <nats/nats.h>

void sell(redisContext *c, natsConnection *nc) {
  freeReplyObject(redisCommand(c, "LPUSH jobs:receipt 1"));
  freeReplyObject(redisCommand(c, "LPUSH jobs:label 1"));
  freeReplyObject(redisCommand(c, "LPUSH jobs:invoice 1"));
  freeReplyObject(redisCommand(c, "LPUSH jobs:legacy 1"));
  natsConnection_PublishString(nc, "email.send", "{}");
  natsConnection_PublishString(nc, "order.placed", "{}");
}

//--- services/analytics/analytics.cpp
#include <hiredis/hiredis.h>
#include <nats/nats.h>

static void onAny(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

void count(redisContext *c, natsConnection *nc, natsSubscription **a, natsSubscription **b) {
  freeReplyObject(redisCommand(c, "BRPOP jobs:receipt 0"));
  // msglint: ignore(shared-job-queue) analytics is leaving this queue
  freeReplyObject(redisCommand(c, "BRPOP jobs:legacy 0"));
  natsConnection_QueueSubscribe(a, nc, "email.send", "analysts", onAny, nullptr);
  // An event with a plain subscriber: its consumers are not workers.
  natsConnection_Subscribe(b, nc, "order.placed", onAny, nullptr);
}

//--- services/email/email.cpp
#include <hiredis/hiredis.h>
#include <nats/nats.h>

static void onJob(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

void work(redisContext *c, natsConnection *nc, natsSubscription **a, natsSubscription **b) {
  freeReplyObject(redisCommand(c, "BRPOP jobs:receipt 0"));
  // Two workers in one service share the load: fine.
  freeReplyObject(redisCommand(c, "BRPOP jobs:label 0"));
  freeReplyObject(redisCommand(c, "BRPOP jobs:label 5"));
  freeReplyObject(redisCommand(c, "BRPOP jobs:invoice 0"));
  natsConnection_QueueSubscribe(a, nc, "email.send", "mailers", onJob, nullptr);
  freeReplyObject(redisCommand(c, "BRPOP jobs:legacy 0"));
  (void)b;
}

