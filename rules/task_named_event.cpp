// task-named-event: an event named like a command or a task instead of the
// fact it announces (docs/rules/task-named-event.md). Queues are named for
// their work and are never read here.
#include "rules/EventNames.h"
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runTaskNamedEvent(RuleContext &ctx, std::vector<Finding> &out) {
  reportEventNames(
      ctx, naming::NameClass::Task,
      [](const std::string &name, const naming::NameReading &reading) {
        std::string fact = reading.suggestion.empty()
                               ? "name it after the fact it announces, once the work is done"
                               : "name it after the fact it announces ('" + reading.suggestion +
                                     "')";
        return "event '" + name + "' is named like a command (" + reading.reason +
               "): an event says what has happened, for anyone to react to; " + fact +
               ", or, if this is work for one owner to do, make it a job on a queue";
      },
      out);
}

} // namespace msglint::rules
