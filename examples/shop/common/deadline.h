#pragma once

#include <chrono>

#include <grpcpp/client_context.h>

namespace shop {

// Every outgoing call gets a deadline. Without one, a downstream service that
// hangs holds our thread (and our caller's) until someone restarts it.
inline constexpr std::chrono::milliseconds kDefaultTimeout{500};

// Sets ctx's deadline to now + timeout. Call it before the RPC.
void SetDeadline(grpc::ClientContext& ctx, std::chrono::milliseconds timeout = kDefaultTimeout);

}  // namespace shop
