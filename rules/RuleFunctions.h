// One function per rule, each defined in its own file of rules/.
#pragma once

#include "rules/Rule.h"

namespace msglint::rules {

void runSyncChainDepth(RuleContext &, std::vector<Finding> &);
void runSyncFanOut(RuleContext &, std::vector<Finding> &);
void runSyncCycle(RuleContext &, std::vector<Finding> &);
void runIgnoredCallResult(RuleContext &, std::vector<Finding> &);
void runCallWithoutDeadline(RuleContext &, std::vector<Finding> &);
void runSyncCallInLoop(RuleContext &, std::vector<Finding> &);
void runTaskNamedEvent(RuleContext &, std::vector<Finding> &);
void runVagueEventName(RuleContext &, std::vector<Finding> &);
void runEventWithoutConsumer(RuleContext &, std::vector<Finding> &);
void runConsumerWithoutProducer(RuleContext &, std::vector<Finding> &);
void runDynamicTarget(RuleContext &, std::vector<Finding> &);
void runSingleConsumerEvent(RuleContext &, std::vector<Finding> &);
void runSharedJobQueue(RuleContext &, std::vector<Finding> &);
void runPrematureEvent(RuleContext &, std::vector<Finding> &);
void runRequestReplyOverBus(RuleContext &, std::vector<Finding> &);
void runPolicy(RuleContext &, std::vector<Finding> &);

} // namespace msglint::rules
