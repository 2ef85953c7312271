// hiredis, asynchronous API and argv commands: redisAsyncCommand's
// callback is the handler of what a SUBSCRIBE, a pop or an XREADGROUP
// receives (free functions, static member functions); a completion
// callback of a PUBLISH or an LPUSH is not. redisCommandArgv and its
// siblings name the command in a braced argv array (a local array or a
// std::vector); an element that is not a name leaves the site dynamic.
// RUN: rm -rf %t && mkdir -p %t/services/loyalty && cp %s %t/services/loyalty/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %s
// RUN: %msglint extract -p %t/build --root %t %t/services/loyalty/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json > %t/facts.txt
// Sites in source order, nothing else; then the calls and entries.
// RUN: grep '^site' %t/facts.txt | FileCheck %s --implicit-check-not=site
// RUN: grep -v '^site' %t/facts.txt | FileCheck %s --check-prefix=LINK --implicit-check-not=entry --implicit-check-not=call

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <string>
#include <vector>

static void onOrderEvent(redisAsyncContext *, void *reply, void *) { (void)reply; }
static void onPublished(redisAsyncContext *, void *, void *) {}

struct PointsWorker {
  static void onJob(redisAsyncContext *, void *reply, void *self) {
    static_cast<PointsWorker *>(self)->done += reply != nullptr;
  }
  int done = 0;
};

constexpr const char *kPoints = "jobs:points";

void startConsumers(redisAsyncContext *ac, PointsWorker *worker, const std::string &stream) {
  // CHECK: site [[@LINE+1]]:3 subscribe order.confirmed style=subscribe blocking=false result=used deadline=n/a handlers=onOrderEvent in startConsumers
  redisAsyncCommand(ac, onOrderEvent, nullptr, "SUBSCRIBE %s", "order.confirmed");
  // CHECK: site [[@LINE+1]]:3 subscribe order.* style=psubscribe blocking=false result=used deadline=n/a handlers=onOrderEvent in startConsumers
  redisAsyncCommand(ac, &onOrderEvent, nullptr, "PSUBSCRIBE order.*");
  // CHECK: site [[@LINE+1]]:3 work jobs:points style=blpop blocking=false result=used deadline=n/a handlers=PointsWorker::onJob in startConsumers
  redisAsyncCommand(ac, &PointsWorker::onJob, worker, "BLPOP %s 0", kPoints);
  // A stream read by a consumer group named in the caller: dynamic here.
  // CHECK: site [[@LINE+1]]:3 subscribe dynamic style=xreadgroup blocking=false result=used deadline=n/a param=2 expr=stream.c_str() handlers=onOrderEvent in startConsumers
  redisAsyncCommand(ac, onOrderEvent, nullptr, "XREADGROUP GROUP loyalty c1 BLOCK 0 STREAMS %s >", stream.c_str());
}

void produceAsync(redisAsyncContext *ac, const char *payload) {
  // CHECK: site [[@LINE+1]]:3 publish points.granted style=publish blocking=false result=used deadline=n/a in produceAsync
  redisAsyncCommand(ac, onPublished, nullptr, "PUBLISH points.granted %s", payload);
  // CHECK: site [[@LINE+1]]:3 enqueue jobs:points style=lpush blocking=false result=used deadline=n/a in produceAsync
  redisAsyncCommand(ac, nullptr, nullptr, "LPUSH %s %s", kPoints, payload);
}

void startLoyalty(redisAsyncContext *ac, PointsWorker *worker) {
  // LINK: call startLoyalty -> startConsumers args=2:orders:stream{{$}}
  startConsumers(ac, worker, "orders:stream");
}

void argvCommands(redisContext *c, redisAsyncContext *ac, const std::string &payload) {
  const char *publish[] = {"PUBLISH", "points.granted", payload.c_str()};
  // CHECK: site [[@LINE+1]]:19 publish points.granted style=publish blocking=false result=used deadline=n/a in argvCommands
  freeReplyObject(redisCommandArgv(c, 3, publish, nullptr));
  std::vector<const char *> push{"RPUSH", kPoints, payload.c_str()};
  // CHECK: site [[@LINE+1]]:3 enqueue jobs:points style=rpush blocking=false result=used deadline=n/a in argvCommands
  redisAppendCommandArgv(c, static_cast<int>(push.size()), push.data(), nullptr);
  const char *pop[] = {"BRPOP", kPoints, "0"};
  // CHECK: site [[@LINE+1]]:3 work jobs:points style=brpop blocking=false result=used deadline=n/a handlers=PointsWorker::onJob in argvCommands
  redisAsyncCommandArgv(ac, PointsWorker::onJob, nullptr, 3, pop, nullptr);
  // An element that is not a name: dynamic, with the array's text.
  const char *dynamic[] = {"LPUSH", payload.c_str(), "x"};
  // CHECK: site [[@LINE+1]]:19 enqueue dynamic style=lpush blocking=false result=used deadline=n/a expr=dynamic in argvCommands
  freeReplyObject(redisCommandArgv(c, 3, dynamic, nullptr));
  // Not a messaging command.
  const char *get[] = {"GET", "points:42"};
  freeReplyObject(redisCommandArgv(c, 2, get, nullptr));
}

// LINK: errors 0
