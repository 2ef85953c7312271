// sync-cycle, an error by default, on the two smallest shapes:
//
// - a and b call each other:  a --B/Do--> b --A/Other--> a.
//   One finding, at the first call site (in source order) of the cycle's
//   first edge from its alphabetically first service: a's first call to b
//   (a calls b twice; the later call is not the finding's location). One
//   note per edge of the cycle.
// - c calls itself: c serves both chain.C and chain.D, and C/Do calls D/Do.
//   The endpoint belongs to another proto service, but the same deployable
//   serves it: a request to c can end up waiting on c.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp %t/services/b/b.cpp \
// RUN:   %t/services/c/c.cpp
// RUN: not %msglint check -p %t/build --root %t --fail-on error > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 2 findings in 3 translation units of 3 services{{$}}

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

class AImpl final : public chain::A::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK: services/a/a.cpp:[[@LINE+2]]:16: error: services call each other synchronously in a cycle: a -> b -> a; a request can end up waiting on itself and failures travel round the loop: break it with a job or an event [sync-cycle]
    // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:16: note: a calls b: 'AImpl::Do' calls chain.B/Do
    return b_->Do(&ctx, *req, resp);
  }

  grpc::Status Other(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    resp->set_id(req->id());
    return grpc::Status::OK;
  }

  // A second call from a to b, later in the file.
  grpc::Status Refresh(const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    return b_->Do(&ctx, req, resp);
  }

private:
  std::unique_ptr<chain::B::Stub> b_;
};

//--- services/b/b.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

class BImpl final : public chain::B::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK-NEXT: services/b/b.cpp:[[@LINE+1]]:16: note: b calls a: 'BImpl::Do' calls chain.A/Other
    return a_->Other(&ctx, *req, resp);
  }

private:
  std::unique_ptr<chain::A::Stub> a_;
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
    // CHECK: services/c/c.cpp:[[@LINE+2]]:16: error: service c calls itself synchronously; a request can end up waiting on itself: do the work in-process, or hand it to a job [sync-cycle]
    // CHECK-NEXT: services/c/c.cpp:[[@LINE+1]]:16: note: c calls c: 'CImpl::Do' calls chain.D/Do
    return d_->Do(&ctx, *req, resp);
  }

private:
  std::unique_ptr<chain::D::Stub> d_;
};

class DImpl final : public chain::D::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    resp->set_id(req->id());
    return grpc::Status::OK;
  }
};
