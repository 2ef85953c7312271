// A context that other code creates or configures, in ways the calling
// function cannot show, may well have a deadline: like a context handed to a
// helper (quiet.cpp), msglint cannot know, so it must not report.
// - a factory that returns a configured context (MakeContext), the usual
//   way a code base applies its default timeout;
// - an RAII guard that sets the deadline in its constructor (ScopedDeadline).
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt
// RUN: count 0 < %t/out.txt

//--- .msglint.yaml
checks: '-*,call-without-deadline'

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <chrono>
#include <memory>

// Defined in another library; sets the default deadline.
std::unique_ptr<grpc::ClientContext> MakeContext();

class ScopedDeadline {
public:
  ScopedDeadline(grpc::ClientContext& ctx, std::chrono::milliseconds timeout);
};

grpc::Status FromFactory(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  std::unique_ptr<grpc::ClientContext> ctx = MakeContext();
  return b.Do(ctx.get(), req, resp);
}

grpc::Status WithGuard(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  ScopedDeadline deadline(ctx, std::chrono::milliseconds(300));
  return b.Do(&ctx, req, resp);
}
