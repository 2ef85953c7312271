// cpp-httplib clients: the endpoint is HOST[:PORT]/METHOD PATH, the host
// from the client's construction (scheme dropped), the path from the
// request's first argument: literals, constants, std::string, routes with
// run-time parts, a wrapper taking the path as a parameter; and what stays
// dynamic. Server routes (registrations) and client settings are not call
// sites.
// RUN: rm -rf %t && mkdir -p %t/services/checkout && cp %s %t/services/checkout/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %s
// RUN: %msglint extract -p %t/build --root %t %t/services/checkout/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json | FileCheck %s --implicit-check-not=site --implicit-check-not=entry
// RUN: %msglint graph -p %t/build --root %t -j1 --format json -o %t/graph.json
// RUN: FileCheck %s --check-prefix=GRAPH --input-file=%t/graph.json

#include <httplib.h>

#include <memory>
#include <string>
#include <vector>

constexpr const char *kOrders = "http://orders:8080";
const std::string kItems = "/items";

httplib::Result literal() {
  httplib::Client cli("http://orders:8080");
  // CHECK-DAG: site [[@LINE+1]]:14 call orders:8080/GET /orders/42 style=sync blocking=true result=used deadline=n/a in literal
  return cli.Get("/orders/42");
}

bool verbs() {
  httplib::Client cli("orders:8080");
  // CHECK-DAG: site [[@LINE+1]]:19 call orders:8080/POST /orders style=sync blocking=true result=used deadline=n/a in verbs
  auto made = cli.Post("/orders", "{}", "application/json");
  // CHECK-DAG: site [[@LINE+1]]:7 call orders:8080/PUT /orders/1 style=sync blocking=true result=discarded deadline=n/a in verbs
  cli.Put("/orders/1", "{}", "application/json");
  // CHECK-DAG: site [[@LINE+1]]:7 call orders:8080/PATCH /orders/1 style=sync blocking=true result=discarded deadline=n/a in verbs
  cli.Patch("/orders/1", "{}", "application/json");
  // CHECK-DAG: site [[@LINE+1]]:7 call orders:8080/DELETE /orders/1 style=sync blocking=true result=discarded deadline=n/a in verbs
  cli.Delete("/orders/1");
  // CHECK-DAG: site [[@LINE+1]]:20 call orders:8080/HEAD / style=sync blocking=true result=unchecked deadline=n/a in verbs
  auto alive = cli.Head("/");
  // CHECK-DAG: site [[@LINE+1]]:7 call orders:8080/OPTIONS * style=sync blocking=true result=discarded deadline=n/a in verbs
  cli.Options("*");
  // Settings are not requests.
  cli.set_read_timeout(2);
  return made && cli.is_valid();
}

// Host and port; constants; a std::string host built by concatenation.
void names() {
  httplib::Client billing("billing", 9000);
  // CHECK-DAG: site [[@LINE+1]]:11 call billing:9000/POST /charges style=sync blocking=true result=discarded deadline=n/a in names
  billing.Post("/charges");
  httplib::Client orders(kOrders);
  // CHECK-DAG: site [[@LINE+1]]:10 call orders:8080/GET /items style=sync blocking=true result=discarded deadline=n/a in names
  orders.Get(kItems);
  const std::string host = "inventory";
  auto inventory = httplib::Client(host + ":7000");
  // CHECK-DAG: site [[@LINE+1]]:13 call inventory:7000/GET /stock style=sync blocking=true result=discarded deadline=n/a in names
  inventory.Get(std::string("/stock"));
}

// Paths with run-time parts are routes: each part is `{}`.
void routes(long id, const std::string &sku) {
  httplib::Client cli(kOrders);
  // CHECK-DAG: site [[@LINE+1]]:7 call orders:8080/GET /orders/{} style=sync blocking=true result=discarded deadline=n/a in routes
  cli.Get("/orders/" + std::to_string(id));
  // CHECK-DAG: site [[@LINE+1]]:7 call orders:8080/GET /orders/{}/items/{} style=sync blocking=true result=discarded deadline=n/a in routes
  cli.Get("/orders/" + std::to_string(id) + "/items/" + sku);
  const std::string path = "/skus/" + sku;
  // CHECK-DAG: site [[@LINE+1]]:7 call orders:8080/DELETE /skus/{} style=sync blocking=true result=discarded deadline=n/a in routes
  cli.Delete(path);
}

