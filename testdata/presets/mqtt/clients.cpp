// Paho MQTT C++: publish by topic name, by message (make_message,
// message::create, a local message) and through mqtt::topic; the sync
// client; a wrapper taking the topic as a parameter and names that stay
// dynamic; subscriptions by filter and by collection; handlers set with
// set_message_callback (a lambda) and set_callback (a callback object's
// message_arrived); consume_message loops as entry points.
// RUN: rm -rf %t && mkdir -p %t/services/telemetry && cp %s %t/services/telemetry/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %s
// RUN: %msglint extract -p %t/build --root %t %t/services/telemetry/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json | FileCheck %s --implicit-check-not=site --implicit-check-not=entry --implicit-check-not=call

#include <mqtt/async_client.h>
#include <mqtt/client.h>

#include <string>

namespace {
const std::string kSite = "plant1";
constexpr const char *kAlarmRaised = "alarm/raised";
} // namespace

class Telemetry {
public:
  explicit Telemetry(mqtt::async_client &cli) : cli_(cli) {}

  void readings(const std::string &value) {
    // CHECK-DAG: site [[@LINE+1]]:10 publish sensor/temperature_measured style=publish blocking=false result=used deadline=n/a in Telemetry::readings
    cli_.publish("sensor/temperature_measured", value.data(), value.size(), 1, false);
    // CHECK-DAG: site [[@LINE+1]]:10 publish plant1/humidity_measured style=publish blocking=false result=used deadline=n/a in Telemetry::readings
    cli_.publish(mqtt::make_message(kSite + "/humidity_measured", value));
    auto msg = mqtt::message::create(kAlarmRaised, value, 1, false);
    // CHECK-DAG: site [[@LINE+1]]:10 publish alarm/raised style=publish blocking=false result=used deadline=n/a in Telemetry::readings
    cli_.publish(msg)->wait();
  }

  // A wrapper: its callers' arguments name the topic.
  mqtt::delivery_token_ptr send(const std::string &topic, const std::string &value) {
    // CHECK-DAG: site [[@LINE+1]]:17 publish dynamic style=publish blocking=false result=used deadline=n/a param=0 expr=topic in Telemetry::send
    return cli_.publish(topic, value);
  }

  void sendAll() {
    send("door/opened", "1");
    send(kSite + "/door/closed", "0");
  }

  // A message parameter names no topic here (dynamic, with its text).
  void forward(mqtt::const_message_ptr msg, const std::string &device) {
    // CHECK-DAG: site [[@LINE+1]]:10 publish dynamic style=publish blocking=false result=used deadline=n/a expr=msg in Telemetry::forward
    cli_.publish(msg);
    // CHECK-DAG: site [[@LINE+1]]:10 publish dynamic style=publish blocking=false result=used deadline=n/a expr="device/" + device in Telemetry::forward
    cli_.publish("device/" + device, "on");
  }

  void viaTopic() {
    mqtt::topic top(cli_, "valve/opened", 1);
    // CHECK-DAG: site [[@LINE+1]]:9 publish valve/opened style=publish blocking=false result=used deadline=n/a in Telemetry::viaTopic
    top.publish("1");
  }

private:
  mqtt::async_client &cli_;
};

void syncPublish(mqtt::client &cli) {
  mqtt::message msg("pump/started", "1", 1, false);
  // CHECK-DAG: site [[@LINE+1]]:7 publish pump/started style=publish blocking=false result=used deadline=n/a in syncPublish
  cli.publish(msg);
  // CHECK-DAG: site [[@LINE+1]]:7 publish pump/stopped style=publish blocking=false result=used deadline=n/a in syncPublish
  cli.publish("pump/stopped", "0", 1, 1, false);
}

void onAlarm(mqtt::const_message_ptr msg) { (void)msg; }

// The lambda handles the one topic this client subscribes to here.
void alarms(mqtt::async_client &cli) {
  // CHECK-DAG: site [[@LINE+1]]:7 subscribe alarm/raised style=message-callback blocking=false result=used deadline=n/a handlers=lambda in alarms in alarms
  cli.set_message_callback([](mqtt::const_message_ptr msg) { onAlarm(msg); });
  cli.connect()->wait();
  // CHECK-DAG: site [[@LINE+1]]:7 subscribe alarm/raised style=subscribe blocking=false result=used deadline=n/a in alarms
  cli.subscribe(kAlarmRaised, 1)->wait();
}

class Recorder : public virtual mqtt::callback {
public:
  void message_arrived(mqtt::const_message_ptr msg) override { (void)msg; }
};

void recorder(mqtt::async_client &cli, Recorder &cb) {
  // CHECK-DAG: site [[@LINE+1]]:7 subscribe sensor/temperature_measured style=callback blocking=false result=used deadline=n/a handlers=Recorder::message_arrived in recorder
  cli.set_callback(cb);
  // CHECK-DAG: site [[@LINE+1]]:7 subscribe sensor/temperature_measured style=subscribe blocking=false result=used deadline=n/a in recorder
  cli.subscribe(mqtt::string_collection::create({"sensor/temperature_measured"}),
                mqtt::iasync_client::qos_collection{1});
}

// Two filters, one call: dynamic; the handler has no single topic.
void dashboard(mqtt::async_client &cli) {
  cli.set_message_callback(onAlarm);
  // CHECK-DAG: site [[@LINE+1]]:7 subscribe dynamic style=subscribe blocking=false result=used deadline=n/a expr=mqtt::string_collection::create({"door/opened", "door/closed"}) in dashboard
  cli.subscribe(mqtt::string_collection::create({"door/opened", "door/closed"}),
                mqtt::iasync_client::qos_collection{0, 0});
}

// A consume loop is the entry point of what its client subscribed to.
void pumps(mqtt::async_client &cli) {
  cli.start_consuming();
  // CHECK-DAG: site [[@LINE+1]]:7 subscribe pump/started style=subscribe blocking=false result=used deadline=n/a in pumps
  cli.subscribe("pump/started", 1)->wait();
  while (auto msg = cli.consume_message())
    onAlarm(msg);
}

void syncConsume(mqtt::client &cli, const std::string &filter) {
  // CHECK-DAG: site [[@LINE+1]]:7 subscribe dynamic style=subscribe blocking=false result=used deadline=n/a param=1 expr=filter in syncConsume
  cli.subscribe(filter, 1);
  mqtt::const_message_ptr msg;
  while (cli.try_consume_message(&msg))
    onAlarm(msg);
}

// CHECK-DAG: call Telemetry::sendAll -> Telemetry::send args=0:door/opened,1:1
// CHECK-DAG: call Telemetry::sendAll -> Telemetry::send args=0:plant1/door/closed,1:0
// CHECK-DAG: entry pumps subscribe pump/started
// CHECK: errors 0
