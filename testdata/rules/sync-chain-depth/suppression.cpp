// Inline suppression of sync-chain-depth. The finding's line is the line of
// the handler's name, so that is the line a suppression must cover.
// MaxDepth is 0 here, so every handler below (each calls chain.C/Do, one
// hop) fires unless suppressed; this also shows that MaxDepth 0 means "no
// synchronous call at all".
//
// Suppressed (6):
//   EndOfLine       `msglint: ignore(sync-chain-depth) why` at the end of the name's line
//   LineAbove       the same comment alone on the line above
//   InAList         `msglint: ignore(sync-fan-out, sync-chain-depth)`
//   TidyForm        clang-tidy's `NOLINT(msglint-sync-chain-depth)` on the line
//   TidyNextLine    `NOLINTNEXTLINE(msglint-sync-chain-depth)` on the line above
//   BareTidy        a bare `NOLINT` on the line: silences everything there
// Not suppressed (7):
//   Plain           no comment: the control case
//   OtherTidyCheck  `NOLINT(bugprone-unused-return-value)`: names no msglint check
//   OtherRule       `msglint: ignore(sync-fan-out)`: another rule
//   TooFar          the comment two lines above the name
//   AfterCode       the comment after code on the line above: covers that line only
//   AtTheCall       the comment on the call site: a note's line, not the finding's
//   Wrapped         the comment on the second line of a wrapped signature
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 7 findings in 1 translation unit of 1 service (6 suppressed){{$}}

//--- .msglint.yaml
rules:
  sync-chain-depth:
    MaxDepth: 0

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <chrono>

grpc::Status CallC(const chain::Req& req, chain::Resp* resp);

class Plain final : public chain::A::Service {
  // CHECK: services/a/a.cpp:[[@LINE+1]]:16: warning: 'Plain::Do' (chain.A/Do) waits on a chain of synchronous calls across 1 service: a -> chain.C; at most 0 are allowed: let the later steps happen through a job or an event [sync-chain-depth]
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    return CallC(*req, resp);
  }
};

// The one hop of every handler but AtTheCall.
grpc::Status CallC(const chain::Req& req, chain::Resp* resp) {
  static std::unique_ptr<chain::C::Stub> c =
      chain::C::NewStub(grpc::CreateChannel("c:50051", grpc::InsecureChannelCredentials()));
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  // CHECK-NEXT: services/a/a.cpp:[[#CALL:@LINE+1]]:13: note: hop 1: 'CallC' calls chain.C/Do (not implemented in the scanned code)
  return c->Do(&ctx, req, resp);
}

class EndOfLine final : public chain::A::Service {
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override { // msglint: ignore(sync-chain-depth) C is a cache, this is fine
    return CallC(*req, resp);
  }
};

class LineAbove final : public chain::A::Service {
  // msglint: ignore(sync-chain-depth) C is a cache, this is fine
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    return CallC(*req, resp);
  }
};

class InAList final : public chain::A::Service {
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override { // msglint: ignore(sync-fan-out, sync-chain-depth) both known
    return CallC(*req, resp);
  }
};

class TidyForm final : public chain::A::Service {
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override { // NOLINT(msglint-sync-chain-depth)
    return CallC(*req, resp);
  }
};

class TidyNextLine final : public chain::A::Service {
  // NOLINTNEXTLINE(msglint-sync-chain-depth)
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    return CallC(*req, resp);
  }
};

class BareTidy final : public chain::A::Service {
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override { // NOLINT
    return CallC(*req, resp);
  }
};

class OtherTidyCheck final : public chain::A::Service {
  // CHECK: services/a/a.cpp:[[@LINE+2]]:16: warning: 'OtherTidyCheck::Do' (chain.A/Do) waits on a chain of synchronous calls across 1 service
  // CHECK-NEXT: services/a/a.cpp:[[#CALL]]:13: note: hop 1: 'CallC' calls chain.C/Do
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override { // NOLINT(bugprone-unused-return-value)
    return CallC(*req, resp);
  }
};

class OtherRule final : public chain::A::Service {
  // CHECK: services/a/a.cpp:[[@LINE+2]]:16: warning: 'OtherRule::Do' (chain.A/Do) waits on a chain of synchronous calls across 1 service
  // CHECK-NEXT: services/a/a.cpp:[[#CALL]]:13: note: hop 1: 'CallC' calls chain.C/Do
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override { // msglint: ignore(sync-fan-out) not this rule
    return CallC(*req, resp);
  }
};

class TooFar final : public chain::A::Service {
  // CHECK: services/a/a.cpp:[[@LINE+4]]:16: warning: 'TooFar::Do' (chain.A/Do) waits on a chain of synchronous calls across 1 service
  // CHECK-NEXT: services/a/a.cpp:[[#CALL]]:13: note: hop 1: 'CallC' calls chain.C/Do
  // msglint: ignore(sync-chain-depth) two lines above the name
  // (an ordinary comment in between)
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    return CallC(*req, resp);
  }
};

class AfterCode final : public chain::A::Service {
  // CHECK: services/a/a.cpp:[[@LINE+3]]:16: warning: 'AfterCode::Do' (chain.A/Do) waits on a chain of synchronous calls across 1 service
  // CHECK-NEXT: services/a/a.cpp:[[#CALL]]:13: note: hop 1: 'CallC' calls chain.C/Do
  int calls_ = 0; // msglint: ignore(sync-chain-depth) after code: this line only
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    ++calls_;
    return CallC(*req, resp);
  }
};

class AtTheCall final : public chain::A::Service {
  // CHECK: services/a/a.cpp:[[@LINE+1]]:16: warning: 'AtTheCall::Do' (chain.A/Do) waits on a chain of synchronous calls across 1 service
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
    // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:16: note: hop 1: 'AtTheCall::Do' calls chain.C/Do
    return c_->Do(&ctx, *req, resp); // msglint: ignore(sync-chain-depth) a note's line
  }
  std::unique_ptr<chain::C::Stub> c_;
};

class Wrapped final : public chain::A::Service {
  // CHECK: services/a/a.cpp:[[@LINE+2]]:16: warning: 'Wrapped::Do' (chain.A/Do) waits on a chain of synchronous calls across 1 service
  // CHECK-NEXT: services/a/a.cpp:[[#CALL]]:13: note: hop 1: 'CallC' calls chain.C/Do
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req,
                  chain::Resp* resp) override { // msglint: ignore(sync-chain-depth) not the name's line
    return CallC(*req, resp);
  }
};
