// premature-event reads "later" from the function's control flow (Clang's
// CFG), not from the order of the lines: quiet on a publish in a branch that
// returns before the call, in the other branch of an if or a switch, and in
// a loop whose next round makes the call (that is the next item's step, not
// this one's); fires when some path from the publish still reaches the
// call: after the if that may make it, in the same round of a loop, and
// through a goto back to before the publish. Each quiet case is one a rule
// reading line order would report. The same through a wrapper that takes
// the topic: its publish is where it is called.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen %t/services/checkout/checkout.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt || true
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 5 findings in 1 translation unit of 1 service{{$}}

//--- .msglint.yaml
checks: '-*,premature-event'

//--- services/checkout/checkout.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <nats/nats.h>

#include <vector>

struct Checkout {
  natsConnection *nc;
  std::unique_ptr<chain::B::Stub> billing;

  bool charge() {
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    return billing->Do(&ctx, req, &resp).ok();
  }

  // Quiet: the branch that publishes returns before the charge.
  bool repeatOrder(bool cached) {
    if (cached) {
      natsConnection_PublishString(nc, "order.repeated", "{}");
      return true;
    }
    return charge();
  }

  // Quiet: publish on failure, then leave.
  bool payOrReport() {
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    grpc::Status s = billing->Do(&ctx, req, &resp);
    if (!s.ok()) {
      natsConnection_PublishString(nc, "payment.declined", "{}");
      return false;
    }
    return charge();
  }

  // Quiet: one branch publishes, the other charges.
  bool either(bool prepaid) {
    if (prepaid)
      natsConnection_PublishString(nc, "order.prepaid", "{}");
    else
      return charge();
    return true;
  }

  bool bySwitch(int mode) {
    switch (mode) {
    case 0:
      natsConnection_PublishString(nc, "order.gifted", "{}");
      break;
    case 1:
      return charge();
    }
    return true;
  }

  // Quiet: each round charges, then announces its own item; the next
  // round's charge is not a later step of this item.
  void eachItem(const std::vector<int> &items) {
    for (int item : items) {
      if (!charge())
        continue;
      natsConnection_PublishString(nc, "item.charged", "{}");
    }
  }

  bool whileMore(int left) {
    while (left-- > 0) {
      if (!charge())
        return false;
      natsConnection_PublishString(nc, "installment.paid", "{}");
    }
    return true;
  }

  void announce(const char *topic) { natsConnection_PublishString(nc, topic, "{}"); }

  bool viaWrapper() {
    // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:5: warning: event 'order.wrapped' is published before 'Checkout::viaWrapper' waits on chain.B/Do
    announce("order.wrapped");
    // CHECK-NEXT: services/checkout/checkout.cpp:{{[0-9]+}}:21: note: the later step: 'Checkout::charge' calls chain.B/Do
    return charge();
  }

  bool viaWrapperThenReturn(bool cached) {
    if (cached) {
      announce("order.served-from-cache");
      return true;
    }
    return charge();
  }

  // Fires: a path from the publish reaches the charge.
  bool maybeCharge(bool needsPayment) {
    // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:5: warning: event 'order.accepted' is published before 'Checkout::maybeCharge' waits on chain.B/Do
    natsConnection_PublishString(nc, "order.accepted", "{}");
    if (needsPayment)
      // CHECK-NEXT: services/checkout/checkout.cpp:{{[0-9]+}}:21: note: the later step: 'Checkout::charge' calls chain.B/Do
      return charge();
    return true;
  }

  // Fires: the charge in the same round comes after the publish.
  void eachItemEarly(const std::vector<int> &items) {
    for (int item : items) {
      // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:7: warning: event 'item.reserved' is published before 'Checkout::eachItemEarly' waits on chain.B/Do
      natsConnection_PublishString(nc, "item.reserved", "{}");
      // CHECK-NEXT: services/checkout/checkout.cpp:{{[0-9]+}}:{{[0-9]+}}: note: the later step
      charge();
      (void)item;
    }
  }

  // Fires: the charge in the loop's condition runs after the publish in
  // the same round (a do-while tests after the body).
  void untilCharged() {
    do {
      // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:7: warning: event 'charge.attempted' is published before 'Checkout::untilCharged' waits on chain.B/Do
      natsConnection_PublishString(nc, "charge.attempted", "{}");
      // CHECK-NEXT: services/checkout/checkout.cpp:{{[0-9]+}}:{{[0-9]+}}: note: the later step
    } while (!charge());
  }

  // Fires: a goto runs the function's earlier lines again after the publish.
  bool retry(int attempts) {
  again:
    if (attempts-- > 0 && !charge())
      goto again;
    if (attempts > 10) {
      // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:7: warning: event 'order.retried' is published before 'Checkout::retry' waits on chain.B/Do
      natsConnection_PublishString(nc, "order.retried", "{}");
      // CHECK-NEXT: services/checkout/checkout.cpp:{{[0-9]+}}:{{[0-9]+}}: note: the later step
      goto again;
    }
    return true;
  }
};
