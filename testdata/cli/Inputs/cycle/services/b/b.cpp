#include "chain.grpc.pb.h"

#include <grpcpp/grpcpp.h>

class BImpl : public chain::B::Service {
  std::unique_ptr<chain::C::Stub> c;
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx;
    return c->Do(&ctx, *req, resp);
  }
};
