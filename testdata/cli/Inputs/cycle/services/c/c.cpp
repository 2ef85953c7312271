#include "chain.grpc.pb.h"

#include <grpcpp/grpcpp.h>

class CImpl : public chain::C::Service {
  std::unique_ptr<chain::A::Stub> a;
  std::unique_ptr<chain::D::Stub> d;
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx, ctx2;
    if (!d->Do(&ctx2, *req, resp).ok())
      return grpc::Status::CANCELLED;
    return a->Do(&ctx, *req, resp);
  }
};
