// An in-house bus marked with msglint/annotations.h: the events and jobs
// of the graph tests (testdata/cli/graph/).
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
} // namespace bus
