// One service with exactly one finding: a call without a deadline.
#include "chain.grpc.pb.h"

#include <grpcpp/grpcpp.h>

class AImpl : public chain::A::Service {
  std::unique_ptr<chain::B::Stub> b;
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx;
    return b->Do(&ctx, *req, resp);
  }
};
