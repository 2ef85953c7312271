// Names vague-event-name must leave alone, each next to the reading a
// cruder rule would get wrong:
//
// - facts whose fact word is irregular (bought, held, frozen, sold, written,
//   found), spelt in capitals (PAYMENT.CAPTURE.COMPLETED), prefixed
//   (user.unsubscribed, check_run.rerequested), hidden in one lowercase word
//   (blobcreated), followed by what completes them (ItemAddedToCart,
//   subscription_charged_successfully) or by an object after a subject
//   (member_joined_channel), or with Event/Message suffixes;
// - a past participle in the middle, the fact at the end
//   (OrderStatusChangedToPaid);
// - tasks (send-email): they state no fact, but task-named-event says what
//   is wrong with them, and one name gets one finding;
// - job queues named as things (emails): queues are not events;
// - a name only subscribed to here (payload), and one not known statically.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: python3 %repo/testdata/tools/make_compdb.py %t --gen %gen --flag=-I%repo/include --flag=-I%S/../Inputs
// RUN: %clangxx -fsyntax-only -std=c++17 -I%repo/include -I%S/../Inputs -I%t %t/services/shop/shop.cpp
// RUN: %expect-exit 0 %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: count 0 < %t/out.txt
// RUN: FileCheck %s < %t/err.txt
// CHECK: msglint: 0 findings in 1 translation unit of 1 service{{$}}

//--- .msglint.yaml
checks: '-*,vague-event-name'

//--- services/shop/shop.cpp
#include "bus/bus.h"
void checkout(const std::string &runtimeName) {
  bus::publish("ticket.bought", "{}");
  bus::publish("meeting.held", "{}");
  bus::publish("card.frozen", "{}");
  bus::publish("goods.sold", "{}");
  bus::publish("letter.written", "{}");
  bus::publish("DriverFound", "{}");
  bus::publish("PAYMENT.CAPTURE.COMPLETED", "{}");
  bus::publish("user.unsubscribed", "{}");
  bus::publish("check_run.rerequested", "{}");
  bus::publish("storage/blobcreated", "{}");
  bus::publish("ItemAddedToCart", "{}");
  bus::publish("subscription_charged_successfully", "{}");
  bus::publish("member_joined_channel", "{}");
  bus::publish("OrderShippedEvent", "{}");
  bus::publish("OrderPaidMessage", "{}");
  bus::publish("OrderStartedIntegrationEvent", "{}");
  bus::publish("OrderStatusChangedToPaid", "{}");
  bus::publish("send-email", "{}");
  bus::enqueue("emails", "{}");
  bus::work("emails", [](std::string_view) {});
  bus::subscribe("payload", [](std::string_view) {});
  bus::publish(runtimeName, "{}");
}
