// task-named-event on events named like commands, published through an
// in-house bus marked with msglint/annotations.h. One finding per event
// name, at its first publish site (in source order), with a note for every
// other publish site and for each subscriber: renaming an event is one
// change, made everywhere it is used.
//
// - send-email: a base-form verb that is never a noun leads it; published by
//   orders and by billing, consumed by mailer;
// - SendEmailCommand: a Command suffix (the suggestion drops it);
// - order.cancel, orders/create: entity then verb, the verb its own part;
// - ProcessPayment: a word that is more a verb than a noun leads it;
// - CheckInItemsToInventory: a phrasal verb (the suggestion keeps the rest);
// - resize-image.v2: a version, kept in the suggestion;
// - create: one verb alone.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: python3 %repo/testdata/tools/make_compdb.py %t --gen %gen --flag=-I%repo/include --flag=-I%S/../Inputs
// RUN: %clangxx -fsyntax-only -std=c++17 -I%repo/include -I%S/../Inputs -I%t %t/services/orders/orders.cpp \
// RUN:   %t/services/payments/payments.cpp %t/services/mailer/mailer.cpp
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY < %t/err.txt
// SUMMARY: msglint: 8 findings in 3 translation units of 3 services{{$}}

//--- .msglint.yaml
checks: '-*,task-named-event'

//--- services/mailer/mailer.cpp
#include "bus/bus.h"
int main() {
  bus::subscribe("send-email", [](std::string_view) {});
}

//--- services/orders/orders.cpp
#include "bus/bus.h"
void placeOrder() {
  // CHECK: services/orders/orders.cpp:[[@LINE+3]]:3: warning: event 'send-email' is named like a command ('send' is a verb in its base form and never a noun): an event says what has happened, for anyone to react to; name it after the fact it announces ('email-sent'), or, if this is work for one owner to do, make it a job on a queue [task-named-event]
  // CHECK-NEXT: services/payments/payments.cpp:60:3: note: also published here, by 'charge'
  // CHECK-NEXT: services/mailer/mailer.cpp:31:3: note: subscribed to here, by 'main'
  bus::publish("send-email", "{}");
  // CHECK: services/orders/orders.cpp:[[@LINE+1]]:3: warning: event 'SendEmailCommand' is named like a command ('Command' ends it, and marks a command or a task): {{.*}} ('EmailSent'), {{.*}} [task-named-event]
  bus::publish("SendEmailCommand", "{}");
  // CHECK: services/orders/orders.cpp:[[@LINE+1]]:3: warning: event 'order.cancel' is named like a command ('cancel', the last part, is a verb in its base form (WordNet: 5 verb senses, 1 noun sense)): {{.*}} ('order.cancelled'), {{.*}} [task-named-event]
  bus::publish("order.cancel", "{}");
  // CHECK: services/orders/orders.cpp:[[@LINE+1]]:3: warning: event 'orders/create' is named like a command ('create' is a verb in its base form and never a noun): {{.*}} ('orders/created'), {{.*}} [task-named-event]
  bus::publish("orders/create", "{}");
  // CHECK: services/orders/orders.cpp:[[@LINE+1]]:3: warning: event 'CheckInItemsToInventory' is named like a command ('Check In' is a phrasal verb in its base form): {{.*}} ('ItemsCheckedInToInventory'), {{.*}} [task-named-event]
  bus::publish("CheckInItemsToInventory", "{}");
  // CHECK: services/orders/orders.cpp:[[@LINE+1]]:3: warning: event 'resize-image.v2' is named like a command ('resize' is a verb in its base form and never a noun): {{.*}} ('image-resized.v2'), {{.*}} [task-named-event]
  bus::publish("resize-image.v2", "{}");
  // CHECK: services/orders/orders.cpp:[[@LINE+1]]:3: warning: event 'create' is named like a command ('create' is a verb in its base form and never a noun): {{.*}} ('created'), {{.*}} [task-named-event]
  bus::publish("create", "{}");
}

//--- services/payments/payments.cpp
#include "bus/bus.h"
void charge() {
  // CHECK: services/payments/payments.cpp:[[@LINE+1]]:3: warning: event 'ProcessPayment' is named like a command ('Process' leads it as a verb in its base form (WordNet: 7 verb senses, 6 noun senses)): an event says what has happened, for anyone to react to; name it after the fact it announces ('PaymentProcessed'), or, if this is work for one owner to do, make it a job on a queue [task-named-event]
  bus::publish("ProcessPayment", "{}");
  bus::publish("send-email", "{\"template\": \"receipt\"}");
}
