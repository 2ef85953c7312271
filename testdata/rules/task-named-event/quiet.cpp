// Names task-named-event must leave alone, each next to the reading a cruder
// rule would get wrong:
//
// - facts, regular and irregular (sent, paid, built, reset), with particles
//   (signed_up, logged_in, checked_out), with what completes them
//   (ItemAddedToCart), in one lowercase word (user/signedup), with an Event
//   suffix, or single (Shipped);
// - facts about work: SendEmailFailed starts with a verb but says what
//   happened; TaskCompleted and JobFinished hold a task word, not at the end;
// - names that state no fact and ask for nothing (order.status, update): the
//   business of vague-event-name, not of this rule;
// - a job queue named for its work (send-email): jobs are tasks; the same
//   name as a queue is never an event name;
// - an event only subscribed to here (resize-image): it is published, and
//   named, by code outside the scan;
// - a name that is not known statically.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: python3 %repo/testdata/tools/make_compdb.py %t --gen %gen --flag=-I%repo/include --flag=-I%S/../Inputs
// RUN: %clangxx -fsyntax-only -std=c++17 -I%repo/include -I%S/../Inputs -I%t %t/services/shop/shop.cpp \
// RUN:   %t/services/mailer/mailer.cpp
// RUN: %expect-exit 0 %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: count 0 < %t/out.txt
// RUN: FileCheck %s < %t/err.txt
// CHECK: msglint: 0 findings in 2 translation units of 2 services{{$}}

//--- .msglint.yaml
checks: '-*,task-named-event'

//--- services/shop/shop.cpp
#include "bus/bus.h"
void checkout(const std::string &runtimeName) {
  bus::publish("order.created", "{}");
  bus::publish("payment.sent", "{}");
  bus::publish("invoice.paid", "{}");
  bus::publish("image.built", "{}");
  bus::publish("password.reset", "{}");
  bus::publish("user.signed_up", "{}");
  bus::publish("UserLoggedIn", "{}");
  bus::publish("cart.checked_out", "{}");
  bus::publish("ItemAddedToCart", "{}");
  bus::publish("user/signedup", "{}");
  bus::publish("OrderCreatedEvent", "{}");
  bus::publish("Shipped", "{}");
  bus::publish("SendEmailFailed", "{}");
  bus::publish("TaskCompleted", "{}");
  bus::publish("JobFinished", "{}");
  bus::publish("order.status", "{}");
  bus::publish("update", "{}");
  bus::enqueue("send-email", "{}");
  bus::publish(runtimeName, "{}");
  bus::subscribe("resize-image", [](std::string_view) {});
}

//--- services/mailer/mailer.cpp
#include "bus/bus.h"
void sendEmail(std::string_view job) { (void)job; }
int main() { bus::work("send-email", sendEmail); }
