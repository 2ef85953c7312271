// Handlers of generated Thrift services: a class implementing `XIf`
// (directly, through a project base class, as the handler of an extended
// service) serves each function it overrides. Constructors, helpers,
// factories (`XIfFactory`) and the processor set-up are not entry points,
// and a handler that calls another service is a handler and a client.
// RUN: rm -rf %t && mkdir -p %t/proj/services/orders %t/gen-cpp %t/gen-t && cp %s %t/proj/services/orders/server.cpp
// RUN: thrift --gen cpp -out %t/gen-cpp %S/Inputs/orders.thrift
// RUN: thrift --gen cpp:templates -out %t/gen-t %S/Inputs/stock.thrift
// RUN: %clangxx -fsyntax-only -std=c++17 -I%t/gen-cpp -I%t/gen-t %s
// RUN: %make-compdb %t/proj --gen %t/gen-cpp --gen %t/gen-t
// RUN: %msglint extract -p %t/proj/build --root %t/proj %t/proj/services/orders/server.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json | FileCheck %s --implicit-check-not=site --implicit-check-not=entry

#include "AdminOrders.h"
#include "Orders.h"
#include "Stock.h"

#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/server/TSimpleServer.h>
#include <thrift/transport/TBufferTransports.h>
#include <thrift/transport/TServerSocket.h>

#include <cstdint>
#include <memory>
#include <vector>

using namespace acme::orders;

// CHECK-DAG: entry OrdersHandler::get call acme.orders.Orders/get
// CHECK-DAG: entry OrdersHandler::place call acme.orders.Orders/place
// CHECK-DAG: entry OrdersHandler::cancel call acme.orders.Orders/cancel
// CHECK-DAG: entry OrdersHandler::touch call acme.orders.Orders/touch
// CHECK-DAG: entry OrdersHandler::list_all call acme.orders.Orders/list_all
class OrdersHandler : virtual public OrdersIf {
public:
  explicit OrdersHandler(std::shared_ptr<StockClient> stock) : stock(std::move(stock)) {}
  void get(Order &_return, const int64_t id) override { _return.id = id; }
  int64_t place(const Order &order) override {
    // CHECK-DAG: site [[@LINE+1]]:16 call Stock/level style=sync blocking=true result=used deadline=n/a in OrdersHandler::place
    if (stock->level(order.sku) <= 0)
      return -1;
    return nextId();
  }
  // The skeleton the Thrift compiler writes has no `override`.
  void cancel(const int64_t id) { (void)id; }
  void touch(const int64_t) override {}
  void list_all(std::vector<Order> &_return) override { _return.clear(); }

private:
  int64_t nextId() { return ++last; }
  std::shared_ptr<StockClient> stock;
  int64_t last = 0;
};

// An extended service's handler: the inherited functions are still the
// base service's.
// CHECK-DAG: entry AdminHandler::purge call acme.orders.AdminOrders/purge
// CHECK-DAG: entry AdminHandler::cancel call acme.orders.Orders/cancel
class AdminHandler : public OrdersHandler, virtual public AdminOrdersIf {
public:
  using OrdersHandler::OrdersHandler;
  bool purge(const int64_t before) override { return before > 0; }
  void cancel(const int64_t id) override { OrdersHandler::cancel(id); }
};

// Through a project base class; a service with no `namespace cpp`.
class StockBase : virtual public StockIf {
protected:
  virtual void audit() {}
};
// CHECK-DAG: entry StockHandler::level call Stock/level
// CHECK-DAG: entry StockHandler::restock call Stock/restock
class StockHandler : public StockBase {
  void audit() override {}
  int32_t level(const std::string &sku) override { return sku.empty() ? 0 : 1; }
  void restock(const std::string &, const int32_t) override {}
};

// A factory hands out handlers; it serves nothing itself.
class StockFactory : public StockIfFactory {
public:
  StockIf *getHandler(const apache::thrift::TConnectionInfo &) override { return new StockHandler; }
  void releaseHandler(StockIf *handler) override { delete handler; }
};

int main() {
  using namespace apache::thrift;
  auto handler = std::make_shared<AdminHandler>(nullptr);
  auto processor = std::make_shared<AdminOrdersProcessor>(handler);
  server::TSimpleServer server(processor, std::make_shared<transport::TServerSocket>(9090),
                               std::make_shared<transport::TBufferedTransportFactory>(),
                               std::make_shared<protocol::TBinaryProtocolFactory>());
  server.serve();
  return 0;
}

// CHECK: errors 0
