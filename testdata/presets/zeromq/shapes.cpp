// libzmq's C API against the real <zmq.h>: PUB/SUB events (topic frames
// and subscription prefixes), PUSH/PULL jobs, REQ/REP calls; sockets held
// in locals and in members; multipart messages; a wrapper; dynamic names.
// RUN: rm -rf %t && mkdir -p %t/services/feed && cp %s %t/services/feed/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %s
// RUN: %msglint extract -p %t/build --root %t %t/services/feed/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json | FileCheck %s --implicit-check-not=site --implicit-check-not=entry --implicit-check-not='call '

#include <zmq.h>

#include <cstring>
#include <string>

constexpr const char *kFeed = "tcp://*:5556";
const std::string kCreated = "order.created";

void publisher(void *ctx, const char *payload) {
  void *pub = zmq_socket(ctx, ZMQ_PUB);
  zmq_bind(pub, kFeed);
  // A topic frame then its payload: one event, named by the topic frame.
  // CHECK-DAG: site [[@LINE+1]]:3 publish tcp://*:5556#order.created style=pub blocking=false result=used deadline=n/a in publisher
  zmq_send(pub, kCreated.c_str(), kCreated.size(), ZMQ_SNDMORE);
  zmq_send(pub, payload, strlen(payload), 0);
  // The length cuts the name short.
  // CHECK-DAG: site [[@LINE+1]]:3 publish tcp://*:5556#order style=pub blocking=false result=used deadline=n/a in publisher
  zmq_send(pub, "order.paid", 5, ZMQ_SNDMORE | ZMQ_DONTWAIT);
  zmq_send(pub, payload, strlen(payload), 0);
  // One frame: no topic msglint can read; the endpoint's whole stream.
  zmq_msg_t msg;
  zmq_msg_init_size(&msg, 4);
  // CHECK-DAG: site [[@LINE+1]]:3 publish tcp://*:5556 style=pub blocking=false result=used deadline=n/a in publisher
  zmq_msg_send(&msg, pub, 0);
  zmq_close(pub);
}

// A subscriber on another host: the address's host is not in the name.
// CHECK-DAG: entry subscriber subscribe tcp://*:5556#order.created
void subscriber(void *ctx, const std::string &region) {
  void *sub = zmq_socket(ctx, ZMQ_SUB);
  zmq_connect(sub, "tcp://feed.internal:5556");
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe tcp://*:5556#order.created style=sub blocking=false result=used deadline=n/a in subscriber
  zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "order.created", 13);
  // The prefix is the function's parameter: subscriber is a wrapper too.
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe dynamic style=sub blocking=false result=used deadline=n/a param=1 expr=region.data() in subscriber
  zmq_setsockopt(sub, ZMQ_SUBSCRIBE, region.data(), region.size());
  char buf[256];
  while (zmq_recv(sub, buf, sizeof buf, 0) >= 0) {
  }
}

// A wrapper: the subscription prefix is its parameter.
// CHECK-DAG: site [[@LINE+4]]:3 subscribe dynamic style=sub blocking=false result=used deadline=n/a param=1 expr=topic in follow
void follow(void *ctx, const char *topic) {
  void *sub = zmq_socket(ctx, ZMQ_SUB);
  zmq_connect(sub, "ipc:///run/feed");
  zmq_setsockopt(sub, ZMQ_SUBSCRIBE, topic, strlen(topic));
}
void followers(void *ctx) {
  // CHECK-DAG: call followers -> follow args=1:payment.failed
  follow(ctx, "payment.failed");
}

// Jobs: a PUSH socket held in a member, a PULL worker loop.
class Jobs {
public:
  explicit Jobs(void *ctx) : push_(zmq_socket(ctx, ZMQ_PUSH)) { zmq_connect(push_, "tcp://mailer:5557"); }
  // CHECK-DAG: site [[@LINE+1]]:30 enqueue tcp://*:5557 style=push blocking=false result=used deadline=n/a in Jobs::email
  void email(zmq_msg_t *m) { zmq_msg_send(m, push_, 0); }

private:
  void *push_;
};

// CHECK-DAG: entry mailer work tcp://*:5557
void mailer(void *ctx) {
  void *pull = zmq_socket(ctx, ZMQ_PULL);
  // CHECK-DAG: site [[@LINE+1]]:3 work tcp://*:5557 style=pull blocking=false result=used deadline=n/a in mailer
  zmq_bind(pull, "tcp://*:5557");
  for (;;) {
    zmq_msg_t job;
    zmq_msg_init(&job);
    if (zmq_msg_recv(&job, pull, 0) < 0)
      break;
    zmq_msg_close(&job);
  }
}

// A direct call over REQ/REP, and a server whose receive loop is the entry.
int price(void *ctx, char *reply, size_t n) {
  void *req = zmq_socket(ctx, ZMQ_REQ);
  zmq_connect(req, "tcp://pricing:5555");
  // CHECK-DAG: site [[@LINE+1]]:3 call tcp://*:5555 style=req blocking=true result=used deadline=n/a in price
  zmq_send(req, "quote", 5, 0);
  return zmq_recv(req, reply, n, 0);
}
// CHECK-DAG: entry pricing call tcp://*:5555
void pricing(void *ctx, const char *address) {
  void *rep = zmq_socket(ctx, ZMQ_REP);
  zmq_bind(rep, "tcp://*:5555");
  char buf[64];
  while (zmq_recv(rep, buf, sizeof buf, 0) >= 0)
    zmq_send(rep, "42", 2, 0);
  // An address msglint cannot read: the pushes are dynamic.
  void *out = zmq_socket(ctx, ZMQ_PUSH);
  zmq_connect(out, address);
  // CHECK-DAG: site [[@LINE+1]]:3 enqueue dynamic style=push blocking=false result=used deadline=n/a expr=out in pricing
  zmq_send(out, buf, 2, 0);
}

// CHECK: errors 0
