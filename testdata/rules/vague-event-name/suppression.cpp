// Inline suppression of vague-event-name. The finding's line is the event's
// first publish site; a comment at another site (a note's line) does not
// suppress it.
//
// - user: `msglint: ignore(vague-event-name) why` alone on the line above;
// - data: `// NOLINT(msglint-vague-event-name)` on the line;
// - metrics: `/* msglint: ignore(*) */` on the line;
// - order.status: not suppressed, though comments come close: its first
//   publish carries `NOLINT(msglint-task-named-event)`, the other naming
//   rule's; its second carries `msglint: ignore(vague-event-name)`, but that
//   is a note's line.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: python3 %repo/testdata/tools/make_compdb.py %t --gen %gen --flag=-I%repo/include --flag=-I%S/../Inputs
// RUN: %clangxx -fsyntax-only -std=c++17 -I%repo/include -I%S/../Inputs -I%t %t/services/shop/shop.cpp
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY < %t/err.txt
// SUMMARY: msglint: 1 finding in 1 translation unit of 1 service (3 suppressed){{$}}

//--- .msglint.yaml
checks: '-*,vague-event-name'

//--- services/shop/shop.cpp
#include "bus/bus.h"
void checkout() {
  // msglint: ignore(vague-event-name) consumed by the legacy CRM, renamed in TICKET-9
  bus::publish("user", "{}");
  bus::publish("data", "{}"); // NOLINT(msglint-vague-event-name)
  bus::publish("metrics", "{}"); /* msglint: ignore(*) */
  // CHECK: services/shop/shop.cpp:[[@LINE+2]]:3: warning: event 'order.status' states no fact {{.*}} [vague-event-name]
  // CHECK-NEXT: services/shop/shop.cpp:[[@LINE+2]]:3: note: also published here, by 'checkout'
  bus::publish("order.status", "{}"); // NOLINT(msglint-task-named-event)
  bus::publish("order.status", "{}"); // msglint: ignore(vague-event-name) a note's line
}
