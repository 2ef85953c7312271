#pragma once

#include <cstdint>
#include <string>

#include <grpcpp/support/status.h>

#include "ledger.grpc.pb.h"

namespace shop {

// Appends an entry to the ledger, the shop's book of record. Used by billing
// (every charge) and by checkout (every order, before money moves).
//
// This is a direct call on purpose: the callers must fail when the entry
// cannot be written, so they need the answer now.
grpc::Status RecordAudit(ledger::Ledger::Stub& ledger, const std::string& account,
                         const std::string& description, std::int64_t amount_cents);

}  // namespace shop
