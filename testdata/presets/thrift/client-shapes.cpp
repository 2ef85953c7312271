// Every way a client calls a Thrift service through the code the Thrift
// compiler generates: the Client and ConcurrentClient, by value, pointer,
// reference and smart pointer; results returned or through `_return`;
// void and oneway functions; send_X/recv_X; a service that extends
// another; the `templates` form; calls in a loop; and calls that are not
// remote (the generated Null class, the interface, protocol accessors).
// RUN: rm -rf %t && mkdir -p %t/proj/services/checkout && cp %s %t/proj/services/checkout/main.cpp
// RUN: mkdir -p %t/gen-cpp && thrift --gen cpp -out %t/gen-cpp %S/Inputs/orders.thrift
// RUN: mkdir -p %t/gen-t && thrift --gen cpp:templates -out %t/gen-t %S/Inputs/stock.thrift
// RUN: %clangxx -fsyntax-only -std=c++17 -I%t/gen-cpp -I%t/gen-t %s
// RUN: %make-compdb %t/proj --gen %t/gen-cpp --gen %t/gen-t
// RUN: %msglint extract -p %t/proj/build --root %t/proj %t/proj/services/checkout/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json | FileCheck %s --implicit-check-not=site --implicit-check-not=entry

#include "AdminOrders.h"
#include "Orders.h"
#include "Stock.h"

#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/transport/TBufferTransports.h>
#include <thrift/transport/TSocket.h>

#include <cstdint>
#include <memory>
#include <vector>

using acme::orders::AdminOrdersClient;
using acme::orders::Order;
using acme::orders::OrdersClient;
using acme::orders::OrdersConcurrentClient;
using acme::orders::OrdersIf;
using acme::orders::OrdersNull;
using apache::thrift::protocol::TBinaryProtocol;
using apache::thrift::protocol::TProtocol;
using apache::thrift::transport::TBufferedTransport;
using apache::thrift::transport::TSocket;

std::shared_ptr<TProtocol> connect() {
  auto socket = std::make_shared<TSocket>("orders", 9090);
  auto transport = std::make_shared<TBufferedTransport>(socket);
  transport->open();
  return std::make_shared<TBinaryProtocol>(transport);
}

// A scalar result comes back as the return value.
int64_t placeOrder(OrdersClient &client, const Order &order) {
  // CHECK-DAG: site [[@LINE+1]]:17 call acme.orders.Orders/place style=sync blocking=true result=used deadline=n/a in placeOrder
  return client.place(order);
}

void shapes() {
  OrdersClient client(connect());
  Order order;
  // A struct result is written to `_return`: the call returns void.
  // CHECK-DAG: site [[@LINE+1]]:10 call acme.orders.Orders/get style=sync blocking=true result=used deadline=n/a in shapes
  client.get(order, 42);
  // CHECK-DAG: site [[@LINE+1]]:10 call acme.orders.Orders/place style=sync blocking=true result=discarded deadline=n/a in shapes
  client.place(order);
  // CHECK-DAG: site [[@LINE+1]]:10 call acme.orders.Orders/cancel style=sync blocking=true result=used deadline=n/a in shapes
  client.cancel(42);
  // CHECK-DAG: site [[@LINE+1]]:10 call acme.orders.Orders/touch style=oneway blocking=false result=used deadline=n/a in shapes
  client.touch(42);
  std::vector<Order> all;
  // CHECK-DAG: site [[@LINE+1]]:10 call acme.orders.Orders/list_all style=sync blocking=true result=used deadline=n/a in shapes
  client.list_all(all);
  // The split form: the site is the send, recv_X only completes it.
  // CHECK-DAG: site [[@LINE+1]]:10 call acme.orders.Orders/get style=send blocking=true result=used deadline=n/a in shapes
  client.send_get(7);
  client.recv_get(order);
  // CHECK-DAG: site [[@LINE+1]]:10 call acme.orders.Orders/touch style=oneway blocking=false result=used deadline=n/a in shapes
  client.send_touch(7);
  // Not calls of the service.
  client.getInputProtocol();
}

// Through pointers and the ConcurrentClient, whose send_X returns a seqid.
int64_t pointers(std::unique_ptr<OrdersConcurrentClient> &concurrent) {
  auto shared = std::make_shared<OrdersClient>(connect());
  Order order;
  // CHECK-DAG: site [[@LINE+1]]:11 call acme.orders.Orders/get style=sync blocking=true result=used deadline=n/a in pointers
  shared->get(order, 1);
  // CHECK-DAG: site [[@LINE+1]]:31 call acme.orders.Orders/get style=send blocking=true result=used deadline=n/a in pointers
  int32_t seqid = concurrent->send_get(2);
  concurrent->recv_get(order, seqid);
  // CHECK-DAG: site [[@LINE+1]]:28 call acme.orders.Orders/place style=sync blocking=true result=unchecked deadline=n/a in pointers
  int64_t id = concurrent->place(order);
  OrdersClient *raw = shared.get();
  // CHECK-DAG: site [[@LINE+1]]:15 call acme.orders.Orders/place style=sync blocking=true result=used deadline=n/a in pointers
  return raw->place(order);
}

// An extended service: inherited functions keep the name of the service
// that declares them, which is also what a handler of either implements.
bool admin() {
  AdminOrdersClient client(connect());
  Order order;
  // CHECK-DAG: site [[@LINE+1]]:10 call acme.orders.Orders/get style=sync blocking=true result=used deadline=n/a in admin
  client.get(order, 1);
  // CHECK-DAG: site [[@LINE+1]]:17 call acme.orders.AdminOrders/purge style=sync blocking=true result=used deadline=n/a in admin
  return client.purge(100);
}

// The `templates` form, for a service with no `namespace cpp`.
int32_t stock(StockClient &client, StockConcurrentClient &concurrent) {
  // CHECK-DAG: site [[@LINE+1]]:14 call Stock/restock style=oneway blocking=false result=used deadline=n/a in stock
  concurrent.restock("sku-1", 3);
  // CHECK-DAG: site [[@LINE+1]]:17 call Stock/level style=sync blocking=true result=used deadline=n/a in stock
  return client.level("sku-1");
}

// N+1: one call per id.
void loop(OrdersClient &client, const std::vector<int64_t> &ids) {
  for (int64_t id : ids) {
    Order order;
    // CHECK-DAG: site [[@LINE+1]]:12 call acme.orders.Orders/get style=sync blocking=true result=used deadline=n/a loop=[[@LINE-2]] retry=false in loop
    client.get(order, id);
  }
}

// A template: found in its instantiation, reported once.
template <typename Client> void cancelAll(Client &client) {
  // CHECK-DAG: site [[@LINE+1]]:10 call acme.orders.Orders/cancel style=sync blocking=true result=used deadline=n/a in cancelAll
  client.cancel(0);
}
void useTemplate(OrdersClient &a, OrdersClient &b) {
  cancelAll(a);
  cancelAll(b);
}

// Calls that stay in the process: the interface may be a local handler
// (this one is), and the generated Null class does nothing.
void local(OrdersIf &iface) {
  OrdersNull null;
  Order order;
  null.get(order, 1);
  iface.cancel(1);
}

// CHECK: errors 0
