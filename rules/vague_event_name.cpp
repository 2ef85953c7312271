// vague-event-name: an event name that states no fact: an entity, an
// attribute, a noun for an occurrence (docs/rules/vague-event-name.md).
#include "rules/EventNames.h"
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runVagueEventName(RuleContext &ctx, std::vector<Finding> &out) {
  reportEventNames(
      ctx, naming::NameClass::Vague,
      [](const std::string &name, const naming::NameReading &reading) {
        std::string fact = reading.suggestion.empty()
                               ? "the entity and a past participle, like 'order.shipped' or "
                                 "'user.signed_up'"
                               : "'" + reading.suggestion + "'";
        return "event '" + name + "' states no fact (" + reading.reason +
               "): consumers cannot tell what happened without reading the payload; name it "
               "after what happened: " +
               fact;
      },
      out);
}

} // namespace msglint::rules
