// sync-cycle has no option but its severity, error by default. One service
// that calls itself (it serves chain.A and chain.B; A/Do calls B/Do):
//   default:              an error, which fails even `--fail-on error`;
//   severity warning:     a warning, so `--fail-on error` passes (exit 0)
//                         while the default `--fail-on warning` still fails;
//   checks '*,-sync-cycle': off;
//   an option it does not have: a usage error (exit 2) naming the file.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
//
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t --fail-on error > %t/default.txt
// RUN: FileCheck %s --check-prefix=DEFAULT --implicit-check-not=warning: --implicit-check-not=error: < %t/default.txt
//
// RUN: cp %t/configs/warning.yaml %t/.msglint.yaml
// RUN: %expect-exit 0 %msglint check -p %t/build --root %t --fail-on error > %t/warning.txt
// RUN: FileCheck %s --check-prefix=WARNING --implicit-check-not=warning: --implicit-check-not=error: < %t/warning.txt
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t > %t/warning-default.txt
// RUN: FileCheck %s --check-prefix=WARNING --implicit-check-not=warning: --implicit-check-not=error: < %t/warning-default.txt
//
// RUN: cp %t/configs/off.yaml %t/.msglint.yaml
// RUN: %expect-exit 0 %msglint check -p %t/build --root %t > %t/off.txt
// RUN: count 0 < %t/off.txt
//
// RUN: cp %t/configs/no-such-option.yaml %t/.msglint.yaml
// RUN: %expect-exit 2 %msglint check -p %t/build --root %t > %t/no-such-option.txt 2>&1
// RUN: FileCheck %s --check-prefix=NO-SUCH-OPTION < %t/no-such-option.txt
// NO-SUCH-OPTION: .msglint.yaml:{{[0-9]+:[0-9]+}}: rule 'sync-cycle' has no option 'MaxLength' (it takes none besides severity)

//--- configs/warning.yaml
rules:
  sync-cycle:
    severity: warning
//--- configs/off.yaml
checks: '*,-sync-cycle'
//--- configs/no-such-option.yaml
rules:
  sync-cycle:
    MaxLength: 2

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <chrono>
#include <memory>

class AImpl final : public chain::A::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
    // DEFAULT: services/a/a.cpp:[[@LINE+2]]:16: error: service a calls itself synchronously; a request can end up waiting on itself: do the work in-process, or hand it to a job [sync-cycle]
    // WARNING: services/a/a.cpp:[[@LINE+1]]:16: warning: service a calls itself synchronously; a request can end up waiting on itself: do the work in-process, or hand it to a job [sync-cycle]
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
