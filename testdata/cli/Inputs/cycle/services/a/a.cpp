// a -> b -> c -> a, a chain, a cycle and a loop: enough findings, notes
// and graph edges for the determinism test to compare.
#include "chain.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <vector>

class AImpl : public chain::A::Service {
  std::unique_ptr<chain::B::Stub> b;
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    std::vector<int> items(3);
    for (int item : items) {
      grpc::ClientContext ctx;
      (void)item;
      b->Do(&ctx, *req, resp);
    }
    return grpc::Status::OK;
  }
};
