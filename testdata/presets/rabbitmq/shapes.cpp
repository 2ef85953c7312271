// rabbitmq-c against the real <amqp.h>: jobs through the default exchange,
// events on named exchanges, bindings, consumers and their receive loops;
// names from literals, constants, std::string and amqp_bytes_t locals;
// wrappers; what stays dynamic.
// RUN: rm -rf %t && mkdir -p %t/services/orders && cp %s %t/services/orders/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %s
// RUN: %msglint extract -p %t/build --root %t %t/services/orders/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json | FileCheck %s --implicit-check-not=site --implicit-check-not=entry --implicit-check-not='call '

#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <string>

constexpr const char *kEmailQueue = "email.send";
const std::string kOrdersExchange = "orders";

void jobs(amqp_connection_state_t conn, amqp_bytes_t body) {
  // CHECK-DAG: site [[@LINE+1]]:3 enqueue email.send style=basic_publish blocking=false result=used deadline=n/a in jobs
  amqp_basic_publish(conn, 1, amqp_empty_bytes, amqp_cstring_bytes(kEmailQueue), 0, 0, nullptr, body);
  // CHECK-DAG: site [[@LINE+1]]:3 enqueue invoice.render style=basic_publish blocking=false result=used deadline=n/a in jobs
  amqp_basic_publish(conn, 1, amqp_cstring_bytes(""), amqp_cstring_bytes("invoice.render"), 0, 0, nullptr, body);
  amqp_bytes_t queue = amqp_cstring_bytes("sms.send");
  // CHECK-DAG: site [[@LINE+1]]:3 enqueue sms.send style=basic_publish blocking=false result=used deadline=n/a in jobs
  amqp_basic_publish(conn, 1, AMQP_EMPTY_BYTES, queue, 0, 0, nullptr, body);
}

void events(amqp_connection_state_t conn, amqp_bytes_t body, const std::string &tenant) {
  // The routing key is not part of the event's name: the exchange is.
  // CHECK-DAG: site [[@LINE+1]]:3 publish orders style=basic_publish blocking=false result=used deadline=n/a in events
  amqp_basic_publish(conn, 1, amqp_cstring_bytes(kOrdersExchange.c_str()), amqp_cstring_bytes("order.created"), 0, 0, nullptr, body);
  // CHECK-DAG: site [[@LINE+1]]:3 publish dynamic style=basic_publish blocking=false result=used deadline=n/a expr=amqp_cstring_bytes((tenant + ".events").c_str()) in events
  amqp_basic_publish(conn, 1, amqp_cstring_bytes((tenant + ".events").c_str()), amqp_cstring_bytes("x"), 0, 0, nullptr, body);
}

// A wrapper whose amqp_bytes_t parameter is the queue: its callers name it.
// CHECK-DAG: site [[@LINE+2]]:3 enqueue dynamic style=basic_publish blocking=false result=used deadline=n/a expr=queue in enqueue
void enqueue(amqp_connection_state_t conn, amqp_bytes_t queue, amqp_bytes_t body) {
  amqp_basic_publish(conn, 1, amqp_empty_bytes, queue, 0, 0, nullptr, body);
}
// A wrapper taking the exchange as a C string: the name inside
// amqp_cstring_bytes(...) is its parameter, which extract cannot record
// from a preset (docs/presets/rabbitmq.md, limits): dynamic.
void announce(amqp_connection_state_t conn, const char *exchange, amqp_bytes_t body) {
  // CHECK-DAG: site [[@LINE+1]]:3 publish dynamic style=basic_publish blocking=false result=used deadline=n/a expr=amqp_cstring_bytes(exchange) in announce
  amqp_basic_publish(conn, 1, amqp_cstring_bytes(exchange), amqp_empty_bytes, 0, 0, nullptr, body);
}
void callers(amqp_connection_state_t conn, amqp_bytes_t body) {
  // No `call` line: an amqp_bytes_t argument is not a name extract records.
  enqueue(conn, amqp_cstring_bytes("refund.issue"), body);
  // CHECK-DAG: call callers -> announce args=1:payments
  announce(conn, "payments", body);
}

// A worker: consumes a named queue and loops on amqp_consume_message.
// CHECK-DAG: entry emailWorker work email.send
void emailWorker(amqp_connection_state_t conn) {
  // CHECK-DAG: site [[@LINE+1]]:3 work email.send style=basic_consume blocking=false result=used deadline=n/a in emailWorker
  amqp_basic_consume(conn, 1, amqp_cstring_bytes(kEmailQueue), amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
  for (;;) {
    amqp_envelope_t envelope;
    amqp_maybe_release_buffers(conn);
    if (amqp_consume_message(conn, &envelope, nullptr, 0).reply_type != AMQP_RESPONSE_NORMAL)
      break;
    amqp_destroy_envelope(&envelope);
  }
}

// An event consumer: a server-named queue bound to the exchange. The
// binding is the subscription; consuming that queue is its delivery.
// CHECK-DAG: entry analytics subscribe orders
void analytics(amqp_connection_state_t conn) {
  amqp_queue_declare_ok_t *ok = amqp_queue_declare(conn, 1, amqp_empty_bytes, 0, 0, 1, 1, amqp_empty_table);
  amqp_bytes_t mine = amqp_bytes_malloc_dup(ok->queue);
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe orders style=queue_bind blocking=false result=used deadline=n/a in analytics
  amqp_queue_bind(conn, 1, mine, amqp_cstring_bytes("orders"), amqp_cstring_bytes("order.*"), amqp_empty_table);
  amqp_basic_consume(conn, 1, mine, amqp_empty_bytes, 0, 1, 0, amqp_empty_table);
  while (true) {
    amqp_envelope_t envelope;
    if (amqp_consume_message(conn, &envelope, nullptr, 0).reply_type != AMQP_RESPONSE_NORMAL)
      return;
    amqp_destroy_envelope(&envelope);
  }
}

// Polling and a queue msglint cannot name.
void poll(amqp_connection_state_t conn, const std::string &name) {
  // CHECK-DAG: site [[@LINE+1]]:9 work refund.issue style=basic_get blocking=false result=used deadline=n/a in poll
  (void)amqp_basic_get(conn, 1, amqp_cstring_bytes("refund.issue"), 1);
  amqp_bytes_t queue = amqp_cstring_bytes(name.c_str());
  // CHECK-DAG: site [[@LINE+1]]:3 work dynamic style=basic_consume blocking=false result=used deadline=n/a expr=queue in poll
  amqp_basic_consume(conn, 1, queue, amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
}

// CHECK: errors 0
