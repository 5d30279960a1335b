// Lexicon: the linguistic knowledge the extractor reads text with, loaded
// from the data files in extract/data/ (word classes, stance cues, countries,
// known actors, abbreviations, page-junk phrases, common verbs).
//
// The files are compiled into the binary; Lexicon::Load(dir) reads any file
// present in `dir` instead, so users can extend a lexicon without
// rebuilding. A malformed line is a Problem naming file:line. Once loaded a
// Lexicon is immutable and safe to share between threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

#include "core/problem.h"
#include "core/triple.h"

namespace stancegraph {

// Classes of words_classes.tsv, as bits so a word can have several.
enum WordClass : uint32_t {
  kDeterminer = 1u << 0,
  kQuantifier = 1u << 1,
  kPossessivePronoun = 1u << 2,
  kSubjectPronoun = 1u << 3,
  kObjectPronoun = 1u << 4,
  kPreposition = 1u << 5,
  kAuxiliary = 1u << 6,
  kCopula = 1u << 7,
  kNegation = 1u << 8,
  kAdverb = 1u << 9,
  kConjunction = 1u << 10,
  kSubordinator = 1u << 11,
  kCondition = 1u << 12,
  kHedge = 1u << 13,
  kReportingVerb = 1u << 14,
  kLightVerb = 1u << 15,
  kControlVerb = 1u << 16,
  kHedgeControl = 1u << 17,
  kTimeWord = 1u << 18,
  kGroupNoun = 1u << 19,
  kRoleNoun = 1u << 20,
  kStateNoun = 1u << 21,
  kTitle = 1u << 22,
  kInanimate = 1u << 23,
  kVerb = 1u << 24,  // from verbs.txt
  kProperAdjective = 1u << 25,
  kTransferVerb = 1u << 26,
  kProposalNoun = 1u << 27,
  kQuantityOf = 1u << 28,
  kParticle = 1u << 29,
};

enum class CuePos { kVerb, kAdjective, kNoun, kFixed };

// What may follow a cue (cues.tsv FRAMES column), as bits.
enum CueFrame : uint32_t {
  kFrameNounPhrase = 1u << 0,
  kFrameInfinitive = 1u << 1,
  kFrameAddresseeInfinitive = 1u << 2,
  kFrameAddressee = 1u << 3,
  kFrameOver = 1u << 4,
  kFrameForInfinitive = 1u << 5,
};

struct Cue {
  std::string text;                 // "call for", as in the file
  std::vector<std::string> words;   // {"call", "for"}
  CuePos pos = CuePos::kVerb;
  Stance stance = Stance::kSupport;
  uint32_t frames = 0;
  double weight = 0.0;
};

// A cue's first word in one of its surface forms.
struct CueForm {
  const Cue* cue = nullptr;
  bool past_participle_or_past = false;  // "backed": can be passive
  bool base_form = false;                // "back": can follow "to"
};

struct KnownActor {
  std::string name;
  ActorType type = ActorType::kUnknown;
};

class Lexicon {
 public:
  // Built-in data files, each replaced by `directory`/<file> when that file
  // exists (directory may be empty: built-ins only).
  static std::variant<Lexicon, Problem> Load(const std::string& directory = "");

  uint32_t Classes(std::string_view lower_word) const;
  bool Is(std::string_view lower_word, uint32_t classes) const {
    return (Classes(lower_word) & classes) != 0;
  }

  // Cue forms whose first word is `lower_word` (any inflection), or nullptr.
  const std::vector<CueForm>* CuesStartingWith(std::string_view lower_word) const;

  // Actor named exactly `lower_name` (lower case, no leading "the").
  const KnownActor* FindActor(std::string_view lower_name) const;
  // State a capital or seat stands for ("paris" -> France), or nullptr.
  const KnownActor* StateOfCapital(std::string_view lower_name) const;
  // State of a demonym ("french" -> France), or nullptr.
  const KnownActor* StateOfDemonym(std::string_view lower_word) const;

  // "u.s." -> true; `*sentence_final` says whether it may also end a sentence.
  bool IsAbbreviation(std::string_view lower_token, bool* may_end_sentence) const;
  const std::vector<std::string>& JunkPhrases() const { return junk_phrases_; }

 private:
  std::optional<Problem> ParseWordClasses(std::string_view file, std::string_view text);
  std::optional<Problem> ParseCues(std::string_view file, std::string_view text);
  std::optional<Problem> ParseCountries(std::string_view file, std::string_view text);
  std::optional<Problem> ParseActors(std::string_view file, std::string_view text);
  std::optional<Problem> ParseAbbreviations(std::string_view file, std::string_view text);
  std::optional<Problem> ParseJunk(std::string_view file, std::string_view text);
  std::optional<Problem> ParseVerbs(std::string_view file, std::string_view text);
  void IndexCueForms();

  std::unordered_map<std::string, uint32_t> word_classes_;
  std::vector<std::unique_ptr<Cue>> cues_;
  std::unordered_map<std::string, std::vector<CueForm>> cue_forms_;
  std::unordered_map<std::string, KnownActor> actors_;
  std::unordered_map<std::string, KnownActor> capitals_;
  std::unordered_map<std::string, KnownActor> demonyms_;
  std::unordered_map<std::string, bool> abbreviations_;  // value: may end a sentence
  std::vector<std::string> junk_phrases_;
};

}  // namespace stancegraph
