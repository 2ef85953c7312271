#include "model/Grpc.h"
#include "model/Preset.h"

namespace msglint::model {

std::vector<std::unique_ptr<Preset>> makePresets() {
  std::vector<std::unique_ptr<Preset>> presets;
  presets.push_back(std::make_unique<GrpcPreset>());
  return presets;
}

} // namespace msglint::model
