// Helpers shared by the extractor's tests.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/document.h"
#include "core/triple.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"

namespace stancegraph {

// The built-in lexicon, loaded once; a Problem would throw
// std::bad_variant_access and fail the test.
inline const Lexicon& BuiltInLexicon() {
  static const Lexicon lexicon = std::get<Lexicon>(Lexicon::Load());
  return lexicon;
}

// Extraction cases: a text and every triple expected from it.
constexpr Stance kFor = Stance::kSupport;
constexpr Stance kAgainst = Stance::kOppose;
constexpr ActorType kPerson = ActorType::kPerson;
constexpr ActorType kOrganization = ActorType::kOrganization;
constexpr ActorType kCountry = ActorType::kCountry;
constexpr ActorType kGroup = ActorType::kGroup;

struct Expected {
  std::string actor;
  std::optional<ActorType> type;  // nullopt: not checked
  Stance stance;
  std::string topic;  // a part of the canonical topic
};

struct Case {
  const char* name;
  std::string text;
  std::vector<Expected> expected;
};

inline std::vector<StanceTriple> Extract(const std::string& text, const std::string& speaker = "",
                                  ExtractOptions options = {}) {
  Document document;
  document.id = "test";
  document.text = text;
  document.speaker = speaker;
  return Extractor(BuiltInLexicon(), options).Extract(document);
}

inline std::string Describe(const std::vector<StanceTriple>& triples) {
  if (triples.empty()) return "  (no triples)\n";
  std::string out;
  for (const StanceTriple& t : triples) {
    out += "  " + t.actor + " (" + std::string(ActorTypeName(t.actor_type)) + ") " +
           std::string(StanceName(t.stance)) + " [" + t.topic + "] cue \"" + t.cue + "\" " +
           std::to_string(t.confidence) + "\n";
  }
  return out;
}

inline bool Matches(const StanceTriple& triple, const Expected& expected) {
  return triple.actor == expected.actor && triple.stance == expected.stance &&
         (!expected.type || triple.actor_type == *expected.type) &&
         triple.topic.find(expected.topic) != std::string::npos;
}

// Every expected triple matches a distinct extracted one and nothing else
// was extracted; every triple carries a cue and a confidence in (0, 1].
inline void ExpectExactly(const std::vector<StanceTriple>& triples,
                   const std::vector<Expected>& expected) {
  std::vector<bool> used(triples.size(), false);
  for (const Expected& e : expected) {
    bool found = false;
    for (size_t i = 0; i < triples.size() && !found; ++i) {
      if (!used[i] && Matches(triples[i], e)) used[i] = found = true;
    }
    EXPECT_TRUE(found) << "missing: " << e.actor << " " << StanceName(e.stance) << " [.." << e.topic
                       << "..]\ngot:\n" << Describe(triples);
  }
  EXPECT_EQ(triples.size(), expected.size()) << "got:\n" << Describe(triples);
  for (const StanceTriple& t : triples) {
    EXPECT_FALSE(t.cue.empty()) << t.actor;
    EXPECT_GT(t.confidence, 0.0) << t.actor;
    EXPECT_LE(t.confidence, 1.0) << t.actor;
  }
}

inline void CheckCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.name) + ": " + c.text);
    ExpectExactly(Extract(c.text), c.expected);
  }
}

}  // namespace stancegraph
