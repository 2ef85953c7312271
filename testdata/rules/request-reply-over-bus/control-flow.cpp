// request-reply-over-bus reads "then waits" from the function's control
// flow (Clang's CFG), not from the order of the lines: quiet when the send
// is in a branch that returns before the receive, or in the other branch,
// and when the receive only runs in the next round of the loop around the
// send; fires when some path from the send reaches the receive (a wait in
// an if after the send). Each quiet case is one a rule reading line order
// would report. NATS against the real headers.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/pricing/pricing.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt || true
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 1 finding in 1 translation unit of 1 service{{$}}

//--- .msglint.yaml
checks: '-*,request-reply-over-bus'

//--- services/pricing/pricing.cpp
#include <nats/nats.h>

// Fires: when asked to wait, it waits on the bus for the answer.
void quote(natsConnection *nc, bool wait) {
  natsSubscription *replies = nullptr;
  natsConnection_SubscribeSync(&replies, nc, "price.replies");
  // CHECK: services/pricing/pricing.cpp:[[#@LINE+1]]:3: warning: 'quote' sends 'price.quote' and then waits for a message on 'price.replies' itself
  natsConnection_PublishString(nc, "price.quote", "{}");
  natsMsg *reply = nullptr;
  if (wait)
    // CHECK-NEXT: services/pricing/pricing.cpp:[[#@LINE+1]]:5: note: waits for the reply here
    natsSubscription_NextMsg(&reply, replies, 500);
}

// Quiet: the branch that sends returns before the wait.
void refresh(natsConnection *nc, bool cached) {
  natsSubscription *levels = nullptr;
  natsConnection_SubscribeSync(&levels, nc, "stock.levels");
  if (cached) {
    natsConnection_PublishString(nc, "stock.refresh.requested", "{}");
    return;
  }
  natsMsg *m = nullptr;
  natsSubscription_NextMsg(&m, levels, 500);
}

// Quiet: one branch sends, the other reads.
void rates(natsConnection *nc, bool push) {
  natsSubscription *rates = nullptr;
  natsConnection_SubscribeSync(&rates, nc, "tax.rates");
  natsMsg *m = nullptr;
  if (push)
    natsConnection_PublishString(nc, "tax.rates.pushed", "{}");
  else
    natsSubscription_NextMsg(&m, rates, 500);
}

// Quiet: a consumer loop that reads a message, then announces what it did;
// the next round's read is the next message, not a reply to this one.
void consume(natsConnection *nc) {
  natsSubscription *levels = nullptr;
  natsConnection_SubscribeSync(&levels, nc, "stock.levels");
  for (;;) {
    natsMsg *m = nullptr;
    if (natsSubscription_NextMsg(&m, levels, 1000) != NATS_OK)
      continue;
    natsConnection_PublishString(nc, "stock.level.recorded", "{}");
    natsMsg_Destroy(m);
  }
}
