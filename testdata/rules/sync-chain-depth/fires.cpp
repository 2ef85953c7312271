// sync-chain-depth with its default MaxDepth (3), on the plainest shape:
// five services in a row, each handler calling the next one directly.
//
//   a --A/Do--> b --B/Do--> c --C/Do--> d --D/Do--> e
//
// - a's handler waits on 4 hops (a->b->c->d->e): one more than allowed, so it
//   fires at the name of a's handler, with one note per hop at its call site;
// - b's handler waits on exactly 3 hops: allowed, silent (every entry point is
//   judged on its own chain, not on the chain it sits in);
// - a's second endpoint, A/Other, calls B/Other, which calls nobody: 1 hop.
//   A rule that measured the service graph (a->b->c->d->e) instead of the
//   endpoint chain would flag it too.
// The code is otherwise clean (deadlines set, statuses returned) so that no
// other rule speaks: --implicit-check-not keeps every other line out.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp %t/services/b/b.cpp \
// RUN:   %t/services/c/c.cpp %t/services/d/d.cpp %t/services/e/e.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 1 finding in 5 translation units of 5 services{{$}}

//--- common/soon.h
#pragma once
#include <chrono>
// A deadline one second from now.
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
  explicit AImpl(std::shared_ptr<grpc::Channel> ch) : b_(chain::B::NewStub(ch)) {}

  // CHECK: services/a/a.cpp:[[@LINE+1]]:16: warning: 'AImpl::Do' (chain.A/Do) waits on a chain of synchronous calls across 4 services: a -> b -> c -> d -> e; at most 3 are allowed: let the later steps happen through a job or an event [sync-chain-depth]
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:16: note: hop 1: 'AImpl::Do' calls chain.B/Do (b)
    return b_->Do(&ctx, *req, resp);
  }

  // Only one hop: B/Other calls nobody.
  grpc::Status Other(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    return b_->Other(&ctx, *req, resp);
  }

private:
  std::unique_ptr<chain::B::Stub> b_;
};

//--- services/b/b.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

// Three hops (b->c->d->e): exactly MaxDepth, allowed.
class BImpl final : public chain::B::Service {
public:
  explicit BImpl(std::shared_ptr<grpc::Channel> ch) : c_(chain::C::NewStub(ch)) {}

  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK-NEXT: services/b/b.cpp:[[@LINE+1]]:16: note: hop 2: 'BImpl::Do' calls chain.C/Do (c)
    return c_->Do(&ctx, *req, resp);
  }

  grpc::Status Other(grpc::ServerContext*, const chain::Req*, chain::Resp*) override {
    return grpc::Status::OK;
  }

private:
  std::unique_ptr<chain::C::Stub> c_;
};

//--- services/c/c.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

class CImpl final : public chain::C::Service {
public:
  explicit CImpl(std::shared_ptr<grpc::Channel> ch) : d_(chain::D::NewStub(ch)) {}

  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK-NEXT: services/c/c.cpp:[[@LINE+1]]:16: note: hop 3: 'CImpl::Do' calls chain.D/Do (d)
    return d_->Do(&ctx, *req, resp);
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
  explicit DImpl(std::shared_ptr<grpc::Channel> ch) : e_(chain::E::NewStub(ch)) {}

  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK-NEXT: services/d/d.cpp:[[@LINE+1]]:16: note: hop 4: 'DImpl::Do' calls chain.E/Do (e)
    return e_->Do(&ctx, *req, resp);
  }

private:
  std::unique_ptr<chain::E::Stub> e_;
};

//--- services/e/e.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

// The end of the line: answers from what it has.
class EImpl final : public chain::E::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    resp->set_id(req->id());
    return grpc::Status::OK;
  }
};
