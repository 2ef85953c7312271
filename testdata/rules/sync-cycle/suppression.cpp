// Inline suppression of sync-cycle: the finding's line is the call site of
// the cycle's first edge (from its alphabetically first service).
//
// - a calls itself: `msglint: ignore(sync-cycle) why` alone on the line
//   above the call: suppressed;
// - c <-> d: not suppressed, though two comments come close: c's call (the
//   finding's line) carries `NOLINT(msglint-sync-chain-depth)`, another
//   rule; d's call carries `msglint: ignore(sync-cycle)`, but that is a
//   note's line.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp %t/services/c/c.cpp \
// RUN:   %t/services/d/d.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 1 finding in 3 translation units of 3 services (1 suppressed){{$}}

//--- common/soon.h
#pragma once
#include <chrono>
inline std::chrono::system_clock::time_point Soon() {
  return std::chrono::system_clock::now() + std::chrono::seconds(1);
}

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

// a serves chain.A and chain.B, and A/Do calls B/Do: a calls itself.
class AImpl final : public chain::A::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // msglint: ignore(sync-cycle) in-process soon, tracked in TICKET-12
    return b_->Do(&ctx, *req, resp);
  }

private:
  std::unique_ptr<chain::B::Stub> b_;
};

class BImpl final : public chain::B::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    resp->set_id(req->id());
    return grpc::Status::OK;
  }
};

//--- services/c/c.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

class CImpl final : public chain::C::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK: services/c/c.cpp:[[@LINE+2]]:16: error: services call each other synchronously in a cycle: c -> d -> c
    // CHECK-NEXT: services/c/c.cpp:[[@LINE+1]]:16: note: c calls d: 'CImpl::Do' calls chain.D/Do
    return d_->Do(&ctx, *req, resp); // NOLINT(msglint-sync-chain-depth)
  }

private:
  std::unique_ptr<chain::D::Stub> d_;
};

//--- services/d/d.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

class DImpl final : public chain::D::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK-NEXT: services/d/d.cpp:[[@LINE+1]]:16: note: d calls c: 'DImpl::Do' calls chain.C/Do
    return c_->Do(&ctx, *req, resp); // msglint: ignore(sync-cycle) a note's line
  }

private:
  std::unique_ptr<chain::C::Stub> c_;
};
