// request-reply-over-bus: a function that sends a message and then, in the
// same function, waits for a message itself (docs/rules/request-reply-over-bus.md):
// a request and its reply carried over the bus, a direct call in disguise.
#include "rules/RuleFunctions.h"

namespace msglint::rules {

namespace {

bool sends(const facts::Site &s) {
  return (s.kind == facts::SiteKind::Publish || s.kind == facts::SiteKind::Enqueue) &&
         s.target != "dynamic";
}

// The function receives here itself after `send`, on its control flow
// (facts::Site::after), and not merely in a consumer loop that starts after
// a one-off send (a start-up announcement then the message loop): inside a
// loop, the send must be in it too.
bool waitsAfter(const facts::Entry &receive, const facts::Site &send) {
  if (receive.receivedAt.file.empty() || receive.target == send.target)
    return false;
  bool after = std::any_of(send.after.begin(), send.after.end(), [&](const facts::Step &step) {
    return step.callee.empty() && step.loc == receive.receivedAt;
  });
  return after && (receive.loopLoc.file.empty() || receive.loopLoc < send.loc);
}

} // namespace

void runRequestReplyOverBus(RuleContext &ctx, std::vector<Finding> &out) {
  for (const auto &[usr, fn] : ctx.model.functions)
    for (size_t i : fn.sites) {
      const graph::Site &send = ctx.model.sites[i];
      if (!sends(send.fact))
        continue;
      for (const facts::Entry &receive : fn.entries) {
        if (!waitsAfter(receive, send.fact))
          continue;
        Finding f = ctx.finding(
            send.fact.loc,
            "'" + fn.name + "' sends '" + send.fact.target + "' and then waits for a message on '" +
                receive.target + "' itself: a request and its reply carried over the bus, a direct "
                "call in disguise, without a deadline or an error the caller can see; make it a "
                "direct call (an RPC), or let the answer arrive as an event handled elsewhere");
        f.notes.push_back({receive.receivedAt, "waits for the reply here"});
        out.push_back(std::move(f));
        break; // one finding per send
      }
    }
}

} // namespace msglint::rules
