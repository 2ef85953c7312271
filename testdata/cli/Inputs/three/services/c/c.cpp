#include "chain.grpc.pb.h"

#include <grpcpp/grpcpp.h>

class CImpl : public chain::C::Service {
  grpc::Status Do(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    return grpc::Status::OK;
  }
};
