// sync-fan-out with its default MaxServices (4): a's handler waits on five
// services, some directly, some through a helper, some through b:
//
//   a: A/Do --> b (B/Do and B/Other), chain.C, chain.D (through AskD()),
//               and a's own A/Other (its own service: not counted)
//   b: B/Do --> chain.E, chain.F
//
// chain.C..chain.F are not implemented in the scan, so each counts as its
// proto service. a waits on b, chain.C, chain.D, chain.E, chain.F: 5 > 4, so
// it fires at the name of a's handler, with one note per service at the
// nearest call that reaches it. b waits on 2: silent.
// (a calling its own endpoint is also a sync-cycle; that rule is off here.)
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp %t/services/b/b.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 1 finding in 2 translation units of 2 services{{$}}

//--- .msglint.yaml
checks: '*,-sync-cycle'

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

grpc::Status AskD(const chain::Req& req, chain::Resp* resp);

class AImpl final : public chain::A::Service {
public:
  // CHECK: services/a/a.cpp:[[@LINE+1]]:16: warning: 'AImpl::Do' (chain.A/Do) waits on 5 services (b, chain.C, chain.D, chain.E, chain.F); at most 4 are allowed: call directly only what the answer depends on, and hand the rest to jobs or events [sync-fan-out]
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext to_b, to_b_again, to_c, to_self;
    to_b.set_deadline(Soon());
    to_b_again.set_deadline(Soon());
    to_c.set_deadline(Soon());
    to_self.set_deadline(Soon());
    chain::Resp part;
    // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:26: note: waits on b: 'AImpl::Do' calls chain.B/Do
    grpc::Status s = b_->Do(&to_b, *req, &part);
    if (s.ok())
      s = b_->Other(&to_b_again, *req, &part);
    if (s.ok())
      // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:15: note: waits on chain.C: 'AImpl::Do' calls chain.C/Do
      s = c_->Do(&to_c, *req, &part);
    if (s.ok())
      s = AskD(*req, &part);
    if (s.ok())
      s = self_->Other(&to_self, *req, resp);
    return s;
  }

  grpc::Status Other(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    resp->set_id(req->id());
    return grpc::Status::OK;
  }

private:
  std::unique_ptr<chain::A::Stub> self_;
  std::unique_ptr<chain::B::Stub> b_;
  std::unique_ptr<chain::C::Stub> c_;
};

grpc::Status AskD(const chain::Req& req, chain::Resp* resp) {
  static std::unique_ptr<chain::D::Stub> d =
      chain::D::NewStub(grpc::CreateChannel("d:50051", grpc::InsecureChannelCredentials()));
  grpc::ClientContext ctx;
  ctx.set_deadline(Soon());
  // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:13: note: waits on chain.D: 'AskD' calls chain.D/Do
  return d->Do(&ctx, req, resp);
}

//--- services/b/b.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

class BImpl final : public chain::B::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext to_e, to_f;
    to_e.set_deadline(Soon());
    to_f.set_deadline(Soon());
    // CHECK-NEXT: services/b/b.cpp:[[@LINE+1]]:26: note: waits on chain.E: 'BImpl::Do' calls chain.E/Do
    grpc::Status s = e_->Do(&to_e, *req, resp);
    if (!s.ok())
      return s;
    // CHECK-NEXT: services/b/b.cpp:[[@LINE+1]]:16: note: waits on chain.F: 'BImpl::Do' calls chain.F/Do
    return f_->Do(&to_f, *req, resp);
  }

  grpc::Status Other(grpc::ServerContext*, const chain::Req*, chain::Resp*) override {
    return grpc::Status::OK;
  }

private:
  std::unique_ptr<chain::E::Stub> e_;
  std::unique_ptr<chain::F::Stub> f_;
};
