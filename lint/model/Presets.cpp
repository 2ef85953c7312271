#include "model/Annotations.h"
#include "model/ConfigApis.h"
#include "model/Grpc.h"
#include "model/Httplib.h"
#include "model/Kafka.h"
#include "model/Mqtt.h"
#include "model/Nats.h"
#include "model/Preset.h"
#include "model/RabbitMq.h"
#include "model/Redis.h"
#include "model/Thrift.h"
#include "model/ZeroMq.h"

namespace msglint::model {

std::vector<std::unique_ptr<Preset>> makePresets(const std::vector<config::ApiDeclaration> &apis) {
  std::vector<std::unique_ptr<Preset>> presets;
  // Annotations first: what the code says of itself wins over a preset;
  // then what the configuration says of code that cannot say it itself.
  presets.push_back(std::make_unique<AnnotationsPreset>());
  if (!apis.empty())
    presets.push_back(std::make_unique<ConfigApisPreset>(apis));
  presets.push_back(std::make_unique<GrpcPreset>());
  presets.push_back(std::make_unique<KafkaPreset>());
  presets.push_back(std::make_unique<MqttPreset>());
  presets.push_back(std::make_unique<ThriftPreset>());
  presets.push_back(std::make_unique<HttplibPreset>());
  presets.push_back(std::make_unique<NatsPreset>());
  presets.push_back(std::make_unique<RedisPreset>());
  presets.push_back(std::make_unique<RabbitMqPreset>());
  presets.push_back(std::make_unique<ZeroMqPreset>());
  return presets;
}

} // namespace msglint::model
