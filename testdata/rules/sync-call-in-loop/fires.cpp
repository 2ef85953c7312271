// sync-call-in-loop: a blocking call made once per iteration of a loop (the
// N+1 pattern). Reported at the call, with a note at the innermost loop:
// for, while (also in its condition), do, range-for; unary and streaming
// calls; a loop that leaves on the first failure (that is not a retry: it
// still makes one call per item); a loop that goes round while calls succeed.
// The same through helpers: a call inside a loop to a function that blocks,
// directly, transitively, in another TU of the service, or through a virtual
// call (reported once, though the call reaches several overrides), reported
// at the helper's call with notes for the loop and for the blocking call.
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/batch.cpp %t/services/a/repo.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 12 findings in 2 translation units of 1 service{{$}}

//--- .msglint.yaml
checks: '-*,sync-call-in-loop'

//--- services/a/repo.h
#pragma once
#include "chain.grpc.pb.h"
#include <string>

// Defined in repo.cpp: FetchOne calls FetchRaw, which blocks.
grpc::Status FetchOne(chain::B::StubInterface& b, const std::string& id, chain::Resp* resp);

class Repo {
public:
  virtual ~Repo() = default;
  virtual bool Get(const std::string& id, chain::Resp* resp) = 0;
};

//--- services/a/batch.cpp
#include "services/a/repo.h"
#include "shapes.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <memory>
#include <string>
#include <vector>

using Ids = std::vector<std::string>;

int ForLoop(chain::B::Stub& b, const Ids& ids) {
  int found = 0;
  // CHECK: services/a/batch.cpp:[[@LINE+7]]:24: warning: blocking call to chain.B/Do inside a loop: one round trip per iteration; send one batched request, or issue the calls concurrently with the async API [sync-call-in-loop]
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (size_t i = 0; i < ids.size(); ++i) {
    grpc::ClientContext ctx;
    chain::Req req;
    req.set_id(ids[i]);
    chain::Resp resp;
    grpc::Status s = b.Do(&ctx, req, &resp);
    found += s.ok();
  }
  return found;
}

int WhileLoop(chain::B::Stub& b, const Ids& ids) {
  int found = 0;
  size_t i = 0;
  // CHECK: services/a/batch.cpp:[[@LINE+6]]:24: warning: blocking call to chain.B/Do inside a loop
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  while (i < ids.size()) {
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    grpc::Status s = b.Do(&ctx, req, &resp);
    found += s.ok();
    ++i;
  }
  return found;
}

// The call is the condition: it runs once per iteration too.
int InTheCondition(chain::B::Stub& b, chain::Req req) {
  int pages = 0;
  grpc::ClientContext ctx;
  chain::Resp resp;
  // CHECK: services/a/batch.cpp:[[@LINE+2]]:12: warning: blocking call to chain.B/Do inside a loop
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  while (b.Do(&ctx, req, &resp).ok() && !resp.id().empty()) {
    req.set_id(resp.id());
    ++pages;
  }
  return pages;
}

int DoLoop(chain::B::Stub& b, const Ids& ids) {
  int found = 0;
  size_t i = 0;
  // CHECK: services/a/batch.cpp:[[@LINE+6]]:24: warning: blocking call to chain.B/Do inside a loop
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  do {
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    grpc::Status s = b.Do(&ctx, req, &resp);
    found += s.ok();
  } while (++i < ids.size());
  return found;
}

std::vector<std::string> RangeFor(chain::B::Stub& b, const Ids& ids) {
  std::vector<std::string> names;
  // CHECK: services/a/batch.cpp:[[@LINE+7]]:24: warning: blocking call to chain.B/Do inside a loop
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (const std::string& id : ids) {
    grpc::ClientContext ctx;
    chain::Req req;
    req.set_id(id);
    chain::Resp resp;
    grpc::Status s = b.Do(&ctx, req, &resp);
    if (s.ok())
      names.push_back(resp.id());
  }
  return names;
}

// A server-streaming call per item is still a round trip per item.
int Streams(acme::billing::v1::Billing::Stub& billing, const Ids& ids) {
  int items = 0;
  // CHECK: services/a/batch.cpp:[[@LINE+5]]:27: warning: blocking call to acme.billing.v1.Billing/List inside a loop
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (const std::string& id : ids) {
    grpc::ClientContext ctx;
    acme::billing::v1::Req req;
    auto reader = billing.List(&ctx, req);
    acme::billing::v1::Resp item;
    while (reader->Read(&item))
      ++items;
    if (!reader->Finish().ok())
      return -1;
  }
  return items;
}

