// NATS C client, sending side: publish, publish with a reply subject,
// request/reply (a direct call), messages made by natsMsg_Create, and the
// forms a subject name takes: literals, constants, std::string,
// concatenation, a wrapper's parameter, and what stays dynamic.
// RUN: rm -rf %t && mkdir -p %t/services/orders && cp %s %t/services/orders/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %s
// RUN: %msglint extract -p %t/build --root %t %t/services/orders/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json > %t/facts.txt
// Sites in source order, nothing else; then the calls and entries.
// RUN: grep '^site' %t/facts.txt | FileCheck %s --implicit-check-not=site
// RUN: grep -v '^site' %t/facts.txt | FileCheck %s --check-prefix=LINK --implicit-check-not=entry --implicit-check-not=call

#include <nats/nats.h>

#include <cstring>
#include <string>

namespace subjects {
constexpr const char *kOrderCreated = "order.created";
const std::string kDomain = "order";
} // namespace subjects

struct Names {
  static constexpr const char *kShipped = "order.shipped";
};

void publishLiterals(natsConnection *nc, const char *body) {
  // CHECK: site [[@LINE+1]]:3 publish order.created style=publish blocking=false result=used deadline=n/a in publishLiterals
  natsConnection_Publish(nc, "order.created", body, static_cast<int>(std::strlen(body)));
  // CHECK: site [[@LINE+1]]:3 publish order.created style=publish blocking=false result=used deadline=n/a in publishLiterals
  natsConnection_PublishString(nc, subjects::kOrderCreated, body);
  // CHECK: site [[@LINE+1]]:3 publish order.shipped style=publish blocking=false result=used deadline=n/a in publishLiterals
  natsConnection_PublishString(nc, Names::kShipped, body);
  // CHECK: site [[@LINE+1]]:3 publish order.cancelled style=publish blocking=false result=used deadline=n/a in publishLiterals
  natsConnection_PublishString(nc, (subjects::kDomain + ".cancelled").c_str(), body);
  // CHECK: site [[@LINE+1]]:3 publish order.paid style=publish-request blocking=false result=used deadline=n/a in publishLiterals
  natsConnection_PublishRequestString(nc, "order.paid", "_INBOX.billing", body);
}

// request/reply waits for the answer: a direct call on the subject.
natsStatus reserveStock(natsConnection *nc, const std::string &sku) {
  natsMsg *reply = nullptr;
  // CHECK: site [[@LINE+1]]:18 call inventory.reserve style=request blocking=true result=used deadline=n/a in reserveStock
  natsStatus s = natsConnection_RequestString(&reply, nc, "inventory.reserve", sku.c_str(), 500);
  if (s == NATS_OK)
    natsMsg_Destroy(reply);
  return s;
}

void fireAndForget(natsConnection *nc) {
  natsMsg *reply = nullptr;
  const std::string subject = "billing.charge";
  // CHECK: site [[@LINE+1]]:3 call billing.charge style=request blocking=true result=discarded deadline=n/a in fireAndForget
  natsConnection_Request(&reply, nc, subject.c_str(), "{}", 2, 1000);
  natsMsg_Destroy(reply);
}

// The subject of a natsMsg is the one natsMsg_Create gave it.
natsStatus sendMessages(natsConnection *nc) {
  natsMsg *event = nullptr;
  natsMsg *request = nullptr;
  natsMsg *reply = nullptr;
  natsMsg_Create(&event, "order.confirmed", nullptr, "{}", 2);
  // CHECK: site [[@LINE+1]]:3 publish order.confirmed style=publish blocking=false result=used deadline=n/a in sendMessages
  natsConnection_PublishMsg(nc, event);
  natsMsg_Create(&request, "loyalty.points", nullptr, "{}", 2);
  // CHECK: site [[@LINE+1]]:18 call loyalty.points style=request blocking=true result=used deadline=n/a in sendMessages
  natsStatus s = natsConnection_RequestMsg(&reply, nc, request, 250);
  natsMsg_Destroy(event);
  natsMsg_Destroy(request);
  return s;
}

// A message made elsewhere: its subject is unknown here.
void forward(natsConnection *nc, natsMsg *msg) {
  // CHECK: site [[@LINE+1]]:3 publish dynamic style=publish blocking=false result=used deadline=n/a expr=msg in forward
  natsConnection_PublishMsg(nc, msg);
}

// Dynamic: a subject built at run time.
void publishComputed(natsConnection *nc, int shard) {
  std::string subject = "order.created." + std::to_string(shard);
  // CHECK: site [[@LINE+1]]:3 publish dynamic style=publish blocking=false result=used deadline=n/a expr=subject.c_str() in publishComputed
  natsConnection_PublishString(nc, subject.c_str(), "{}");
}

// A wrapper: the subject is its parameter, its callers name it.
void publishEvent(natsConnection *nc, const char *subject, const std::string &payload) {
  // CHECK: site [[@LINE+1]]:3 publish dynamic style=publish blocking=false result=used deadline=n/a param=1 expr=subject in publishEvent
  natsConnection_PublishString(nc, subject, payload.c_str());
}

void confirmOrder(natsConnection *nc, const std::string &payload) {
  // LINK: call confirmOrder -> publishEvent args=1:order.confirmed,2:param 1{{$}}
  publishEvent(nc, "order.confirmed", payload);
  // LINK: call confirmOrder -> publishEvent args=1:order.created,2:param 1{{$}}
  publishEvent(nc, subjects::kOrderCreated, payload);
}

// LINK: errors 0
