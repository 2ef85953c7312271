// orders: implements chain.A/Do, calls loyalty (chain.B/Do) with no
// deadline, publishes order.confirmed, enqueues an email, and names an
// event and a queue in HTML: the page must show them as text. "<!--<script>"
// unescaped in a <script> would make the browser read past its end.
#include "bus/bus.h"
#include "chain.grpc.pb.h"

#include <grpcpp/grpcpp.h>

class OrdersImpl : public chain::A::Service {
  std::unique_ptr<chain::B::Stub> loyalty;
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx;
    grpc::Status status = loyalty->Do(&ctx, *req, resp);
    if (!status.ok())
      return status;
    bus::publish("order.confirmed", req->id());
    bus::enqueue("email", req->id());
    bus::publish("<script>alert(1)</script>", "{}");
    bus::enqueue("<!--<script>", "{}");
    return grpc::Status::OK;
  }
};