// Nested loops: the note points at the innermost one.
int Nested(chain::B::Stub& b, const std::vector<Ids>& groups) {
  int found = 0;
  for (const Ids& group : groups) {
    // CHECK: services/a/batch.cpp:[[@LINE+6]]:26: warning: blocking call to chain.B/Do inside a loop
    // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:5: note: the loop starts here
    for (const std::string& id : group) {
      grpc::ClientContext ctx;
      chain::Req req;
      chain::Resp resp;
      grpc::Status s = b.Do(&ctx, req, &resp);
      found += s.ok() && !id.empty();
    }
  }
  return found;
}

// Leaving on the first failure is not retrying: one call per id still.
grpc::Status FailFast(chain::B::Stub& b, const Ids& ids) {
  // CHECK: services/a/batch.cpp:[[@LINE+6]]:24: warning: blocking call to chain.B/Do inside a loop
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (const std::string& id : ids) {
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    grpc::Status s = b.Do(&ctx, req, &resp);
    if (!s.ok())
      return s;
  }
  return grpc::Status::OK;
}

// Going round while the calls succeed is the opposite of a retry loop.
grpc::Status WhileSucceeding(chain::B::Stub& b, int n) {
  grpc::Status s;
  // CHECK: services/a/batch.cpp:[[@LINE+6]]:11: warning: blocking call to chain.B/Do inside a loop
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (int i = 0; i < n && s.ok(); ++i) {
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    s = b.Do(&ctx, req, &resp);
  }
  return s;
}

// Through a helper of the same TU (defined below).
bool Lookup(chain::B::Stub& b, const std::string& id);

int ThroughHelper(chain::B::Stub& b, const Ids& ids) {
  int found = 0;
  // CHECK: services/a/batch.cpp:[[@LINE+3]]:14: warning: 'Lookup', called inside a loop, makes a blocking call to chain.B/Do: one round trip per iteration; send one batched request, or issue the calls concurrently with the async API [sync-call-in-loop]
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (const std::string& id : ids)
    found += Lookup(b, id);
  return found;
}

bool Lookup(chain::B::Stub& b, const std::string& id) {
  grpc::ClientContext ctx;
  chain::Req req;
  req.set_id(id);
  chain::Resp resp;
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:12: note: 'Lookup' calls chain.B/Do here
  return b.Do(&ctx, req, &resp).ok();
}

// Through a virtual call: it reaches both overrides below; one of them blocks.
int ThroughVirtual(Repo& repo, const Ids& ids) {
  int found = 0;
  // CHECK: services/a/batch.cpp:[[@LINE+4]]:19: warning: 'RemoteRepo::Get', called inside a loop, makes a blocking call to chain.B/Do
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (const std::string& id : ids) {
    chain::Resp resp;
    found += repo.Get(id, &resp);
  }
  return found;
}

class MemoryRepo final : public Repo {
public:
  bool Get(const std::string& id, chain::Resp* resp) override {
    resp->set_id(id);
    return true;
  }
};

class RemoteRepo final : public Repo {
public:
  bool Get(const std::string& id, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    chain::Req req;
    req.set_id(id);
    // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:16: note: 'RemoteRepo::Get' calls chain.B/Do here
    return b_->Do(&ctx, req, resp).ok();
  }

private:
  std::unique_ptr<chain::B::Stub> b_;
};

// Through two helpers in another TU of the service (repo.cpp).
int ThroughOtherTU(chain::B::Stub& b, const Ids& ids) {
  int found = 0;
  // CHECK: services/a/batch.cpp:[[@LINE+4]]:9: warning: 'FetchOne', called inside a loop, makes a blocking call to chain.B/Do
  // CHECK-NEXT: services/a/batch.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (const std::string& id : ids) {
    chain::Resp resp;
    if (FetchOne(b, id, &resp).ok())
      ++found;
  }
  return found;
}

//--- services/a/repo.cpp
#include "services/a/repo.h"
#include <grpcpp/grpcpp.h>

static grpc::Status FetchRaw(chain::B::StubInterface& b, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  // CHECK-NEXT: services/a/repo.cpp:[[@LINE+1]]:12: note: 'FetchRaw' calls chain.B/Do here
  return b.Do(&ctx, req, resp);
}

grpc::Status FetchOne(chain::B::StubInterface& b, const std::string& id, chain::Resp* resp) {
  chain::Req req;
  req.set_id(id);
  return FetchRaw(b, req, resp);
}
