// sync-fan-out counts distinct services per entry point, and nothing else.
// Nothing here fires; each case is what a cruder count would flag:
//
// - AImpl::Do waits on exactly 4 services: b, chain.C, chain.D, and chain.E
//   through b. It makes 7 calls to 6 endpoints: b's two endpoints count as
//   one service, chain.C called from two places counts once, and a's own
//   endpoint A/Other does not count (a per-call-site, per-endpoint or
//   own-service-included count would say 7, 6 or 5);
// - a also serves chain.F: FImpl::Do waits on chain.G, chain.C, chain.D. Over
//   both handlers a waits on 5 services, but each entry point is judged on
//   its own (at most 4 each);
// - Warmup() calls 5 services at start-up, but it is not an entry point: no
//   request waits on it.
// (a calling its own endpoint is a sync-cycle; that rule is off here.)
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp %t/services/b/b.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: count 0 < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 0 findings in 2 translation units of 2 services{{$}}

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

struct Clients {
  std::unique_ptr<chain::A::Stub> self;
  std::unique_ptr<chain::B::Stub> b;
  std::unique_ptr<chain::C::Stub> c;
  std::unique_ptr<chain::C::Stub> c_replica;
  std::unique_ptr<chain::D::Stub> d;
  std::unique_ptr<chain::E::Stub> e;
  std::unique_ptr<chain::G::Stub> g;
};

grpc::Status AskC(Clients& clients, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  ctx.set_deadline(Soon());
  return clients.c_replica->Do(&ctx, req, resp);
}

class AImpl final : public chain::A::Service {
public:
  explicit AImpl(Clients& clients) : clients_(clients) {}

  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext c1, c2, c3, c4, c5;
    c1.set_deadline(Soon());
    c2.set_deadline(Soon());
    c3.set_deadline(Soon());
    c4.set_deadline(Soon());
    c5.set_deadline(Soon());
    chain::Resp part;
    grpc::Status s = clients_.b->Do(&c1, *req, &part);
    if (s.ok())
      s = clients_.b->Other(&c2, *req, &part);
    if (s.ok())
      s = clients_.c->Do(&c3, *req, &part);
    if (s.ok())
      s = AskC(clients_, *req, &part);
    if (s.ok())
      s = clients_.d->Do(&c4, *req, &part);
    if (s.ok())
      s = clients_.self->Other(&c5, *req, resp);
    return s;
  }

  grpc::Status Other(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    resp->set_id(req->id());
    return grpc::Status::OK;
  }

private:
  Clients& clients_;
};

class FImpl final : public chain::F::Service {
public:
  explicit FImpl(Clients& clients) : clients_(clients) {}

  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext to_g, to_d;
    to_g.set_deadline(Soon());
    to_d.set_deadline(Soon());
    grpc::Status s = clients_.g->Do(&to_g, *req, resp);
    if (s.ok())
      s = AskC(clients_, *req, resp);
    if (s.ok())
      s = clients_.d->Do(&to_d, *req, resp);
    return s;
  }

private:
  Clients& clients_;
};

// Start-up code: not an entry point.
bool Warmup(Clients& clients) {
  chain::Req req;
  chain::Resp resp;
  grpc::ClientContext c1, c2, c3, c4;
  c1.set_deadline(Soon());
  c2.set_deadline(Soon());
  c3.set_deadline(Soon());
  c4.set_deadline(Soon());
  return clients.b->Do(&c1, req, &resp).ok() && AskC(clients, req, &resp).ok() &&
         clients.d->Do(&c2, req, &resp).ok() && clients.e->Do(&c3, req, &resp).ok() &&
         clients.g->Do(&c4, req, &resp).ok();
}

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
    return e_->Do(&ctx, *req, resp);
  }

  grpc::Status Other(grpc::ServerContext*, const chain::Req*, chain::Resp*) override {
    return grpc::Status::OK;
  }

private:
  std::unique_ptr<chain::E::Stub> e_;
};
