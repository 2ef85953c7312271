// loyalty: implements chain.B/Do and consumes order.confirmed.
#include "bus/bus.h"
#include "chain.grpc.pb.h"

#include <grpcpp/grpcpp.h>

class LoyaltyImpl : public chain::B::Service {
  grpc::Status Do(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    return grpc::Status::OK;
  }
};

int main() {
  bus::subscribe("order.confirmed", [](std::string_view event) { (void)event; });
}
