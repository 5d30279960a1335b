// StanceTriple: one stance mention found in one sentence, with its evidence.
//
// This is the contract between the three components: extractors produce
// triples, the graph consumes them, and `stancegraph merge` reads them back
// from JSON Lines (core/triple_jsonl.h). Plain data, no behaviour beyond
// naming the enumerations.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stancegraph {

enum class Stance { kSupport, kOppose };

enum class ActorType { kPerson, kOrganization, kCountry, kGroup, kUnknown };

struct StanceTriple {
  std::string doc;            // document id
  std::string sentence;       // the evidence sentence, text as in the source
  int64_t start = 0;          // sentence offsets in the document, Unicode code
  int64_t end = 0;            //   points, end exclusive
  std::string actor;          // canonical actor name ("France")
  std::string actor_mention;  // the actor's words in the sentence ("Paris")
  ActorType actor_type = ActorType::kUnknown;
  Stance stance = Stance::kSupport;
  std::string topic;          // canonical topic phrase ("security guarantees")
  std::string topic_mention;  // the topic's words in the sentence
  std::string cue;            // the words carrying the stance ("not ready to provide")
  double confidence = 0.0;    // 0..1
  std::string date;           // the document's date, empty when unknown
  std::string reported_by;    // who reported the statement ("X said Y backs Z"), optional
  std::string addressee;      // whom the statement addresses ("urged Biden to ..."), optional
  std::string affiliation;    // the body a person actor speaks for ("U.S. Ambassador to NATO
                              //   Julianne Smith" -> United States), optional
};

std::string_view StanceName(Stance stance);          // "support" / "oppose"
std::string_view ActorTypeName(ActorType type);      // "person", ..., "unknown"
std::optional<Stance> ParseStance(std::string_view name);
std::optional<ActorType> ParseActorType(std::string_view name);

// A confidence as it is stored and written: rounded to 0.001, so that the
// last bits of a computed score never change an output, and a triple read
// back from JSON Lines carries exactly the confidence it was written with.
// NaN and infinities become 0; "-0" becomes 0; huge finite values are kept.
double RoundConfidence(double confidence);

}  // namespace stancegraph
