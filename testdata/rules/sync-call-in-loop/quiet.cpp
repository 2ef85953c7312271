// sync-call-in-loop stays silent on loops that are not N+1 calls, each a
// near miss of fires.cpp:
// - retry loops, which stop as soon as the call succeeds: the condition goes
//   round while the status is not ok; `if (s.ok()) break;`; `if (s.ok())
//   return s;`; `if (!s.ok()) continue;` in a loop that otherwise leaves;
// - async and callback calls in a loop, directly or through a helper: they
//   are issued concurrently;
// - a loop that makes no call, between calls made before and after it;
// - a call in the range expression of a range-for (evaluated once), directly
//   or through a helper;
// - a call inside a lambda written in a loop but run later (a callback);
// - reading a stream in a loop (one call, many messages);
// - a server's dispatch loop: the loop calls a handler, an entry point,
//   which may block as it likes (that is judged in the handler itself).
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: count 0 < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 0 findings in 1 translation unit of 1 service{{$}}

//--- .msglint.yaml
checks: '-*,sync-call-in-loop'

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include "shapes.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using Ids = std::vector<std::string>;

grpc::Status RetryWhileFailing(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  grpc::Status s;
  int attempts = 0;
  do {
    grpc::ClientContext ctx;
    s = b.Do(&ctx, req, resp);
  } while (!s.ok() && ++attempts < 3);
  return s;
}

grpc::Status RetryBreak(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  grpc::Status s;
  for (int attempt = 0; attempt < 3; ++attempt) {
    grpc::ClientContext ctx;
    s = b.Do(&ctx, req, resp);
    if (s.ok())
      break;
  }
  return s;
}

grpc::Status RetryReturn(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    grpc::ClientContext ctx;
    grpc::Status s = b.Do(&ctx, req, resp);
    if (s.ok())
      return s;
  }
  return grpc::Status(grpc::StatusCode::UNAVAILABLE, "gave up");
}

grpc::Status RetryContinue(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  int attempts = 0;
  while (true) {
    grpc::ClientContext ctx;
    grpc::Status s = b.Do(&ctx, req, resp);
    if (!s.ok() && ++attempts < 3)
      continue;
    return s;
  }
}

// Issued concurrently, collected after the loop.
void Concurrent(chain::B::Stub& b, const Ids& ids, grpc::CompletionQueue& cq) {
  std::vector<std::unique_ptr<grpc::ClientContext>> contexts;
  std::vector<chain::Resp> resps(ids.size());
  std::vector<grpc::Status> statuses(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    contexts.push_back(std::make_unique<grpc::ClientContext>());
    chain::Req req;
    req.set_id(ids[i]);
    auto rpc = b.AsyncDo(contexts.back().get(), req, &cq);
    rpc->Finish(&resps[i], &statuses[i], reinterpret_cast<void*>(i));
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    contexts.push_back(std::make_unique<grpc::ClientContext>());
    chain::Req req;
    auto rpc = b.PrepareAsyncDo(contexts.back().get(), req, &cq);
    rpc->StartCall();
    rpc->Finish(&resps[i], &statuses[i], reinterpret_cast<void*>(i));
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    contexts.push_back(std::make_unique<grpc::ClientContext>());
    static chain::Req req;
    b.async()->Do(contexts.back().get(), &req, &resps[i],
                  [&statuses, i](grpc::Status s) { statuses[i] = s; });
  }
}

// A helper that only starts an async call: nothing blocks in the loop.
void StartFetch(chain::B::Stub& b, grpc::CompletionQueue& cq, grpc::ClientContext* ctx,
                chain::Resp* resp, grpc::Status* status) {
  chain::Req req;
  auto rpc = b.AsyncDo(ctx, req, &cq);
  rpc->Finish(resp, status, nullptr);
}
void StartAll(chain::B::Stub& b, grpc::CompletionQueue& cq, std::vector<grpc::ClientContext>& ctxs,
              std::vector<chain::Resp>& resps, std::vector<grpc::Status>& statuses) {
  for (size_t i = 0; i < ctxs.size(); ++i)
    StartFetch(b, cq, &ctxs[i], &resps[i], &statuses[i]);
}

// The loop in the middle makes no call.
int Around(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp, const Ids& ids) {
  grpc::ClientContext before, after;
  int n = b.Do(&before, req, resp).ok();
  for (const std::string& id : ids)
    n += static_cast<int>(id.size());
  return n + b.Do(&after, req, resp).ok();
}

// The range expression runs once, before the loop.
Ids ListIds(chain::B::Stub& b) {
  grpc::ClientContext ctx;
  chain::Req req;
  chain::Resp resp;
  if (!b.Do(&ctx, req, &resp).ok())
    return {};
  return {resp.id()};
}
size_t InTheRange(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  size_t n = 0;
  for (const std::string& id : ListIds(b))
    n += id.size();
  grpc::ClientContext ctx;
  for (char c : b.Do(&ctx, req, resp).error_message())
    n += c == ' ';
  return n;
}

// Callbacks made in a loop, run later, one per event.
std::vector<std::function<bool()>> Handlers(chain::B::Stub& b, const Ids& ids) {
  std::vector<std::function<bool()>> handlers;
  for (const std::string& id : ids)
    handlers.push_back([&b, id] {
      grpc::ClientContext ctx;
      chain::Req req;
      req.set_id(id);
      chain::Resp resp;
      return b.Do(&ctx, req, &resp).ok();
    });
  return handlers;
}

// One call, many messages.
int ReadAll(acme::billing::v1::Billing::Stub& billing) {
  grpc::ClientContext ctx;
  acme::billing::v1::Req req;
  auto reader = billing.List(&ctx, req);
  acme::billing::v1::Resp item;
  int n = 0;
  while (reader->Read(&item))
    ++n;
  return reader->Finish().ok() ? n : -1;
}

// A completion-queue server: the loop hands each event to its call's
// handler (the function that calls RequestDo), which blocks on b.
class CallData {
public:
  virtual ~CallData() = default;
  virtual void Proceed(bool ok) = 0;
};

class DoCall final : public CallData {
public:
  DoCall(chain::A::AsyncService* service, grpc::ServerCompletionQueue* cq, chain::B::Stub* b)
      : service_(service), cq_(cq), b_(b), responder_(&ctx_) {
    Proceed(true);
  }

  void Proceed(bool ok) override {
    if (!started_) {
      started_ = true;
      service_->RequestDo(&ctx_, &req_, &responder_, cq_, cq_, this);
      return;
    }
    if (!ok)
      return;
    new DoCall(service_, cq_, b_);
    grpc::ClientContext ctx;
    grpc::Status s = b_->Do(&ctx, req_, &resp_);
    responder_.Finish(resp_, s, this);
  }

private:
  chain::A::AsyncService* service_;
  grpc::ServerCompletionQueue* cq_;
  chain::B::Stub* b_;
  grpc::ServerContext ctx_;
  chain::Req req_;
  chain::Resp resp_;
  grpc::ServerAsyncResponseWriter<chain::Resp> responder_;
  bool started_ = false;
};

void Serve(grpc::ServerCompletionQueue* cq) {
  void* tag = nullptr;
  bool ok = false;
  while (cq->Next(&tag, &ok))
    static_cast<CallData*>(tag)->Proceed(ok);
}

void ServeDirect(grpc::ServerCompletionQueue* cq) {
  void* tag = nullptr;
  bool ok = false;
  while (cq->Next(&tag, &ok))
    static_cast<DoCall*>(tag)->Proceed(ok);
}
