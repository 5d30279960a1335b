// ActorResolver: turns the words that name an actor into canonical actors,
// keeping track, through one document, of who has been mentioned.
//
// - coordination: "France and Germany" -> France, Germany
// - determiners, quantities and titles go: "a majority of senators" ->
//   senators; "Finance Minister Anna Keller" -> Anna Keller (person)
// - known names and aliases from the lexicon: "Zelenskyy" -> Volodymyr Zelensky
// - capitals and seats acting as states: "Paris" -> France, "the Kremlin" -> Russia
// - demonym + state noun: "French officials" -> France; otherwise a group:
//   "Irish farmers"
// - a surname alone joins the full name used earlier: "Keller" -> Anna Keller;
//   "the chancellor" joins the person introduced with that title; "the bloc",
//   "the bank" the latest organization named (with "bank" in its name)
// - pronouns: he/she -> the last person, it -> the last state or body,
//   they -> the last group or coordinated actors, we/I -> the speaker
// - inanimate heads ("the plan", "this package") are not actors: no result
// One resolver per document; not thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/triple.h"
#include "extract/lexicon.h"
#include "extract/sentence.h"

namespace stancegraph {

struct ResolvedActor {
  std::string name;
  ActorType type = ActorType::kUnknown;
  std::string mention;    // the words in the sentence
  bool inferred = false;  // reached through a pronoun or a role noun
  bool plural = false;    // named in the plural ("French officials"): "they" may refer to it
  std::string affiliation;  // a person's body, from titles ("French President ..." -> France)
};

class ActorResolver {
 public:
  ActorResolver(const Lexicon& lexicon, std::string document_speaker);

  // Actors named by `span` of `sentence`. `speaker` is who "we" and "I" are
  // in this place (a quotation's speaker, the document's speaker, or empty).
  std::vector<ResolvedActor> Resolve(const Sentence& sentence, Span span,
                                     const std::vector<ResolvedActor>& speaker);

  // Makes actors available to later pronouns and short names.
  void Remember(const std::vector<ResolvedActor>& actors);

  const std::vector<ResolvedActor>& DocumentSpeaker() const { return document_speaker_; }

 private:
  struct Mentioned {
    std::vector<ResolvedActor> actors;  // several when coordinated
    std::vector<std::string> titles;    // lower case: {"finance", "minister"}
    bool plural = false;
  };

  std::vector<ResolvedActor> ResolvePronoun(std::string_view pronoun,
                                            const std::vector<ResolvedActor>& speaker) const;
  std::vector<ResolvedActor> ResolveRole(std::string_view role) const;
  std::optional<ResolvedActor> LatestBody(std::string_view word) const;
  std::optional<ResolvedActor> AcronymAmongDescriptors(const Sentence& sentence, Span span) const;
  std::optional<ResolvedActor> BodyOfItsOfficer(const Sentence& sentence, Span span) const;
  std::optional<ResolvedActor> ResolveConjunct(const Sentence& sentence, Span span,
                                               std::vector<std::string>* titles);

  const Lexicon& lexicon_;
  std::vector<ResolvedActor> document_speaker_;
  std::vector<Mentioned> recent_;  // most recent last
  // Title word ("chancellor") -> the person last named with it. A map
  // rather than a list of everyone titled: a role noun costs a lookup, not
  // a scan of the document so far.
  std::map<std::string, std::string, std::less<>> person_with_title_;
  std::map<std::string, std::string> affiliations_;  // person -> the body named in their titles
};

}  // namespace stancegraph
