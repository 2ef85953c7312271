// An in-house message bus marked with msglint/annotations.h, for the rule
// tests that need events and jobs without a broker library: compile with
// -I testdata/rules/Inputs and -I include.
#pragma once
#include <msglint/annotations.h>
#include <functional>
#include <string>
#include <string_view>
namespace bus {
using Handler = std::function<void(std::string_view)>;
MSGLINT_PUBLISH(0) void publish(std::string_view topic, std::string_view payload);
MSGLINT_SUBSCRIBE(0, 1) void subscribe(const std::string &topic, Handler handler);
MSGLINT_ENQUEUE(0) void enqueue(const char *queue, std::string_view job);
MSGLINT_WORK(0, 1) void work(const char *queue, Handler worker);
// A project wrapper of the annotated API: its callers' names are the sites.
inline void announce(const std::string &name) { publish(name, "{}"); }
} // namespace bus
