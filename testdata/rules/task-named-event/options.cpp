// task-named-event's options (docs/rules/task-named-event.md#options). Both
// naming rules read each name once, with the words of both: a word that
// makes a name a task takes it away from vague-event-name, and back.
//
//   default:        ProcessPayment and legacy.send-email are tasks; kyc-customer
//                   (kyc is in no lexicon) states no fact: vague-event-name's;
//   words.yaml:     AllowedWords [Process]: ProcessPayment is no task, so it is
//                   vague-event-name's; DeniedWords [kyc]: kyc-customer is a
//                   task, and vague-event-name is quiet on it; AllowedPattern
//                   'legacy\..*': legacy.send-email is accepted (and, being a
//                   task, not vague either); send-email still fires;
//   disabled.yaml:  the words of a rule that does not run do not count
//                   (kyc-customer is vague again), and a task is no business of
//                   vague-event-name even when task-named-event is off;
//   error.yaml:     severity error;
//   the errors:     a word that is not one word, a bad regular expression, a
//                   list for the pattern, a mapping for a word list, an option
//                   the rule does not have: exit 2, naming file:line:col.
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
// RUN: cp %t/configs/disabled.yaml %t/.msglint.yaml
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t > %t/disabled.txt
// RUN: FileCheck %s --check-prefix=DISABLED --implicit-check-not=warning: --implicit-check-not=error: < %t/disabled.txt
//
// RUN: cp %t/configs/error.yaml %t/.msglint.yaml
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t --fail-on error > %t/error.txt
// RUN: FileCheck %s --check-prefix=ERROR < %t/error.txt
//
// RUN: cp %t/configs/two-words.yaml %t/.msglint.yaml
// RUN: %expect-exit 2 %msglint check -p %t/build --root %t > %t/two-words.txt 2>&1
// RUN: FileCheck %s --check-prefix=TWO-WORDS < %t/two-words.txt
// TWO-WORDS: msglint: error: {{.*}}.msglint.yaml:{{[0-9]+}}:37: rule 'task-named-event': option 'AllowedWords' item 'sign up' is not one word: use letters and digits only (names are split into words at separators and case changes)
//
// RUN: cp %t/configs/bad-pattern.yaml %t/.msglint.yaml
// RUN: %expect-exit 2 %msglint check -p %t/build --root %t > %t/bad-pattern.txt 2>&1
// RUN: FileCheck %s --check-prefix=BAD-PATTERN < %t/bad-pattern.txt
// BAD-PATTERN: msglint: error: {{.*}}.msglint.yaml:{{[0-9]+}}:21: rule 'task-named-event': option 'AllowedPattern' is not a valid regular expression: 'legacy\.(': parentheses not balanced
//
// RUN: cp %t/configs/pattern-list.yaml %t/.msglint.yaml
// RUN: %expect-exit 2 %msglint check -p %t/build --root %t > %t/pattern-list.txt 2>&1
// RUN: FileCheck %s --check-prefix=PATTERN-LIST < %t/pattern-list.txt
// PATTERN-LIST: msglint: error: {{.*}}.msglint.yaml:{{[0-9]+}}:5: rule 'task-named-event': option 'AllowedPattern' must be one regular expression, not a list
//
// RUN: cp %t/configs/words-mapping.yaml %t/.msglint.yaml
// RUN: %expect-exit 2 %msglint check -p %t/build --root %t > %t/words-mapping.txt 2>&1
// RUN: FileCheck %s --check-prefix=WORDS-MAPPING < %t/words-mapping.txt
// WORDS-MAPPING: msglint: error: {{.*}}.msglint.yaml:{{[0-9]+}}:19: rule 'task-named-event': option 'DeniedWords' must be a value or a list of values
//
// RUN: cp %t/configs/no-such-option.yaml %t/.msglint.yaml
// RUN: %expect-exit 2 %msglint check -p %t/build --root %t > %t/no-such-option.txt 2>&1
// RUN: FileCheck %s --check-prefix=NO-SUCH-OPTION < %t/no-such-option.txt
// NO-SUCH-OPTION: msglint: error: {{.*}}.msglint.yaml:{{[0-9]+}}:5: rule 'task-named-event' has no option 'AllowWords' (options: severity, AllowedWords, DeniedWords, AllowedPattern)

//--- configs/default.yaml
checks: '-*,task-named-event,vague-event-name'
//--- configs/words.yaml
checks: '-*,task-named-event,vague-event-name'
rules:
  task-named-event:
    AllowedWords: [Process]
    DeniedWords: kyc
    AllowedPattern: 'legacy\..*'
//--- configs/disabled.yaml
checks: '-*,vague-event-name'
rules:
  task-named-event:
    DeniedWords: [kyc]
//--- configs/error.yaml
checks: '-*,task-named-event'
rules:
  task-named-event: {severity: error}
//--- configs/two-words.yaml
rules:
  task-named-event:
    AllowedWords: [Process, Cancel, sign up]
//--- configs/bad-pattern.yaml
rules:
  task-named-event:
    AllowedPattern: 'legacy\.('
//--- configs/pattern-list.yaml
rules:
  task-named-event:
    AllowedPattern: ['legacy\..*', 'old\..*']
//--- configs/words-mapping.yaml
rules:
  task-named-event:
    DeniedWords: {kyc: true}
//--- configs/no-such-option.yaml
rules:
  task-named-event:
    AllowWords: [Process]

//--- services/shop/shop.cpp
#include "bus/bus.h"
void checkout() {
  // DEFAULT: services/shop/shop.cpp:[[@LINE+2]]:3: warning: event 'ProcessPayment' is named like a command ('Process' leads it as a verb {{.*}} [task-named-event]
  // WORDS: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'ProcessPayment' states no fact (none of its words is a past participle: 'Payment' is a noun): {{.*}} [vague-event-name]
  bus::publish("ProcessPayment", "{}");
  // DEFAULT: services/shop/shop.cpp:[[@LINE+3]]:3: warning: event 'kyc-customer' states no fact (none of its words is a past participle: 'customer' is a noun): {{.*}} [vague-event-name]
  // WORDS: services/shop/shop.cpp:[[@LINE+2]]:3: warning: event 'kyc-customer' is named like a command ('kyc' is in DeniedWords of task-named-event): {{.*}} [task-named-event]
  // DISABLED: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'kyc-customer' states no fact {{.*}} [vague-event-name]
  bus::publish("kyc-customer", "{}");
  // DEFAULT: services/shop/shop.cpp:[[@LINE+1]]:3: warning: event 'legacy.send-email' is named like a command {{.*}} [task-named-event]
  bus::publish("legacy.send-email", "{}");
  // DEFAULT: services/shop/shop.cpp:[[@LINE+3]]:3: warning: event 'send-email' is named like a command {{.*}} [task-named-event]
  // WORDS: services/shop/shop.cpp:[[@LINE+2]]:3: warning: event 'send-email' is named like a command {{.*}} [task-named-event]
  // ERROR: services/shop/shop.cpp:[[@LINE+1]]:3: error: event 'send-email' is named like a command {{.*}} [task-named-event]
  bus::publish("send-email", "{}");
}
