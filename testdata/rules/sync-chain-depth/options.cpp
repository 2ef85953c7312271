// sync-chain-depth's option MaxDepth and its severity, from .msglint.yaml at
// the project root, on a two-hop chain:  a --B/Do--> b --C/Do--> (chain.C,
// not in the scan).
//   MaxDepth 1:                 a fires (2 hops), b does not (1 hop);
//   MaxDepth 2:                 silent, exit 0 (the limit is inclusive);
//   MaxDepth 1, severity error: the same finding as an error, which fails
//                               even `--fail-on error`;
//   checks '*,-sync-chain-depth': the rule is off, silent;
//   a bad value or a misspelt option: a usage error naming the file, before
//   any analysis.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp %t/services/b/b.cpp
//
// RUN: cp %t/configs/max1.yaml %t/.msglint.yaml
// RUN: not %msglint check -p %t/build --root %t > %t/max1.txt
// RUN: FileCheck %s --check-prefix=MAX1 --implicit-check-not=warning: --implicit-check-not=error: < %t/max1.txt
//
// RUN: cp %t/configs/max2.yaml %t/.msglint.yaml
// RUN: %msglint check -p %t/build --root %t > %t/max2.txt
// RUN: count 0 < %t/max2.txt
//
// RUN: cp %t/configs/error.yaml %t/.msglint.yaml
// RUN: not %msglint check -p %t/build --root %t --fail-on error > %t/error.txt
// RUN: FileCheck %s --check-prefix=ERROR --implicit-check-not=warning: --implicit-check-not=error: < %t/error.txt
//
// RUN: cp %t/configs/off.yaml %t/.msglint.yaml
// RUN: %msglint check -p %t/build --root %t > %t/off.txt
// RUN: count 0 < %t/off.txt
//
// RUN: cp %t/configs/negative.yaml %t/.msglint.yaml
// RUN: not %msglint check -p %t/build --root %t > %t/negative.txt 2>&1
// RUN: FileCheck %s --check-prefix=NEGATIVE < %t/negative.txt
// NEGATIVE: .msglint.yaml:{{[0-9]+:[0-9]+}}: rule 'sync-chain-depth': option 'MaxDepth' must be a non-negative integer, not '-1'
//
// RUN: cp %t/configs/misspelt.yaml %t/.msglint.yaml
// RUN: not %msglint check -p %t/build --root %t > %t/misspelt.txt 2>&1
// RUN: FileCheck %s --check-prefix=MISSPELT < %t/misspelt.txt
// MISSPELT: .msglint.yaml:{{[0-9]+:[0-9]+}}: rule 'sync-chain-depth' has no option 'MaxHops' (options: severity, MaxDepth)

//--- configs/max1.yaml
rules:
  sync-chain-depth:
    MaxDepth: 1
//--- configs/max2.yaml
rules:
  sync-chain-depth:
    MaxDepth: 2
//--- configs/error.yaml
rules:
  sync-chain-depth:
    MaxDepth: 1
    severity: error
//--- configs/off.yaml
checks: '*,-sync-chain-depth'
rules:
  sync-chain-depth:
    MaxDepth: 1
//--- configs/negative.yaml
rules:
  sync-chain-depth:
    MaxDepth: -1
//--- configs/misspelt.yaml
rules:
  sync-chain-depth:
    MaxHops: 2

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
  // MAX1: services/a/a.cpp:[[@LINE+2]]:16: warning: 'AImpl::Do' (chain.A/Do) waits on a chain of synchronous calls across 2 services: a -> b -> chain.C; at most 1 are allowed: let the later steps happen through a job or an event [sync-chain-depth]
  // ERROR: services/a/a.cpp:[[@LINE+1]]:16: error: 'AImpl::Do' (chain.A/Do) waits on a chain of synchronous calls across 2 services: a -> b -> chain.C; at most 1 are allowed: let the later steps happen through a job or an event [sync-chain-depth]
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // MAX1-NEXT: services/a/a.cpp:[[@LINE+2]]:16: note: hop 1: 'AImpl::Do' calls chain.B/Do (b)
    // ERROR-NEXT: services/a/a.cpp:[[@LINE+1]]:16: note: hop 1: 'AImpl::Do' calls chain.B/Do (b)
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
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // MAX1-NEXT: services/b/b.cpp:[[@LINE+2]]:16: note: hop 2: 'BImpl::Do' calls chain.C/Do (not implemented in the scanned code)
    // ERROR-NEXT: services/b/b.cpp:[[@LINE+1]]:16: note: hop 2: 'BImpl::Do' calls chain.C/Do (not implemented in the scanned code)
    return c_->Do(&ctx, *req, resp);
  }

private:
  std::unique_ptr<chain::C::Stub> c_;
};
