// NATS C client, receiving side: subscriptions with their message
// handlers (free functions, static member functions), queue groups that
// work a queue named by the subject, and synchronous subscriptions whose
// natsSubscription_NextMsg loop makes the function the consumer.
// RUN: rm -rf %t && mkdir -p %t/services/analytics && cp %s %t/services/analytics/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %s
// RUN: %msglint extract -p %t/build --root %t %t/services/analytics/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json > %t/facts.txt
// Sites in source order, nothing else; then the calls and entries.
// RUN: grep '^site' %t/facts.txt | FileCheck %s --implicit-check-not=site
// RUN: grep -v '^site' %t/facts.txt | FileCheck %s --check-prefix=LINK --implicit-check-not=entry --implicit-check-not=call

#include <nats/nats.h>

#include <string>

static void onOrderCreated(natsConnection *, natsSubscription *, natsMsg *msg, void *) {
  natsMsg_Destroy(msg);
}

class EmailWorker {
public:
  static void onJob(natsConnection *, natsSubscription *, natsMsg *msg, void *self) {
    static_cast<EmailWorker *>(self)->sent++;
    natsMsg_Destroy(msg);
  }
  natsStatus start(natsConnection *nc) {
    // A queue group shares the subject's messages: one of its members
    // gets each one, so the group works a job queue named by the subject.
    // CHECK: site [[@LINE+1]]:12 work email.send style=queue-subscribe blocking=false result=used deadline=n/a handlers=EmailWorker::onJob in EmailWorker::start
    return natsConnection_QueueSubscribe(&sub, nc, "email.send", "mailers", &EmailWorker::onJob, this);
  }
  int sent = 0;
  natsSubscription *sub = nullptr;
};

const char *const kPaymentCompleted = "payment.completed";

natsStatus subscribeAll(natsConnection *nc, natsSubscription **subs) {
  // CHECK: site [[@LINE+1]]:18 subscribe order.created style=subscribe blocking=false result=used deadline=n/a handlers=onOrderCreated in subscribeAll
  natsStatus s = natsConnection_Subscribe(&subs[0], nc, "order.created", onOrderCreated, nullptr);
  if (s != NATS_OK)
    return s;
  // CHECK: site [[@LINE+1]]:7 subscribe payment.completed style=subscribe blocking=false result=used deadline=n/a handlers=onOrderCreated in subscribeAll
  s = natsConnection_SubscribeTimeout(&subs[1], nc, kPaymentCompleted, 5000, &onOrderCreated, nullptr);
  if (s != NATS_OK)
    return s;
  // A captureless lambda converted to the C handler type. (extract does
  // not yet see through the conversion to a function pointer, so the
  // handler is not required here.)
  // CHECK: site [[@LINE+1]]:10 subscribe order.shipped style=subscribe blocking=false result=used deadline=n/a{{( handlers=lambda in subscribeAll)?}} in subscribeAll
  return natsConnection_Subscribe(&subs[2], nc, "order.shipped",
                                  [](natsConnection *, natsSubscription *, natsMsg *m, void *) {
                                    natsMsg_Destroy(m);
                                  },
                                  nullptr);
}

// A wrapper taking the subject and the group: the callers name the queue.
natsStatus startWorkers(natsConnection *nc, natsSubscription **sub, const std::string &subject) {
  // CHECK: site [[@LINE+1]]:10 work dynamic style=queue-subscribe blocking=false result=used deadline=n/a param=2 expr=subject.c_str() handlers=onOrderCreated in startWorkers
  return natsConnection_QueueSubscribe(sub, nc, subject.c_str(), "workers", onOrderCreated, nullptr);
}

natsStatus startBilling(natsConnection *nc, natsSubscription **sub) {
  // LINK: call startBilling -> startWorkers args=2:invoice.create{{$}}
  return startWorkers(nc, sub, "invoice.create");
}

// Synchronous subscriptions: the loop pulling the messages is the
// consumer (a queue group's loop is the worker).
void pullOrders(natsConnection *nc) {
  natsSubscription *sub = nullptr;
  natsMsg *msg = nullptr;
  // CHECK: site [[@LINE+1]]:7 subscribe order.created style=subscribe-sync blocking=false result=used deadline=n/a in pullOrders
  if (natsConnection_SubscribeSync(&sub, nc, "order.created") != NATS_OK)
    return;
  while (natsSubscription_NextMsg(&msg, sub, 1000) == NATS_OK)
    natsMsg_Destroy(msg);
  natsSubscription_Destroy(sub);
}
// LINK: entry pullOrders subscribe order.created

void workInvoices(natsConnection *nc) {
  natsSubscription *sub = nullptr;
  natsMsg *msg = nullptr;
  // CHECK: site [[@LINE+1]]:3 work invoice.create style=queue-subscribe-sync blocking=false result=used deadline=n/a in workInvoices
  natsConnection_QueueSubscribeSync(&sub, nc, "invoice.create", "billing");
  for (;;) {
    if (natsSubscription_NextMsg(&msg, sub, 1000) != NATS_OK)
      break;
    natsMsg_Destroy(msg);
  }
}
// LINK: entry workInvoices work invoice.create

// A subscription made elsewhere: which subject it reads is unknown here,
// so no entry point is claimed.
void drain(natsSubscription *sub) {
  natsMsg *msg = nullptr;
  while (natsSubscription_NextMsg(&msg, sub, 100) == NATS_OK)
    natsMsg_Destroy(msg);
}

// LINK: errors 0
