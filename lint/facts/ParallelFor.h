// Runs work(i) for i in [0, count) on up to `jobs` threads (the calling
// one included). Each i runs once; the order in which they finish does not
// matter to callers, who write result i into slot i.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace msglint::facts {

template <typename Work> void parallelFor(size_t count, unsigned jobs, Work work) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < count; i = next++)
      work(i);
  };
  jobs = std::max<size_t>(1, std::min<size_t>(jobs, count));
  std::vector<std::thread> threads;
  for (unsigned j = 1; j < jobs; ++j)
    threads.emplace_back(worker);
  worker();
  for (std::thread &t : threads)
    t.join();
}

} // namespace msglint::facts
