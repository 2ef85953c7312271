// cpp-httplib servers: `svr.Get(pattern, handler)` and the other methods
// make the handler (a lambda, a function, std::bind of a member) the entry
// point of "SERVICE/METHOD /route", the route written as the client's path
// template writes it (regex groups, `:param` segments and `.*` are `{}`).
// A client whose host names a scanned service ("orders:8080") calls that
// service's endpoints, so chains run across HTTP services like gRPC ones.
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/orders/server.cpp %t/services/checkout/client.cpp %t/services/payments/server.cpp
// RUN: %msglint extract -p %t/build --root %t %t/services/orders/server.cpp -o %t/orders.json
// RUN: %print-facts %t/orders.json | FileCheck %s --check-prefix=FACTS --implicit-check-not=registers --implicit-check-not=entry
// RUN: %msglint graph -p %t/build --root %t --format json -o %t/graph.json
// RUN: %graph-edges %t/graph.json | FileCheck %s --check-prefix=GRAPH --implicit-check-not=edge
// RUN: %msglint check -p %t/build --root %t --fail-on never 2> /dev/null | FileCheck %s --check-prefix=RULES

//--- .msglint.yaml
checks: '-*,sync-chain-depth'
rules:
  sync-chain-depth: {MaxDepth: 1}

//--- services/orders/server.cpp
#include <httplib.h>

#include <functional>
#include <string>

namespace {
constexpr const char *kOrderRoute = R"(/orders/(\d+))";

void listOrders(const httplib::Request &, httplib::Response &res) { res.set_content("[]", "application/json"); }

struct Refunds {
  void create(const httplib::Request &, httplib::Response &res) {
    httplib::Client payments("http://payments");
    // The refund handler calls payments: a chain checkout -> orders -> payments.
    auto r = payments.Post("/refunds", "{}", "application/json");
    res.status = r ? r->status : 502;
  }
};
} // namespace

int main() {
  httplib::Server svr;
  Refunds refunds;
  // FACTS-DAG: registers call GET /orders/{} handlers=lambda in main in main
  svr.Get(kOrderRoute, [](const httplib::Request &req, httplib::Response &res) {
    res.set_content(req.matches[1].str(), "text/plain");
  });
  // FACTS-DAG: registers call GET /orders handlers=(anonymous namespace)::listOrders in main
  svr.Get("/orders", listOrders);
  // FACTS-DAG: registers call POST /orders/{}/refunds handlers=(anonymous namespace)::Refunds::create in main
  svr.Post("/orders/:id/refunds", httplib::Server::Handler(std::bind(&Refunds::create, &refunds, std::placeholders::_1, std::placeholders::_2)));
  // FACTS-DAG: registers call DELETE /files/{} handlers=lambda in main in main
  svr.Delete("^/files/.*$", [](const httplib::Request &, httplib::Response &) {});
  // Not routes: settings, and a pattern nobody can read.
  svr.set_mount_point("/static", "./www");
  std::string dynamic = std::to_string(main != nullptr);
  svr.Get(dynamic, listOrders);
  svr.listen("0.0.0.0", 8080);
}

//--- services/payments/server.cpp
#include <httplib.h>

int main() {
  httplib::Server svr;
  svr.Post("/refunds", [](const httplib::Request &, httplib::Response &res) { res.status = 201; });
  svr.listen("0.0.0.0", 80);
}

//--- services/checkout/client.cpp
#include <httplib.h>

#include <string>

bool cancel(int id) {
  httplib::Client orders("http://orders:8080");
  // GRAPH-DAG: edge call service:checkout -> endpoint:orders/GET /orders/{} at services/checkout/client.cpp:[[#@LINE+1]]
  auto order = orders.Get("/orders/" + std::to_string(id));
  if (!order)
    return false;
  // GRAPH-DAG: edge call service:checkout -> endpoint:orders/POST /orders/{}/refunds at services/checkout/client.cpp:[[#@LINE+1]]
  auto refund = orders.Post("/orders/" + std::to_string(id) + "/refunds", "{}", "application/json");
  return refund && refund->status == 201;
}

// A host that is not a scanned service keeps its name.
bool track(const std::string &id) {
  httplib::Client carrier("https://api.carrier.example");
  // GRAPH-DAG: edge call service:checkout -> endpoint:api.carrier.example/GET /track/{} at services/checkout/client.cpp:[[#@LINE+1]]
  return static_cast<bool>(carrier.Get("/track/" + id));
}

// checkout's own route: its handler is an entry point whose chain crosses
// orders and then payments.
int main() {
  httplib::Server svr;
  // RULES: services/checkout/client.cpp:[[#@LINE+1]]:{{[0-9]+}}: warning: 'lambda in main' (checkout/POST /cancel/{}) waits on a chain of synchronous calls across 2 services: checkout -> orders -> payments; at most 1 are allowed
  svr.Post("/cancel/(\\d+)", [](const httplib::Request &req, httplib::Response &res) {
    res.status = cancel(std::stoi(req.matches[1].str())) ? 200 : 409;
  });
  svr.listen("0.0.0.0", 8080);
}

// GRAPH-DAG: edge call service:orders -> endpoint:payments/POST /refunds at services/orders/server.cpp:{{[0-9]+}}
// RULES-NOT: warning:
