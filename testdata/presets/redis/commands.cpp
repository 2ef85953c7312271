// hiredis, synchronous API: the command and its channel, list or stream
// read from redisCommand's format string and the arguments its %s / %b
// conversions take, for each messaging command: PUBLISH, SUBSCRIBE,
// PSUBSCRIBE (events), LPUSH/RPUSH and the pops (jobs on a list), XADD and
// XREADGROUP/XREAD (events on a stream). Other commands are not sites.
// RUN: rm -rf %t && mkdir -p %t/services/checkout && cp %s %t/services/checkout/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %s
// RUN: %msglint extract -p %t/build --root %t %t/services/checkout/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json > %t/facts.txt
// Sites in source order, nothing else; then the calls and entries.
// RUN: grep '^site' %t/facts.txt | FileCheck %s --implicit-check-not=site
// RUN: grep -v '^site' %t/facts.txt | FileCheck %s --check-prefix=LINK --implicit-check-not=entry --implicit-check-not=call

#include <hiredis/hiredis.h>

#include <string>

constexpr const char *kEmailQueue = "jobs:email";
const std::string kStream = "orders:stream";
constexpr const char *kPublishFormat = "PUBLISH %s %s";
constexpr int kShards = 8;

void events(redisContext *c, const char *payload, size_t len) {
  // CHECK: site [[@LINE+1]]:14 publish order.created style=publish blocking=false result=used deadline=n/a in events
  void *r1 = redisCommand(c, "PUBLISH order.created %s", payload);
  freeReplyObject(r1);
  // The channel from the argument its %s takes; %b takes two.
  // CHECK: site [[@LINE+1]]:19 publish order.shipped style=publish blocking=false result=used deadline=n/a in events
  freeReplyObject(redisCommand(c, "PUBLISH %s %b", "order.shipped", payload, len));
  // CHECK: site [[@LINE+1]]:19 publish order.paid style=publish blocking=false result=used deadline=n/a in events
  freeReplyObject(redisCommand(c, "publish order.%s %s", "paid", payload));
  // A constant format, a constant channel, lower-case commands.
  // CHECK: site [[@LINE+1]]:19 publish jobs:email style=publish blocking=false result=used deadline=n/a in events
  freeReplyObject(redisCommand(c, kPublishFormat, kEmailQueue, payload));
  // CHECK: site [[@LINE+1]]:19 publish orders:stream style=xadd blocking=false result=used deadline=n/a in events
  freeReplyObject(redisCommand(c, "XADD %s MAXLEN ~ 1000 * order %s", kStream.c_str(), payload));
  // Not messaging: no site.
  freeReplyObject(redisCommand(c, "SET order:%s %s", "42", payload));
  freeReplyObject(redisCommand(c, "INCR 100%% order.count"));
}

void jobs(redisContext *c, const std::string &job) {
  // CHECK: site [[@LINE+1]]:19 enqueue jobs:email style=lpush blocking=false result=used deadline=n/a in jobs
  freeReplyObject(redisCommand(c, "LPUSH %s %s", kEmailQueue, job.c_str()));
  // CHECK: site [[@LINE+1]]:19 enqueue jobs:invoice style=rpush blocking=false result=used deadline=n/a in jobs
  freeReplyObject(redisCommand(c, "RPUSH jobs:invoice %b", job.data(), job.size()));
  // Pipelined with redisAppendCommand: the same command.
  // CHECK: site [[@LINE+1]]:3 enqueue jobs:email style=rpush blocking=false result=used deadline=n/a in jobs
  redisAppendCommand(c, "RPUSH %s %s", kEmailQueue, job.c_str());
}

// The function that pops is the worker of the list (an entry point); its
// loop takes one job each time round, so the loop is not recorded.
void emailWorker(redisContext *c) {
  for (;;) {
    // CHECK: site [[@LINE+1]]:45 work jobs:email style=brpop blocking=false result=used deadline=n/a in emailWorker
    auto *reply = static_cast<redisReply *>(redisCommand(c, "BRPOP %s 0", kEmailQueue));
    if (!reply)
      return;
    freeReplyObject(reply);
  }
}

void otherPops(redisContext *c) {
  // CHECK: site [[@LINE+1]]:19 work jobs:invoice style=blmove blocking=false result=used deadline=n/a in otherPops
  freeReplyObject(redisCommand(c, "BLMOVE jobs:invoice jobs:invoice:processing RIGHT LEFT 5"));
  // CHECK: site [[@LINE+1]]:19 work jobs:email style=brpoplpush blocking=false result=used deadline=n/a in otherPops
  freeReplyObject(redisCommand(c, "BRPOPLPUSH %s jobs:email:processing 5", kEmailQueue));
  // CHECK: site [[@LINE+1]]:19 work jobs:refund style=lpop blocking=false result=used deadline=n/a in otherPops
  freeReplyObject(redisCommand(c, "LPOP jobs:refund"));
  // CHECK: site [[@LINE+1]]:19 work jobs:refund style=blmpop blocking=false result=used deadline=n/a in otherPops
  freeReplyObject(redisCommand(c, "BLMPOP 5 2 jobs:refund jobs:other LEFT"));
}

