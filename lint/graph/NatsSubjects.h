// NATS does not tell a job from an event (docs/presets/nats.md): extract
// reads a queue subscription as `work` and a publish as `publish`, each call
// on its own. Once every site of a subject is known, link makes one kind of
// the subject, so producer and consumers meet on one topic or one queue.
#pragma once

#include "graph/Model.h"

namespace msglint::graph {

// A subject with plain subscribers is an event: its queue groups are
// consumers of it like any other (one logical consumer per group). A
// subject consumed only by queue groups is a job queue: its publishes are
// enqueues. Applies to the NATS sites and to the entry points they made.
void unifyNatsSubjects(std::vector<Site> &sites, std::map<std::string, Function> &functions);

} // namespace msglint::graph
