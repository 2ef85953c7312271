// policy: a pattern that matches nothing in the scan is reported at that
// pattern in .msglint.yaml, so a typo cannot switch a policy off: here the
// misspelt 'emial' would otherwise let checkout's call to email pass. Also
// a tag no service has, and an event pattern no event matches. Patterns
// that match are quiet (a service nobody here implements counts by its
// proto service's name, chain.E), and so is a policy that holds.
//
// RUN: rm -rf %t && split-file %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/checkout/checkout.cpp %t/services/email/email.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt || true
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 3 findings in 2 translation units of 2 services{{$}}

// CHECK:      .msglint.yaml:7:35: warning: policy 'checkout-notifies-asynchronously': 'emial' matches no service in the 2 services and 2 translation units scanned, so the policy checks nothing there (misspelt?) [policy]
// CHECK-NEXT: .msglint.yaml:13:21: warning: policy 'payment-consumers': 'payments.*' matches no event in the 2 services and 2 translation units scanned, so the policy checks nothing there (misspelt?) [policy]
// CHECK-NEXT: .msglint.yaml:16:24: error: policy 'layers': 'tag:data' matches no service in the 2 services and 2 translation units scanned, so the policy checks nothing there (misspelt?) [policy]

//--- .msglint.yaml
checks: '-*,policy'
tags:
  core: [checkout, email]
  data: ledger
policies:
  - name: checkout-notifies-asynchronously
    forbid: {from: checkout, to: [emial]}
  - name: checkout-owns-the-archive
    allow-only: {from: checkout, to: chain.E}
  - name: payment-consumers
    consumers:
      # A near miss of the event's name, payment.settled.
      of: [order.*, payments.*]
      in: checkout
  - name: layers
    layers: [tag:core, tag:data]
    level: error

//--- services/checkout/checkout.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <nats/nats.h>

static void onAny(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

grpc::Status Order(chain::D::Stub &email, chain::E::Stub &archive, natsConnection *nc,
                   natsSubscription **a, natsSubscription **b, const chain::Req &req,
                   chain::Resp *resp) {
  natsConnection_Subscribe(a, nc, "payment.settled", onAny, nullptr);
  natsConnection_Subscribe(b, nc, "order.placed", onAny, nullptr);
  grpc::ClientContext ctx, later;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  later.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  grpc::Status s = archive.Do(&later, req, resp);
  return s.ok() ? email.Do(&ctx, req, resp) : s;
}

//--- services/email/email.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

class Email final : public chain::D::Service {
public:
  grpc::Status Do(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    return grpc::Status::OK;
  }
};
