#include "common/messaging.h"

#include <iostream>

namespace shop {

redisContext* ConnectToRedis() {
  const std::string address = AddressOf(kRedis);
  const std::string::size_type colon = address.rfind(':');
  const std::string host = address.substr(0, colon);
  const int port = colon == std::string::npos ? 6379 : std::stoi(address.substr(colon + 1));
  redisContext* redis = redisConnect(host.c_str(), port);
  if (redis == nullptr || redis->err != 0) {
    std::cerr << "redis " << address << ": " << (redis ? redis->errstr : "out of memory") << "\n";
    redisFree(redis);
    return nullptr;
  }
  return redis;
}

std::unique_ptr<RdKafka::Conf> KafkaConfig(const std::string& group_id) {
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  std::string error;
  if (conf->set("bootstrap.servers", AddressOf(kKafka), error) != RdKafka::Conf::CONF_OK ||
      (!group_id.empty() && conf->set("group.id", group_id, error) != RdKafka::Conf::CONF_OK)) {
    std::cerr << "kafka configuration: " << error << "\n";
    return nullptr;
  }
  return conf;
}

std::unique_ptr<RdKafka::Producer> KafkaProducer(const char* service) {
  std::unique_ptr<RdKafka::Conf> conf = KafkaConfig("");
  std::string error;
  std::unique_ptr<RdKafka::Producer> producer(
      conf ? RdKafka::Producer::create(conf.get(), error) : nullptr);
  if (!producer) std::cerr << service << ": no Kafka producer: " << error << "\n";
  return producer;
}

bool PublishEvent(RdKafka::Producer& producer, const char* topic, const std::string& key,
                  const std::string& payload) {
  const RdKafka::ErrorCode sent = producer.produce(
      topic, RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
      const_cast<char*>(payload.data()), payload.size(), key.data(), key.size(), 0, nullptr);
  producer.poll(0);  // serve delivery reports
  return sent == RdKafka::ERR_NO_ERROR;
}

}  // namespace shop
