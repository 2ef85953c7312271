// Inline suppression of task-named-event. The finding's line is the event's
// first publish site; the other sites are notes, and a comment there does
// not suppress the finding.
//
// - send-email: `msglint: ignore(task-named-event) why` alone on the line
//   above its first publish: suppressed;
// - resize-image: `NOLINT(msglint-task-named-event)` on the line: suppressed;
// - generate-invoice: `NOLINTNEXTLINE(msglint-*)` on the line above: suppressed;
// - cancel-order: not suppressed, though two comments come close: its first
//   publish carries `NOLINT(msglint-vague-event-name)`, another rule's; its
//   second carries `msglint: ignore(task-named-event)`, but that is a note's line.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: python3 %repo/testdata/tools/make_compdb.py %t --gen %gen --flag=-I%repo/include --flag=-I%S/../Inputs
// RUN: %clangxx -fsyntax-only -std=c++17 -I%repo/include -I%S/../Inputs -I%t %t/services/shop/shop.cpp
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY < %t/err.txt
// SUMMARY: msglint: 1 finding in 1 translation unit of 1 service (3 suppressed){{$}}

//--- .msglint.yaml
checks: '-*,task-named-event'

//--- services/shop/shop.cpp
#include "bus/bus.h"
void checkout() {
  // msglint: ignore(task-named-event) the mailer team renames it in TICKET-7
  bus::publish("send-email", "{}");
  bus::publish("resize-image", "{}"); // NOLINT(msglint-task-named-event)
  // NOLINTNEXTLINE(msglint-*)
  bus::publish("generate-invoice", "{}");
  // CHECK: services/shop/shop.cpp:[[@LINE+2]]:3: warning: event 'cancel-order' is named like a command {{.*}} [task-named-event]
  // CHECK-NEXT: services/shop/shop.cpp:[[@LINE+2]]:3: note: also published here, by 'checkout'
  bus::publish("cancel-order", "{}"); // NOLINT(msglint-vague-event-name)
  bus::publish("cancel-order", "{}"); // msglint: ignore(task-named-event) a note's line
}
