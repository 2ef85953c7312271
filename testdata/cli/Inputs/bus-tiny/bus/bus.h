// A bus with no standard header, so that a TU parses in a few milliseconds:
// the project of the bad-input tables (testdata/cli/bad-input/).
#pragma once
#include <msglint/annotations.h>
namespace bus {
using Handler = void (*)(const char *payload);
MSGLINT_PUBLISH(0) void publish(const char *topic, const char *payload);
MSGLINT_SUBSCRIBE(0, 1) void subscribe(const char *topic, Handler handler);
} // namespace bus
