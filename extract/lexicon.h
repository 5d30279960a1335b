// Lexicon: the linguistic knowledge the extractor reads text with, loaded
// from the data files in extract/data/ (word classes, stance cues, countries,
// known actors, abbreviations, page-junk phrases, common verbs).
//
// The files are compiled into the binary; Lexicon::Load({paths}) adds the
// user's files (or directories of them) to the built-in ones, so users can
// extend a lexicon without rebuilding. A malformed line is a Problem naming
// file:line. Once loaded a Lexicon is immutable and safe to share between
// threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/problem.h"
#include "core/triple.h"
#include "extract/phrase_set.h"
#include "extract/tokenizer.h"
#include "extract/word_map.h"

namespace stancegraph {

// Classes of words_classes.tsv, as bits so a word can have several.
enum WordClass : uint64_t {
  kDeterminer = 1ull << 0,
  kQuantifier = 1ull << 1,
  kPossessivePronoun = 1ull << 2,
  kSubjectPronoun = 1ull << 3,
  kObjectPronoun = 1ull << 4,
  kPreposition = 1ull << 5,
  kAuxiliary = 1ull << 6,
  kCopula = 1ull << 7,
  kNegation = 1ull << 8,
  kAdverb = 1ull << 9,
  kConjunction = 1ull << 10,
  kSubordinator = 1ull << 11,
  kCondition = 1ull << 12,
  kHedge = 1ull << 13,
  kReportingVerb = 1ull << 14,
  kLightVerb = 1ull << 15,
  kControlVerb = 1ull << 16,
  kHedgeControl = 1ull << 17,
  kTimeWord = 1ull << 18,
  kGroupNoun = 1ull << 19,
  kRoleNoun = 1ull << 20,
  kStateNoun = 1ull << 21,
  kTitle = 1ull << 22,
  kInanimate = 1ull << 23,
  kVerb = 1ull << 24,  // from verbs.txt
  kProperAdjective = 1ull << 25,
  kTransferVerb = 1ull << 26,
  kProposalNoun = 1ull << 27,
  kQuantityOf = 1ull << 28,
  kParticle = 1ull << 29,
  kAspectVerb = 1ull << 30,   // "keep", "continue": "pledged to keep supplying arms"
  kVagueVerb = 1ull << 31,    // "go", "act": no topic without an object
  kBeliefVerb = 1ull << 32,   // "think", "believe": "did not think X was ready"
  kScaleWord = 1ull << 33,    // "billion", "percent": "£2 billion in aid" -> aid
  kTopicNoun = 1ull << 34,    // "plan", "deal": "the plan" refers back to the latest topic
  kIntroduceVerb = 1ull << 35,  // "unveiled", "proposed": the object becomes a topic to refer to
  kSpeechVerb = 1ull << 36,     // "emphasize", "thank": "want to emphasize X" is no stance on X
  kBodyNoun = 1ull << 37,       // "bloc", "group": "the bloc" is the latest organization named
  kOrganizationWord = 1ull << 38,  // "council", "union": "Riverton City Council" is an organization
  kJunkTrigger = 1ull << 39,       // set at load: the longest word of a junk.tsv phrase
  kReversalVerb = 1ull << 40,      // "scrap", "lift": "vowed to scrap the tax" opposes the tax
};


// kEvaluation: a judgement of the topic ("unacceptable", "a vital step"),
// said by someone: "X called Y unacceptable", "Y was unacceptable, X said".
enum class CuePos { kVerb, kAdjective, kNoun, kFixed, kEvaluation };

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

// What the lexicon knows about one word, found with one lookup (the
// tokenizer asks for every token).
struct WordInfo {
  uint64_t classes = 0;
  const std::vector<CueForm>* cues = nullptr;  // cue forms starting with the word
};

struct KnownActor {
  std::string name;
  ActorType type = ActorType::kUnknown;
};

class Lexicon {
 public:
  // The built-in data files, each followed by what `additions` adds to it.
  // An addition is a file whose name is a built-in file's name or ends in
  // "." and one ("my.cues.tsv" adds cues), or a directory of such files.
  // Later entries win where they name the same thing (a cue with the same
  // words and part of speech, an actor, an abbreviation).
  static std::variant<Lexicon, Problem> Load(const std::vector<std::string>& additions = {});

  uint64_t Classes(std::string_view lower_word) const;
  bool Is(std::string_view lower_word, uint64_t classes) const {
    return (Classes(lower_word) & classes) != 0;
  }

  // Cue forms whose first word is `lower_word` (any inflection), or nullptr.
  const std::vector<CueForm>* CuesStartingWith(std::string_view lower_word) const;

  // Classes() and CuesStartingWith() together.
  WordInfo Lookup(std::string_view lower_word) const {
    const WordInfo* info = words_.Find(lower_word);
    return info ? *info : WordInfo{};
  }
  // The same for a token: words and numbers carry it from the tokenizer;
  // other tokens ("'s", "%") are looked up.
  WordInfo Lookup(const Token& token) const {
    if (token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber) return {token.classes, token.cues};
    return Lookup(token.lower);
  }
  bool Is(const Token& token, uint64_t classes) const { return (Lookup(token).classes & classes) != 0; }

  // Actor named exactly `lower_name` (lower case, no leading "the").
  const KnownActor* FindActor(std::string_view lower_name) const;
  // State a capital or seat stands for ("paris" -> France), or nullptr.
  const KnownActor* StateOfCapital(std::string_view lower_name) const;
  // State of a demonym ("french" -> France), or nullptr.
  const KnownActor* StateOfDemonym(std::string_view lower_word) const;

  // "u.s." -> true; `*sentence_final` says whether it may also end a sentence.
  bool IsAbbreviation(std::string_view lower_token, bool* may_end_sentence) const;
  const std::vector<std::string>& JunkPhrases() const { return junk_.phrases(); }
  // Whether any junk phrase occurs in `lower_text` (lower case, quotes folded).
  bool ContainsJunkPhrase(std::string_view lower_text) const;


  // The preferred word for a topic word or two-word phrase ("pathway" ->
  // "path", "cease fire" -> "ceasefire"), or nullptr.
  const std::string* TopicSynonym(std::string_view lower_words) const;

 private:
  std::optional<Problem> ParseWordClasses(std::string_view file, std::string_view text);
  std::optional<Problem> ParseCues(std::string_view file, std::string_view text);
  std::optional<Problem> ParseCountries(std::string_view file, std::string_view text);
  std::optional<Problem> ParseActors(std::string_view file, std::string_view text);
  std::optional<Problem> ParseAbbreviations(std::string_view file, std::string_view text);
  std::optional<Problem> ParseJunk(std::string_view file, std::string_view text);
  std::optional<Problem> ParseVerbs(std::string_view file, std::string_view text);
  std::optional<Problem> ParseTopicSynonyms(std::string_view file, std::string_view text);
  void IndexCueForms();
  void IndexWords();

  WordMap<uint64_t> word_classes_;
  std::vector<std::unique_ptr<Cue>> cues_;
  WordMap<std::vector<CueForm>> cue_forms_;  // not changed after IndexCueForms(): words_ points in
  WordMap<KnownActor> actors_;
  WordMap<KnownActor> capitals_;
  WordMap<KnownActor> demonyms_;
  WordMap<bool> abbreviations_;  // value: may end a sentence
  std::vector<std::string> junk_phrases_;  // as loaded; junk_ is built from them last
  PhraseSet junk_;
  WordMap<WordInfo> words_;  // built last from the two maps above
  WordMap<std::string> topic_synonyms_;
};

}  // namespace stancegraph
