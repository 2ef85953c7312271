// Handlers set at registration and kept in a member (`std::function`, a
// function pointer): the consumer's poll loop calls the member, and the
// chain continues into whatever was stored there: a lambda passed to the
// constructor, a function given to a setter (in another TU), a lambda
// assigned to a public member, a function pointer. A handler stored but
// never called by the loop is not waited on.
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: %make-compdb %t --flag=-I%t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/consumer.cpp %t/services/a/main.cpp
// RUN: %msglint check -p %t/build --root %t --fail-on never > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --input-file %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 1 finding in 2 translation units of 1 service{{$}}

// The loop waits on B (the constructor's lambda), C (the setter's function,
// named in main.cpp), D (the assigned lambda) and E (the function pointer);
// never on F, whose member the loop does not call.
// CHECK: services/a/consumer.cpp:[[#]]:{{[0-9]+}}: warning: 'OrderConsumer::run' (consumes order.created) waits on 4 services (chain.B, chain.C, chain.D, chain.E); at most 0 are allowed
// CHECK-NOT: chain.F

//--- .msglint.yaml
checks: '-*,sync-fan-out'
rules:
  sync-fan-out: {MaxServices: 0}

//--- services/a/consumer.h
#pragma once
#include <librdkafka/rdkafkacpp.h>
#include <functional>
#include <string>

class OrderConsumer {
public:
  using Handler = std::function<void(const std::string &)>;
  explicit OrderConsumer(Handler onOrder) : onOrder_(std::move(onOrder)) {}
  void setAudit(Handler audit) { audit_ = audit; }
  void setUnused(Handler h) { unused_ = std::move(h); }
  void run(RdKafka::KafkaConsumer &consumer);

  Handler onShipped; // assigned directly by the owner
  void (*raw)(const std::string &) = nullptr;

private:
  Handler onOrder_;
  Handler audit_;
  Handler unused_;
};

//--- services/a/consumer.cpp
#include "services/a/consumer.h"
#include <memory>

void OrderConsumer::run(RdKafka::KafkaConsumer &consumer) {
  consumer.subscribe({"order.created"});
  for (;;) {
    std::unique_ptr<RdKafka::Message> m(consumer.consume(100));
    std::string payload(static_cast<const char *>(m->payload()), m->len());
    onOrder_(payload);
    audit_(payload);
    onShipped(payload);
    if (raw)
      raw(payload);
  }
}

//--- services/a/main.cpp
#include "chain.grpc.pb.h"
#include "services/a/consumer.h"
#include <grpcpp/grpcpp.h>

// One function per service: the instantiations of a template share one
// node, which would reach every service any of them calls.
#define ASK(Service)                                                                               \
  bool ask##Service(chain::Service::Stub &stub) {                                                 \
    grpc::ClientContext ctx;                                                                       \
    chain::Req req;                                                                                \
    chain::Resp resp;                                                                              \
    return stub.Do(&ctx, req, &resp).ok();                                                         \
  }

namespace {
ASK(B)
ASK(C)
ASK(D)
ASK(E)
ASK(F)
std::unique_ptr<chain::C::Stub> c;
std::unique_ptr<chain::E::Stub> e;
std::unique_ptr<chain::F::Stub> f;
void audit(const std::string &) { askC(*c); }
void rawHandler(const std::string &) { askE(*e); }
} // namespace

int main() {
  auto channel = grpc::CreateChannel("localhost:1", grpc::InsecureChannelCredentials());
  auto b = chain::B::NewStub(channel);
  auto d = chain::D::NewStub(channel);
  OrderConsumer consumer([&](const std::string &) { askB(*b); });
  consumer.setAudit(audit);
  consumer.setUnused([](const std::string &) { askF(*f); });
  consumer.onShipped = [&](const std::string &) { askD(*d); };
  consumer.raw = &rawHandler;
  return 0;
}
