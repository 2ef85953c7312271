// sync-fan-out's option MaxServices and its severity, from .msglint.yaml at
// the project root. a's handler waits on three services that are not in the
// scan: chain.B, chain.C, chain.D.
//   MaxServices 2:                  fires, a warning;
//   MaxServices 3:                  silent, exit 0 (the limit is inclusive);
//   MaxServices 2, severity error:  an error, failing even `--fail-on error`;
//   MaxServices 2, severity note:   printed as a note, and exit 0 (below the
//                                   default failing level, warning);
//   checks '-*,sync-*,-sync-fan-out': the rule is off (globs in order, as in
//                                   clang-tidy: the last match decides);
//   a bad value, a bad severity:    usage errors naming the file.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
//
// RUN: cp %t/configs/max2.yaml %t/.msglint.yaml
// RUN: not %msglint check -p %t/build --root %t > %t/max2.txt
// RUN: FileCheck %s --check-prefix=MAX2 --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=error: < %t/max2.txt
//
// RUN: cp %t/configs/max3.yaml %t/.msglint.yaml
// RUN: %msglint check -p %t/build --root %t > %t/max3.txt
// RUN: count 0 < %t/max3.txt
//
// RUN: cp %t/configs/error.yaml %t/.msglint.yaml
// RUN: not %msglint check -p %t/build --root %t --fail-on error > %t/error.txt
// RUN: FileCheck %s --check-prefix=ERROR --implicit-check-not=warning: --implicit-check-not=error: < %t/error.txt
//
// RUN: cp %t/configs/note.yaml %t/.msglint.yaml
// RUN: %msglint check -p %t/build --root %t > %t/note.txt
// RUN: FileCheck %s --check-prefix=NOTE --implicit-check-not=warning: --implicit-check-not=error: < %t/note.txt
//
// RUN: cp %t/configs/off.yaml %t/.msglint.yaml
// RUN: %msglint check -p %t/build --root %t > %t/off.txt
// RUN: count 0 < %t/off.txt
//
// RUN: cp %t/configs/bad-value.yaml %t/.msglint.yaml
// RUN: not %msglint check -p %t/build --root %t > %t/bad-value.txt 2>&1
// RUN: FileCheck %s --check-prefix=BAD-VALUE < %t/bad-value.txt
// BAD-VALUE: .msglint.yaml:{{[0-9]+:[0-9]+}}: rule 'sync-fan-out': option 'MaxServices' must be a non-negative integer, not 'many'
//
// RUN: cp %t/configs/bad-severity.yaml %t/.msglint.yaml
// RUN: not %msglint check -p %t/build --root %t > %t/bad-severity.txt 2>&1
// RUN: FileCheck %s --check-prefix=BAD-SEVERITY < %t/bad-severity.txt
// BAD-SEVERITY: .msglint.yaml:{{[0-9]+:[0-9]+}}: rule 'sync-fan-out': severity must be note, warning or error, not 'fatal'

//--- configs/max2.yaml
rules:
  sync-fan-out:
    MaxServices: 2
//--- configs/max3.yaml
rules:
  sync-fan-out:
    MaxServices: 3
//--- configs/error.yaml
rules:
  sync-fan-out:
    MaxServices: 2
    severity: error
//--- configs/note.yaml
rules:
  sync-fan-out:
    MaxServices: 2
    severity: note
//--- configs/off.yaml
checks: '-*,sync-*,-sync-fan-out'
rules:
  sync-fan-out:
    MaxServices: 2
//--- configs/bad-value.yaml
rules:
  sync-fan-out:
    MaxServices: many
//--- configs/bad-severity.yaml
rules:
  sync-fan-out:
    severity: fatal

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <chrono>
#include <memory>

class AImpl final : public chain::A::Service {
public:
  // MAX2: services/a/a.cpp:[[@LINE+3]]:16: warning: 'AImpl::Do' (chain.A/Do) waits on 3 services (chain.B, chain.C, chain.D); at most 2 are allowed: call directly only what the answer depends on, and hand the rest to jobs or events [sync-fan-out]
  // ERROR: services/a/a.cpp:[[@LINE+2]]:16: error: 'AImpl::Do' (chain.A/Do) waits on 3 services (chain.B, chain.C, chain.D); at most 2 are allowed
  // NOTE: services/a/a.cpp:[[@LINE+1]]:16: note: 'AImpl::Do' (chain.A/Do) waits on 3 services (chain.B, chain.C, chain.D); at most 2 are allowed
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    auto deadline = std::chrono::system_clock::now() + std::chrono::seconds(1);
    grpc::ClientContext to_b, to_c, to_d;
    to_b.set_deadline(deadline);
    to_c.set_deadline(deadline);
    to_d.set_deadline(deadline);
    // MAX2-NEXT: services/a/a.cpp:[[@LINE+1]]:26: note: waits on chain.B: 'AImpl::Do' calls chain.B/Do
    grpc::Status s = b_->Do(&to_b, *req, resp);
    if (s.ok())
      // MAX2-NEXT: services/a/a.cpp:[[@LINE+1]]:15: note: waits on chain.C: 'AImpl::Do' calls chain.C/Do
      s = c_->Do(&to_c, *req, resp);
    if (s.ok())
      // MAX2-NEXT: services/a/a.cpp:[[@LINE+1]]:15: note: waits on chain.D: 'AImpl::Do' calls chain.D/Do
      s = d_->Do(&to_d, *req, resp);
    return s;
  }

private:
  std::unique_ptr<chain::B::Stub> b_;
  std::unique_ptr<chain::C::Stub> c_;
  std::unique_ptr<chain::D::Stub> d_;
};
