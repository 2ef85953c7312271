// vague-event-name on event names that state no fact, published through an
// in-house bus marked with msglint/annotations.h: an entity (user, order
// with an Event suffix, a version), a thing (data, notification), an
// attribute (order.status), a noun that could be a verb (update,
// InvoiceUpdate: the suggestion turns it into the participle), a past
// participle that only describes a noun (DeliveredOrders), a gerund
// (order.processing), a state adjective (device.online). One finding per
// name at its first publish site, with a note for every other publish site
// and for each subscriber. (publishers.cpp in task-named-event/ reads names
// from every kind of publisher for both rules.)
//
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: python3 %repo/testdata/tools/make_compdb.py %t --gen %gen --flag=-I%repo/include --flag=-I%S/../Inputs
// RUN: %clangxx -fsyntax-only -std=c++17 -I%repo/include -I%S/../Inputs -I%t %t/services/accounts/accounts.cpp \
// RUN:   %t/services/audit/audit.cpp %t/services/shop/shop.cpp
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY < %t/err.txt
// SUMMARY: msglint: 11 findings in 3 translation units of 3 services{{$}}

//--- .msglint.yaml
checks: '-*,vague-event-name'

//--- services/accounts/accounts.cpp
#include "bus/bus.h"
void signUp() {
  // CHECK: services/accounts/accounts.cpp:[[@LINE+3]]:3: warning: event 'user' states no fact (none of its words is a past participle: 'user' is a noun): consumers cannot tell what happened without reading the payload; name it after what happened: the entity and a past participle, like 'order.shipped' or 'user.signed_up' [vague-event-name]
  // CHECK-NEXT: services/shop/shop.cpp:64:3: note: also published here, by 'checkout'
  // CHECK-NEXT: services/audit/audit.cpp:38:3: note: subscribed to here, by 'main'
  bus::publish("user", "{}");
  // CHECK: services/accounts/accounts.cpp:[[@LINE+1]]:3: warning: event 'data' states no fact (none of its words is a past participle: 'data' is a noun): {{.*}} [vague-event-name]
  bus::publish("data", "{}");
}

//--- services/audit/audit.cpp
#include "bus/bus.h"
int main() {
  bus::subscribe("user", [](std::string_view) {});
  // Only subscribed to here: whoever publishes it owns the name.
  bus::subscribe("payload", [](std::string_view) {});
}

//--- services/shop/shop.cpp
#include "bus/bus.h"
void checkout() {
  // CHECK: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'order.status' states no fact (none of its words is a past participle: 'status' is a noun): {{.*}} [vague-event-name]
  bus::publish("order.status", "{}");
  // CHECK: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'notification' states no fact (none of its words is a past participle: 'notification' is a noun): {{.*}} [vague-event-name]
  bus::publish("notification", "{}");
  // CHECK: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'OrderEvent' states no fact (none of its words is a past participle: 'Order' is a noun or a verb): {{.*}} [vague-event-name]
  bus::publish("OrderEvent", "{}");
  // CHECK: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'orders.v2' states no fact (none of its words is a past participle: 'orders' is a plural noun): {{.*}} [vague-event-name]
  bus::publish("orders.v2", "{}");
  // CHECK: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'update' states no fact (none of its words is a past participle: 'update' is a noun or a verb): consumers cannot tell what happened without reading the payload; name it after what happened: 'updated' [vague-event-name]
  bus::publish("update", "{}");
  // CHECK: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'InvoiceUpdate' states no fact {{.*}}: 'InvoiceUpdated' [vague-event-name]
  bus::publish("InvoiceUpdate", "{}");
  // CHECK: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'DeliveredOrders' states no fact ('Delivered' is a past participle, but it describes the words after it instead of saying what happened): {{.*}} [vague-event-name]
  bus::publish("DeliveredOrders", "{}");
  // CHECK: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'order.processing' states no fact (none of its words is a past participle: 'processing' is {{.*}}): {{.*}} [vague-event-name]
  bus::publish("order.processing", "{}");
  // CHECK: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'device.online' states no fact (none of its words is a past participle: 'online' is an adjective): {{.*}} [vague-event-name]
  bus::publish("device.online", "{}");
  bus::publish("user", "{\"id\": 7}");
}
