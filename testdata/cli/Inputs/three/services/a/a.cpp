#include "common/client.h"

class AImpl : public chain::A::Service {
  std::unique_ptr<chain::C::Stub> c;
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    askC(*c, *req, resp);
    return grpc::Status::OK;
  }
};
