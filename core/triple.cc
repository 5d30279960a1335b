#include "core/triple.h"

#include <cmath>

namespace stancegraph {

std::string_view StanceName(Stance stance) {
  return stance == Stance::kSupport ? "support" : "oppose";
}

std::string_view ActorTypeName(ActorType type) {
  switch (type) {
    case ActorType::kPerson: return "person";
    case ActorType::kOrganization: return "organization";
    case ActorType::kCountry: return "country";
    case ActorType::kGroup: return "group";
    case ActorType::kUnknown: break;
  }
  return "unknown";
}

std::optional<Stance> ParseStance(std::string_view name) {
  if (name == "support") return Stance::kSupport;
  if (name == "oppose") return Stance::kOppose;
  return std::nullopt;
}

std::optional<ActorType> ParseActorType(std::string_view name) {
  for (ActorType type : {ActorType::kPerson, ActorType::kOrganization, ActorType::kCountry,
                         ActorType::kGroup, ActorType::kUnknown}) {
    if (ActorTypeName(type) == name) return type;
  }
  return std::nullopt;
}

double RoundConfidence(double confidence) {
  if (!std::isfinite(confidence)) return 0.0;
  if (std::fabs(confidence) >= 1e15) return confidence;
  const double rounded = std::round(confidence * 1000.0) / 1000.0;
  return rounded == 0.0 ? 0.0 : rounded;  // never "-0.0"
}

}  // namespace stancegraph
