// vague-event-name's options (docs/rules/vague-event-name.md#options):
//
//   default:      device.online (an adjective) and user.kycd (kycd is in no
//                 lexicon) state no fact, order.updated does; orders and
//                 orders.status (topics per entity) state none;
//   words.yaml:   AllowedWords [online, kycd]: those names state facts;
//                 DeniedWords [updated]: order.updated states none;
//                 AllowedPattern '(orders|payments)': the entity topics of a
//                 Kafka-style design are accepted, whole names only
//                 (orders.status is still reported);
//   the errors:   a word that is not one word; an integer option's checks
//                 are in cli/config-errors.test.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: python3 %repo/testdata/tools/make_compdb.py %t --gen %gen --flag=-I%repo/include --flag=-I%S/../Inputs
// RUN: %clangxx -fsyntax-only -std=c++17 -I%repo/include -I%S/../Inputs -I%t %t/services/shop/shop.cpp
//
// RUN: cp %t/configs/default.yaml %t/.msglint.yaml
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t > %t/default.txt
// RUN: FileCheck %s --check-prefix=DEFAULT --implicit-check-not=warning: --implicit-check-not=error: < %t/default.txt
//
// RUN: cp %t/configs/words.yaml %t/.msglint.yaml
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t > %t/words.txt
// RUN: FileCheck %s --check-prefix=WORDS --implicit-check-not=warning: --implicit-check-not=error: < %t/words.txt
//
// RUN: cp %t/configs/dotted-word.yaml %t/.msglint.yaml
// RUN: %expect-exit 2 %msglint check -p %t/build --root %t > %t/dotted-word.txt 2>&1
// RUN: FileCheck %s --check-prefix=DOTTED-WORD < %t/dotted-word.txt
// DOTTED-WORD: msglint: error: {{.*}}.msglint.yaml:{{[0-9]+}}:19: rule 'vague-event-name': option 'DeniedWords' item 'order.updated' is not one word: use letters and digits only (names are split into words at separators and case changes)

//--- configs/default.yaml
checks: '-*,vague-event-name'
//--- configs/words.yaml
checks: '-*,vague-event-name'
rules:
  vague-event-name:
    AllowedWords: [online, KYCD]
    DeniedWords:
      - updated
    AllowedPattern: (orders|payments)
//--- configs/dotted-word.yaml
rules:
  vague-event-name:
    DeniedWords: [order.updated]

//--- services/shop/shop.cpp
#include "bus/bus.h"
void checkout() {
  // DEFAULT: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'device.online' states no fact {{.*}} [vague-event-name]
  bus::publish("device.online", "{}");
  // DEFAULT: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'user.kycd' states no fact (none of its words is a past participle: 'kycd' is in no lexicon, so read as a name): {{.*}} [vague-event-name]
  bus::publish("user.kycd", "{}");
  // WORDS: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'order.updated' states no fact ('updated' is in DeniedWords of vague-event-name: it states no fact here): {{.*}} [vague-event-name]
  bus::publish("order.updated", "{}");
  // DEFAULT: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'orders' states no fact {{.*}} [vague-event-name]
  bus::publish("orders", "{}");
  // DEFAULT: services/shop/shop.cpp:[[@LINE+2]]:3: warning: event 'orders.status' states no fact {{.*}} [vague-event-name]
  // WORDS: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'orders.status' states no fact {{.*}} [vague-event-name]
  bus::publish("orders.status", "{}");
}
