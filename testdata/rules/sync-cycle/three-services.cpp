// A cycle through three services, with a chord:
//
//   e --F/Do--> f --G/Do--> g --E/Do--> e,   and  g --F/Do--> f
//
// e, f and g form one strongly connected group (which holds two cycles,
// e->f->g->e and f->g->f): one finding for the group, not one per cycle,
// at e's call to f, naming a shortest cycle through e, with a note for each
// of its edges.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/e/e.cpp %t/services/f/f.cpp \
// RUN:   %t/services/g/g.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 1 finding in 3 translation units of 3 services{{$}}

//--- common/soon.h
#pragma once
#include <chrono>
inline std::chrono::system_clock::time_point Soon() {
  return std::chrono::system_clock::now() + std::chrono::seconds(1);
}

//--- services/e/e.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

class EImpl final : public chain::E::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK: services/e/e.cpp:[[@LINE+2]]:16: error: services call each other synchronously in a cycle: e -> f -> g -> e; a request can end up waiting on itself and failures travel round the loop: break it with a job or an event [sync-cycle]
    // CHECK-NEXT: services/e/e.cpp:[[@LINE+1]]:16: note: e calls f: 'EImpl::Do' calls chain.F/Do
    return f_->Do(&ctx, *req, resp);
  }

private:
  std::unique_ptr<chain::F::Stub> f_;
};

//--- services/f/f.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

class FImpl final : public chain::F::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK-NEXT: services/f/f.cpp:[[@LINE+1]]:16: note: f calls g: 'FImpl::Do' calls chain.G/Do
    return g_->Do(&ctx, *req, resp);
  }

private:
  std::unique_ptr<chain::G::Stub> g_;
};

//--- services/g/g.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

class GImpl final : public chain::G::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext to_f, to_e;
    to_f.set_deadline(Soon());
    to_e.set_deadline(Soon());
    chain::Resp part;
    grpc::Status s = f_->Do(&to_f, *req, &part);
    if (!s.ok())
      return s;
    // CHECK-NEXT: services/g/g.cpp:[[@LINE+1]]:16: note: g calls e: 'GImpl::Do' calls chain.E/Do
    return e_->Do(&to_e, *req, resp);
  }

private:
  std::unique_ptr<chain::E::Stub> e_;
  std::unique_ptr<chain::F::Stub> f_;
};