// Clients behind pointers and in members.
struct Gateway {
  httplib::Client shipping{"http://shipping:80/"};
  std::unique_ptr<httplib::Client> payments = std::make_unique<httplib::Client>("https://payments");

  bool quote() {
    // CHECK-DAG: site [[@LINE+1]]:27 call shipping:80/GET /rates style=sync blocking=true result=used deadline=n/a in Gateway::quote
    auto rates = shipping.Get("/rates");
    // CHECK-DAG: site [[@LINE+1]]:31 call payments/POST /charges style=sync blocking=true result=used deadline=n/a in Gateway::quote
    return rates && payments->Post("/charges");
  }
};

void pointers() {
  auto cli = std::make_shared<httplib::Client>("loyalty", 8081);
  // CHECK-DAG: site [[@LINE+1]]:8 call loyalty:8081/POST /points style=sync blocking=true result=discarded deadline=n/a in pointers
  cli->Post("/points");
  std::unique_ptr<httplib::Client> owned(new httplib::Client("http://email"));
  // CHECK-DAG: site [[@LINE+1]]:10 call email/POST /send style=sync blocking=true result=discarded deadline=n/a in pointers
  owned->Post("/send");
}

// What cannot be known here stays dynamic: a client made elsewhere, a
// path read at run time, a prepared request.
std::string readPath();
void dynamic(httplib::Client &given) {
  // CHECK-DAG: site [[@LINE+1]]:9 call dynamic style=sync blocking=true result=discarded deadline=n/a in dynamic
  given.Get("/health");
  httplib::Client cli(kOrders);
  std::string path = readPath();
  // CHECK-DAG: site [[@LINE+1]]:7 call dynamic style=sync blocking=true result=discarded deadline=n/a expr=path in dynamic
  cli.Get(path);
  httplib::Request req;
  req.method = "GET";
  req.path = "/orders";
  // CHECK-DAG: site [[@LINE+1]]:7 call dynamic style=sync blocking=true result=discarded deadline=n/a expr=req in dynamic
  cli.send(req);
}

// N+1 over ids.
void loop(const std::vector<std::string> &ids) {
  httplib::Client cli(kOrders);
  for (const std::string &id : ids)
    // CHECK-DAG: site [[@LINE+1]]:9 call orders:8080/GET /orders/{} style=sync blocking=true result=discarded deadline=n/a loop=[[@LINE-1]] retry=false in loop
    cli.Get("/orders/" + id);
}

// A wrapper taking the path: its callers name the endpoint.
httplib::Result fetch(const std::string &path) {
  httplib::Client cli(kOrders);
  // CHECK-DAG: site [[@LINE+1]]:14 call dynamic style=sync blocking=true result=used deadline=n/a param=0 expr=path in fetch
  return cli.Get(path);
}
// CHECK-DAG: call callers -> fetch args=0:/orders/7
// CHECK-DAG: call callers -> fetch args=0:/items
// Link names the endpoint from the wrapper's host and the caller's path.
// GRAPH:      "to": "endpoint:orders:8080/GET /orders/7",
// GRAPH-NEXT: "sites": [
// GRAPH-NEXT: {
// GRAPH-NEXT: "file": "services/checkout/main.cpp",
// GRAPH-NEXT: "line": [[@LINE+3]],
// GRAPH-NEXT: "col": 25,
// GRAPH-NEXT: "function": "callers"
bool callers() { return fetch("/orders/7") && fetch(kItems); }

// Server routes are not calls: they register their handler as the entry
// point of the route (server-routes.cpp).
void serve() {
  httplib::Server svr;
  // CHECK: registers call GET /orders/{} handlers=lambda in serve in serve
  svr.Get("/orders/:id", [](const httplib::Request &, httplib::Response &res) {
    res.set_content("{}", "application/json");
  });
  svr.listen("0.0.0.0", 8080);
}

// CHECK: errors 0
