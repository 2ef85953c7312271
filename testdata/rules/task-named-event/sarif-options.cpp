// The naming rules' typed options in SARIF: the rule descriptors carry
// their defaults (word lists as arrays, patterns as strings), and the run
// records where the configuration departs from them; the log passes the
// schema and the SARIF Multitool.
// REQUIRES: sarif-validators
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: python3 %repo/testdata/tools/make_compdb.py %t --gen %gen --flag=-I%repo/include --flag=-I%S/../Inputs
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t --format sarif -o %t/out.sarif
// RUN: %validate-sarif %t/out.sarif
// RUN: %summarise %t/out.sarif | FileCheck %s

// CHECK: rule task-named-event name=TaskNamedEvent level=warning {{.*}} parameters={"AllowedPattern": "", "AllowedWords": [], "DeniedWords": []}
// CHECK: rule vague-event-name name=VagueEventName level=warning {{.*}} parameters={"AllowedPattern": "", "AllowedWords": [], "DeniedWords": []}
// CHECK: override task-named-event {"parameters": {"AllowedWords": ["Process"], "DeniedWords": ["kyc", "place"]}}
// CHECK-NEXT: override vague-event-name {"parameters": {"AllowedPattern": "legacy\\..*"}}
// CHECK: result task-named-event#{{[0-9]+}} warning services/shop/shop.cpp:[[#@LINE+14]]:3-{{[0-9]+}}
// CHECK-NEXT: message event 'place-order' is named like a command ('place' is in DeniedWords of task-named-event): {{.*}} ('order-placed'), {{.*}}

//--- .msglint.yaml
rules:
  task-named-event:
    AllowedWords: [Process]
    DeniedWords: [kyc, place]
  vague-event-name:
    AllowedPattern: 'legacy\..*'

//--- services/shop/shop.cpp
#include "bus/bus.h"
void checkout() {
  bus::publish("place-order", "{}");
  bus::publish("legacy.orders", "{}");
}
