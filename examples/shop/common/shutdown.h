#pragma once

#include <atomic>

namespace shop {

// Turns false on SIGINT or SIGTERM, once installed: the loops of the
// workers and consumers check it and return, so they close cleanly.
const std::atomic<bool>& StopOnSignals();

}  // namespace shop
