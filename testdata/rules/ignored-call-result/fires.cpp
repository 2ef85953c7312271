// ignored-call-result: every way a caller can throw away what an RPC tells
// it. Each call below is reported at the method name, with what was ignored
// (the status, the stream, the response reader, the completion callback) and
// how (discarded on the spot, or stored and never read).
// Only this rule runs (.msglint.yaml), so the calls need no deadlines.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/client.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 17 findings in 1 translation unit of 1 service{{$}}

//--- .msglint.yaml
checks: '-*,ignored-call-result'

//--- services/a/client.cpp
#include "chain.grpc.pb.h"
#include "shapes.grpc.pb.h"
#include <grpcpp/grpcpp.h>

using acme::billing::v1::Billing;

// The status of a unary call.
void Unary(chain::B::StubInterface& b, const chain::Req& req) {
  grpc::ClientContext c1, c2, c3, c4, c5, c6, c7, c8;
  chain::Resp resp;
  int sent = 0;
  // An expression statement.
  // CHECK: services/a/client.cpp:[[@LINE+1]]:5: warning: the status of chain.B/Do is discarded: the caller does not depend on the answer, so this is work for a job or an event, not a direct call; or check the status if the answer matters [ignored-call-result]
  b.Do(&c1, req, &resp);
  // A cast to void says "on purpose"; it is still discarded.
  // CHECK: services/a/client.cpp:[[@LINE+1]]:11: warning: the status of chain.B/Do is discarded: the caller does not depend on the answer
  (void)b.Do(&c2, req, &resp);
  // CHECK: services/a/client.cpp:[[@LINE+1]]:23: warning: the status of chain.B/Do is discarded: the caller does not depend on the answer
  static_cast<void>(b.Do(&c3, req, &resp));
  // The left-hand side of a comma.
  // CHECK: services/a/client.cpp:[[@LINE+1]]:6: warning: the status of chain.B/Do is discarded: the caller does not depend on the answer
  (b.Do(&c4, req, &resp), ++sent);
  // Stored in a local that nobody reads.
  // CHECK: services/a/client.cpp:[[@LINE+1]]:27: warning: the status of chain.B/Do is stored but never checked: the caller does not depend on the answer
  grpc::Status stored = b.Do(&c5, req, &resp);
  // Stored, then silenced: `(void)s;` reads nothing.
  // CHECK: services/a/client.cpp:[[@LINE+1]]:29: warning: the status of chain.B/Do is stored but never checked: the caller does not depend on the answer
  grpc::Status silenced = b.Do(&c6, req, &resp);
  (void)silenced;
  // Assigned, not initialised, and never read.
  grpc::Status assigned;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:16: warning: the status of chain.B/Do is stored but never checked: the caller does not depend on the answer
  assigned = b.Do(&c7, req, &resp);
  // Discarded inside a lambda.
  // CHECK: services/a/client.cpp:[[@LINE+1]]:24: warning: the status of chain.B/Do is discarded: the caller does not depend on the answer
  auto later = [&] { b.Do(&c8, req, &resp); };
  later();
  (void)sent;
}

// Streams: the stream object is the only way to the call's final status.
void Streams(Billing::Stub& billing, const acme::billing::v1::Req& req) {
  grpc::ClientContext c1, c2, c3, c4;
  acme::billing::v1::Resp resp;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:11: warning: the stream of acme.billing.v1.Billing/List is discarded: the caller does not depend on the answer
  billing.List(&c1, req);
  // CHECK: services/a/client.cpp:[[@LINE+1]]:11: warning: the stream of acme.billing.v1.Billing/Upload is discarded: the caller does not depend on the answer
  billing.Upload(&c2, &resp);
  // CHECK: services/a/client.cpp:[[@LINE+1]]:11: warning: the stream of acme.billing.v1.Billing/Chat is discarded: the caller does not depend on the answer
  billing.Chat(&c3);
  // CHECK: services/a/client.cpp:[[@LINE+1]]:25: warning: the stream of acme.billing.v1.Billing/List is stored but never checked: the caller does not depend on the answer
  auto reader = billing.List(&c4, req);
}

// The async API: the response reader is how the answer comes back.
void Async(chain::B::Stub& b, const chain::Req& req, grpc::CompletionQueue* cq) {
  grpc::ClientContext c1, c2;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:5: warning: the response reader of chain.B/Do is discarded: the caller does not depend on the answer
  b.AsyncDo(&c1, req, cq);
  // CHECK: services/a/client.cpp:[[@LINE+1]]:16: warning: the response reader of chain.B/Do is stored but never checked: the caller does not depend on the answer
  auto rpc = b.PrepareAsyncDo(&c2, req, cq);
}

// The callback API: the status arrives in the callback, or nowhere.
void Callbacks(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp, bool& done) {
  static grpc::ClientContext c1, c2, c3;
  // An unnamed status parameter.
  // CHECK: services/a/client.cpp:[[@LINE+1]]:14: warning: the completion callback of chain.B/Do never looks at its status: the caller does not depend on the answer
  b.async()->Do(&c1, &req, resp, [](grpc::Status) {});
  // A named one that the body never reads.
  // CHECK: services/a/client.cpp:[[@LINE+1]]:14: warning: the completion callback of chain.B/Do never looks at its status: the caller does not depend on the answer
  b.async()->Do(&c2, &req, resp, [&done](grpc::Status status) { done = true; });
  // The same through the StubInterface's async_interface.
  chain::B::StubInterface& iface = b;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:18: warning: the completion callback of chain.B/Do never looks at its status: the caller does not depend on the answer
  iface.async()->Do(&c3, &req, resp, [&done](grpc::Status) { done = true; });
}
