// English inflection for cue matching: the surface forms of a base word.
//
// Deliberately generous: a lexicon lookup keyed by surface form costs the
// same however many forms there are, and forms that English never produces
// ("offerred") simply never match. Irregular forms come from the lexicon.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

struct VerbForms {
  std::vector<std::string> third_person;  // backs
  std::vector<std::string> past;          // backed (also the participle)
  std::vector<std::string> gerund;        // backing
};

VerbForms InflectVerb(std::string_view base);
std::string PluralNoun(std::string_view singular);
// The singular of a regular English plural ("policies" -> "policy",
// "taxes" -> "tax"); other words unchanged. Used to compare head nouns.
std::string SingularNoun(std::string_view word);
// The -ing form used to name an activity as a topic ("host" -> "hosting").
std::string Gerund(std::string_view base);

}  // namespace stancegraph
