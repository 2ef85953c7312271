// A chain that comes back round a cycle stops where it would repeat, and
// every entry point on the cycle is judged the same way from its own start.
//
//   a --B/Do--> b --C/Do--> c --A/Do--> a
//
// From a's handler: a->b (1), b->c (2), c->a (3); the next hop, a->b, would
// repeat hop 1, so the chain is 3 hops long: a -> b -> c -> a. The same holds,
// by symmetry, for b's and for c's handler. With MaxDepth 2 all three fire
// with exactly 3 hops; none may report a hop twice, and none may be shorter
// because another entry point's walk was computed first.
// Only sync-chain-depth runs (checks:), sync-cycle has its own tests.
//
// Each finding's notes go round the cycle, so they point back into files
// above them: one FileCheck pass per finding (prefixes FROM-A, FROM-B, FROM-C); a pass
// captures, on an earlier finding's note, the line of a call site it needs.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp %t/services/b/b.cpp \
// RUN:   %t/services/c/c.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --check-prefix=FROM-A < %t/out.txt
// RUN: FileCheck %s --check-prefix=FROM-B < %t/out.txt
// RUN: FileCheck %s --check-prefix=FROM-C < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 3 findings in 3 translation units of 3 services{{$}}

//--- .msglint.yaml
checks: '-*,sync-chain-depth'
rules:
  sync-chain-depth:
    MaxDepth: 2

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
  // FROM-A: services/a/a.cpp:[[@LINE+1]]:16: warning: 'AImpl::Do' (chain.A/Do) waits on a chain of synchronous calls across 3 services: a -> b -> c -> a; at most 2 are allowed
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // FROM-A-NEXT: services/a/a.cpp:[[@LINE+3]]:16: note: hop 1: 'AImpl::Do' calls chain.B/Do (b)
    // FROM-B: services/a/a.cpp:[[#A_CALL:@LINE+2]]:16: note: hop 1: 'AImpl::Do' calls chain.B/Do (b)
    // FROM-C: services/a/a.cpp:[[#A_CALL:@LINE+1]]:16: note: hop 1: 'AImpl::Do' calls chain.B/Do (b)
    return b_->Do(&ctx, *req, resp);
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
  // FROM-B: services/b/b.cpp:[[@LINE+1]]:16: warning: 'BImpl::Do' (chain.B/Do) waits on a chain of synchronous calls across 3 services: b -> c -> a -> b; at most 2 are allowed
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // FROM-A-NEXT: services/b/b.cpp:[[@LINE+3]]:16: note: hop 2: 'BImpl::Do' calls chain.C/Do (c)
    // FROM-B-NEXT: services/b/b.cpp:[[@LINE+2]]:16: note: hop 1: 'BImpl::Do' calls chain.C/Do (c)
    // FROM-C: services/b/b.cpp:[[#B_CALL:@LINE+1]]:16: note: hop 2: 'BImpl::Do' calls chain.C/Do (c)
    return c_->Do(&ctx, *req, resp);
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
  // FROM-C: services/c/c.cpp:[[@LINE+1]]:16: warning: 'CImpl::Do' (chain.C/Do) waits on a chain of synchronous calls across 3 services: c -> a -> b -> c; at most 2 are allowed
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // FROM-A-NEXT: services/c/c.cpp:[[@LINE+3]]:16: note: hop 3: 'CImpl::Do' calls chain.A/Do (a)
    // FROM-B-NEXT: services/c/c.cpp:[[@LINE+2]]:16: note: hop 2: 'CImpl::Do' calls chain.A/Do (a)
    // FROM-C-NEXT: services/c/c.cpp:[[@LINE+1]]:16: note: hop 1: 'CImpl::Do' calls chain.A/Do (a)
    return a_->Do(&ctx, *req, resp);
  }

private:
  std::unique_ptr<chain::A::Stub> a_;
};

// The ends of the three findings: after its third hop, each chain stops.
// FROM-A-NEXT: services/b/b.cpp:{{[0-9]+}}:16: warning: 'BImpl::Do'
// FROM-B-NEXT: services/a/a.cpp:[[#A_CALL]]:16: note: hop 3: 'AImpl::Do' calls chain.B/Do (b)
// FROM-B-NEXT: services/c/c.cpp:{{[0-9]+}}:16: warning: 'CImpl::Do'
// FROM-C-NEXT: services/a/a.cpp:[[#A_CALL]]:16: note: hop 2: 'AImpl::Do' calls chain.B/Do (b)
// FROM-C-NEXT: services/b/b.cpp:[[#B_CALL]]:16: note: hop 3: 'BImpl::Do' calls chain.C/Do (c)
// FROM-C-NOT: {{.}}
