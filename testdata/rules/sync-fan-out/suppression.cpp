// Inline suppression of sync-fan-out: the finding's line is the line of the
// handler's name. MaxServices is 0 here, so every handler below (each waits
// on chain.C) fires unless suppressed.
//
// Suppressed (4):
//   EndOfLine     `msglint: ignore(sync-fan-out) why` at the end of the name's line
//   LineAbove     the same comment alone on the line above
//   TidyForm      `NOLINT(msglint-sync-fan-out)` on the line
//   TidyNextLine  `NOLINTNEXTLINE(msglint-sync-fan-out)` on the line above
// Not suppressed (3):
//   Plain         no comment: the control case
//   OtherRule     `msglint: ignore(sync-chain-depth)`: another rule
//   AtTheCall     the comment on the call that makes the fan-out: a note's line
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 3 findings in 1 translation unit of 1 service (4 suppressed){{$}}

//--- .msglint.yaml
rules:
  sync-fan-out:
    MaxServices: 0

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <chrono>

grpc::Status CallC(const chain::Req& req, chain::Resp* resp);

class Plain final : public chain::A::Service {
  // CHECK: services/a/a.cpp:[[@LINE+1]]:16: warning: 'Plain::Do' (chain.A/Do) waits on 1 service (chain.C); at most 0 are allowed: call directly only what the answer depends on, and hand the rest to jobs or events [sync-fan-out]
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    return CallC(*req, resp);
  }
};

grpc::Status CallC(const chain::Req& req, chain::Resp* resp) {
  static std::unique_ptr<chain::C::Stub> c =
      chain::C::NewStub(grpc::CreateChannel("c:50051", grpc::InsecureChannelCredentials()));
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  // CHECK-NEXT: services/a/a.cpp:[[#CALL:@LINE+1]]:13: note: waits on chain.C: 'CallC' calls chain.C/Do
  return c->Do(&ctx, req, resp);
}

class EndOfLine final : public chain::A::Service {
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override { // msglint: ignore(sync-fan-out) reviewed
    return CallC(*req, resp);
  }
};

class LineAbove final : public chain::A::Service {
  // msglint: ignore(sync-fan-out) reviewed
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    return CallC(*req, resp);
  }
};

class TidyForm final : public chain::A::Service {
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override { // NOLINT(msglint-sync-fan-out)
    return CallC(*req, resp);
  }
};

class TidyNextLine final : public chain::A::Service {
  // NOLINTNEXTLINE(msglint-sync-fan-out)
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    return CallC(*req, resp);
  }
};

class OtherRule final : public chain::A::Service {
  // CHECK: services/a/a.cpp:[[@LINE+2]]:16: warning: 'OtherRule::Do' (chain.A/Do) waits on 1 service (chain.C)
  // CHECK-NEXT: services/a/a.cpp:[[#CALL]]:13: note: waits on chain.C: 'CallC' calls chain.C/Do
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override { // msglint: ignore(sync-chain-depth) not this rule
    return CallC(*req, resp);
  }
};

class AtTheCall final : public chain::A::Service {
  // CHECK: services/a/a.cpp:[[@LINE+1]]:16: warning: 'AtTheCall::Do' (chain.A/Do) waits on 1 service (chain.C)
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
    // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:16: note: waits on chain.C: 'AtTheCall::Do' calls chain.C/Do
    return c_->Do(&ctx, *req, resp); // msglint: ignore(sync-fan-out) a note's line
  }
  std::unique_ptr<chain::C::Stub> c_;
};
