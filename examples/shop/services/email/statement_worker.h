#pragma once

#include <atomic>

#include <hiredis/hiredis.h>

namespace shop {

// Works the points-statement jobs that loyalty queues: their owner (though
// analytics pops them too, see services/analytics). Returns when `running`
// turns false or Redis goes away.
void WorkPointsStatements(redisContext* redis, const std::atomic<bool>& running);

}  // namespace shop