void readers(redisContext *c) {
  // A consumer group is one logical consumer of the stream.
  // CHECK: site [[@LINE+1]]:19 subscribe orders:stream style=xreadgroup blocking=false result=used deadline=n/a in readers
  freeReplyObject(redisCommand(c, "XREADGROUP GROUP loyalty loyalty-1 COUNT 10 BLOCK 2000 STREAMS %s >", kStream.c_str()));
  // CHECK: site [[@LINE+1]]:19 subscribe orders:stream style=xread blocking=false result=used deadline=n/a in readers
  freeReplyObject(redisCommand(c, "XREAD BLOCK 0 STREAMS orders:stream $"));
  // CHECK: site [[@LINE+1]]:19 subscribe order.created style=subscribe blocking=false result=used deadline=n/a in readers
  freeReplyObject(redisCommand(c, "SUBSCRIBE order.created"));
  // CHECK: site [[@LINE+1]]:19 subscribe order.* style=psubscribe blocking=false result=used deadline=n/a in readers
  freeReplyObject(redisCommand(c, "PSUBSCRIBE order.*"));
}

// What stays dynamic: a channel computed at run time, a number that is not
// a constant (the parameter it comes from is shown, though callers' numbers
// are not followed), a va_list.
void dynamicNames(redisContext *c, int shard, const char *payload) {
  std::string channel = "order.created." + std::to_string(shard);
  // CHECK: site [[@LINE+1]]:19 publish dynamic style=publish blocking=false result=used deadline=n/a expr=channel.c_str() in dynamicNames
  freeReplyObject(redisCommand(c, "PUBLISH %s %s", channel.c_str(), payload));
  // CHECK: site [[@LINE+1]]:19 enqueue dynamic style=lpush blocking=false result=used deadline=n/a expr=shard in dynamicNames
  freeReplyObject(redisCommand(c, "LPUSH jobs:%d %s", shard, payload));
  // An integer constant is formatted as hiredis would.
  // CHECK: site [[@LINE+1]]:19 enqueue jobs:7 style=lpush blocking=false result=used deadline=n/a in dynamicNames
  freeReplyObject(redisCommand(c, "LPUSH jobs:%d %s", kShards - 1, payload));
}

void publishV(redisContext *c, const char *format, va_list ap) {
  // The format is the caller's: the command is unknown, no site.
  freeReplyObject(redisvCommand(c, format, ap));
  // CHECK: site [[@LINE+1]]:19 publish dynamic style=publish blocking=false result=used deadline=n/a expr=ap in publishV
  freeReplyObject(redisvCommand(c, "PUBLISH %s %s", ap));
}

// A wrapper: the channel is its parameter, its callers name it.
void publishTo(redisContext *c, const std::string &channel, const std::string &payload) {
  // CHECK: site [[@LINE+1]]:19 publish dynamic style=publish blocking=false result=used deadline=n/a param=1 expr=channel.c_str() in publishTo
  freeReplyObject(redisCommand(c, "PUBLISH %s %s", channel.c_str(), payload.c_str()));
}
// A wrapper naming the list with a prefix of its own.
void enqueueJob(redisContext *c, const char *kind, const char *payload) {
  // CHECK: site [[@LINE+1]]:19 enqueue dynamic style=rpush blocking=false result=used deadline=n/a param=1 expr=kind in enqueueJob
  freeReplyObject(redisCommand(c, "RPUSH jobs:%s %s", kind, payload));
}

void confirm(redisContext *c, const std::string &payload) {
  // LINK: call confirm -> publishTo args=1:order.confirmed,2:param 1{{$}}
  publishTo(c, "order.confirmed", payload);
  // LINK: call confirm -> enqueueJob args=1:email,2:param 1{{$}}
  enqueueJob(c, "email", payload.c_str());
}

// Each synchronous pop and stream read makes its function the worker or
// consumer; SUBSCRIBE only registers, and makes no entry point.
// LINK: entry emailWorker work jobs:email
// LINK: entry otherPops work jobs:invoice
// LINK: entry otherPops work jobs:email
// LINK: entry otherPops work jobs:refund
// LINK: entry readers subscribe orders:stream
// LINK: errors 0
