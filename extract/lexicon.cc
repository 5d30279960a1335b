#include "extract/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "extract/embedded_data.h"
#include "extract/morphology.h"
#include "extract/text.h"

namespace stancegraph {
namespace {

// Calls `on_line(line_number, fields)` for every line that is not blank or a
// comment; fields are split on tabs. Stops at the first problem returned.
template <typename OnLine>
std::optional<Problem> ForEachDataLine(std::string_view file, std::string_view text, OnLine on_line) {
  size_t line_number = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    if (std::optional<std::string> error = on_line(fields)) {
      return Problem{std::string(file) + ":" + std::to_string(line_number), *error};
    }
  }
  return std::nullopt;
}

std::optional<std::string> ExpectFields(const std::vector<std::string_view>& fields, size_t min,
                                        size_t max) {
  if (fields.size() < min || fields.size() > max) {
    return "expected " + std::to_string(min) + (min == max ? "" : "-" + std::to_string(max)) +
           " tab-separated fields, found " + std::to_string(fields.size());
  }
  return std::nullopt;
}

const std::unordered_map<std::string_view, uint64_t>& WordClassNames() {
  static const std::unordered_map<std::string_view, uint64_t> names = {
      {"det", kDeterminer},         {"quant", kQuantifier},
      {"poss", kPossessivePronoun}, {"subj_pron", kSubjectPronoun},
      {"obj_pron", kObjectPronoun}, {"prep", kPreposition},
      {"aux", kAuxiliary},          {"copula", kCopula},
      {"neg", kNegation},           {"adv", kAdverb},
      {"conj", kConjunction},       {"subord", kSubordinator},
      {"condition", kCondition},    {"hedge", kHedge},
      {"report", kReportingVerb},   {"light_verb", kLightVerb},
      {"control", kControlVerb},    {"hedge_control", kHedgeControl},
      {"time", kTimeWord},          {"group_noun", kGroupNoun},
      {"role_noun", kRoleNoun},     {"state_noun", kStateNoun},
      {"title", kTitle},            {"inanimate", kInanimate},
      {"proper_adj", kProperAdjective}, {"transfer_verb", kTransferVerb},
      {"proposal_noun", kProposalNoun}, {"quantity_of", kQuantityOf},
      {"particle", kParticle},      {"aspect_verb", kAspectVerb},
      {"vague_verb", kVagueVerb},   {"belief_verb", kBeliefVerb},
      {"scale", kScaleWord},        {"topic_noun", kTopicNoun},
      {"introduce_verb", kIntroduceVerb}, {"speech_verb", kSpeechVerb},
      {"body_noun", kBodyNoun},     {"org_word", kOrganizationWord},
      {"reversal_verb", kReversalVerb},
  };
  return names;
}

std::optional<ActorType> ActorTypeFromFile(std::string_view name) {
  std::optional<ActorType> type = ParseActorType(name);
  if (type == ActorType::kUnknown) return std::nullopt;  // a known actor has a type
  return type;
}

// Lower-case key for actor lookups: "The Kremlin" -> "kremlin". Returns a
// view of `name`, or of `*lowered` when `name` had upper-case letters, so
// lookups with lower-case names (most) build no string.
std::string_view ActorKey(std::string_view name, std::string* lowered) {
  std::string_view key = Trim(name);
  if (std::any_of(key.begin(), key.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    *lowered = LowerCase(key);
    key = *lowered;
  }
  if (StartsWith(key, "the ")) key.remove_prefix(4);
  return key;
}
std::string ActorKey(std::string_view name) {
  std::string lowered;
  return std::string(ActorKey(name, &lowered));
}

}  // namespace

namespace {

using Parser = std::optional<Problem> (Lexicon::*)(std::string_view, std::string_view);

// Which lexicon a user file adds to: its name is a built-in file's name
// ("cues.tsv") or ends with "." and one ("ukraine.actors.tsv").
std::optional<size_t> LexiconFileIndex(const std::string& file_name,
                                       const std::vector<std::string>& names) {
  for (size_t i = 0; i < names.size(); ++i) {
    if (file_name == names[i] || EndsWith(file_name, "." + names[i])) return i;
  }
  return std::nullopt;
}

std::variant<std::string, Problem> ReadLexiconFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Problem{path.string(), "cannot read lexicon file"};
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Problem{path.string(), "cannot read lexicon file"};
  return content.str();
}

}  // namespace

std::variant<Lexicon, Problem> Lexicon::Load(const std::vector<std::string>& additions) {
  Lexicon lexicon;
  // In dependency order: cues are inflected with verbs.txt in mind, and so on.
  const std::vector<std::pair<std::string, Parser>> files = {
      {"word_classes.tsv", &Lexicon::ParseWordClasses},
      {"verbs.txt", &Lexicon::ParseVerbs},
      {"cues.tsv", &Lexicon::ParseCues},
      {"countries.tsv", &Lexicon::ParseCountries},
      {"actors.tsv", &Lexicon::ParseActors},
      {"abbreviations.txt", &Lexicon::ParseAbbreviations},
      {"junk.tsv", &Lexicon::ParseJunk},
      {"topic_synonyms.tsv", &Lexicon::ParseTopicSynonyms},
  };
  std::vector<std::string> names;
  for (const auto& file : files) names.push_back(file.first);

  // User files, grouped by the built-in file they add to, in the order given
  // (a directory's files in name order).
  std::vector<std::vector<std::filesystem::path>> added(files.size());
  for (const std::string& addition : additions) {
    std::filesystem::path path(addition);
    std::error_code ec;
    if (addition.empty()) return Problem{"\"\"", "empty lexicon path"};
    if (std::filesystem::is_directory(path, ec)) {
      std::vector<std::filesystem::path> entries;
      for (const auto& entry : std::filesystem::directory_iterator(path, ec)) entries.push_back(entry.path());
      if (ec) return Problem{addition, "cannot list lexicon directory: " + ec.message()};
      std::sort(entries.begin(), entries.end());
      for (const auto& entry : entries) {
        if (auto index = LexiconFileIndex(entry.filename().string(), names)) added[*index].push_back(entry);
      }
    } else if (std::filesystem::exists(path, ec)) {
      std::optional<size_t> index = LexiconFileIndex(path.filename().string(), names);
      if (!index) {
        std::string known;
        for (const std::string& name : names) known += (known.empty() ? "" : ", ") + name;
        return Problem{addition, "unknown lexicon file: its name must be or end in one of " + known};
      }
      added[*index].push_back(path);
    } else {
      return Problem{addition, "no such lexicon file or directory"};
    }
  }

  for (size_t i = 0; i < files.size(); ++i) {
    const auto& [name, parse] = files[i];
    if (auto problem = (lexicon.*parse)("built-in " + name, EmbeddedDataFile(name))) return *problem;
    for (const std::filesystem::path& path : added[i]) {
      std::variant<std::string, Problem> text = ReadLexiconFile(path);
      if (auto* problem = std::get_if<Problem>(&text)) return *problem;
      if (auto problem = (lexicon.*parse)(path.string(), std::get<std::string>(text))) return *problem;
    }
  }
  lexicon.IndexCueForms();
  lexicon.IndexWords();
  lexicon.junk_ = PhraseSet(std::move(lexicon.junk_phrases_));
  lexicon.junk_phrases_.clear();
  return lexicon;
}

std::optional<Problem> Lexicon::ParseWordClasses(std::string_view file, std::string_view text) {
  return ForEachDataLine(file, text, [&](const auto& fields) -> std::optional<std::string> {
    if (auto error = ExpectFields(fields, 2, 2)) return error;
    auto it = WordClassNames().find(Trim(fields[1]));
    if (it == WordClassNames().end()) return "unknown word class `" + std::string(fields[1]) + "`";
    word_classes_[LowerCase(Trim(fields[0]))] |= it->second;
    return std::nullopt;
  });
}

std::optional<Problem> Lexicon::ParseVerbs(std::string_view file, std::string_view text) {
  return ForEachDataLine(file, text, [&](const auto& fields) -> std::optional<std::string> {
    if (auto error = ExpectFields(fields, 1, 1)) return error;
    word_classes_[LowerCase(Trim(fields[0]))] |= kVerb;
    return std::nullopt;
  });
}

std::optional<Problem> Lexicon::ParseTopicSynonyms(std::string_view file, std::string_view text) {
  return ForEachDataLine(file, text, [&](const auto& fields) -> std::optional<std::string> {
    if (auto error = ExpectFields(fields, 2, 2)) return error;
    std::string variant = LowerCase(Trim(fields[0]));
    if (Split(variant, ' ').size() > 2) return "a variant has at most two words";
    topic_synonyms_[variant] = LowerCase(Trim(fields[1]));
    return std::nullopt;
  });
}

const std::string* Lexicon::TopicSynonym(std::string_view lower_words) const {
  return topic_synonyms_.Find(lower_words);
}

std::optional<Problem> Lexicon::ParseCues(std::string_view file, std::string_view text) {
  return ForEachDataLine(file, text, [&](const auto& fields) -> std::optional<std::string> {
    if (auto error = ExpectFields(fields, 5, 6)) return error;
    auto cue = std::make_unique<Cue>();
    cue->text = LowerCase(Trim(fields[0]));
    for (std::string_view word : Split(cue->text, ' ')) {
      if (!word.empty()) cue->words.emplace_back(word);
    }
    if (cue->words.empty()) return std::string("empty cue");
    std::string_view pos = Trim(fields[1]);
    if (pos == "verb") cue->pos = CuePos::kVerb;
    else if (pos == "adj") cue->pos = CuePos::kAdjective;
    else if (pos == "noun") cue->pos = CuePos::kNoun;
    else if (pos == "fixed") cue->pos = CuePos::kFixed;
    else if (pos == "eval") cue->pos = CuePos::kEvaluation;
    else return "unknown part of speech `" + std::string(pos) + "` (verb, adj, noun, fixed, eval)";
    std::optional<Stance> stance = ParseStance(Trim(fields[2]));
    if (!stance) return "unknown stance `" + std::string(fields[2]) + "` (support, oppose)";
    cue->stance = *stance;
    for (std::string_view frame : Split(Trim(fields[3]), ',')) {
      frame = Trim(frame);
      if (frame == "np") cue->frames |= kFrameNounPhrase;
      else if (frame == "inf") cue->frames |= kFrameInfinitive;
      else if (frame == "addr_inf") cue->frames |= kFrameAddresseeInfinitive;
      else if (frame == "addr") cue->frames |= kFrameAddressee;
      else if (frame == "over") cue->frames |= kFrameOver;
      else if (frame == "for_inf") cue->frames |= kFrameForInfinitive;
      else return "unknown frame `" + std::string(frame) + "`";
    }
    std::string weight(Trim(fields[4]));
    char* end = nullptr;
    cue->weight = std::strtod(weight.c_str(), &end);
    if (weight.empty() || *end != '\0' || cue->weight <= 0 || cue->weight > 1) {
      return "weight `" + weight + "` is not a number in (0, 1]";
    }
    // A cue given again (a user file after the built-in one) replaces it.
    auto same = std::find_if(cues_.begin(), cues_.end(), [&](const std::unique_ptr<Cue>& c) {
      return c->text == cue->text && c->pos == cue->pos;
    });
    if (same != cues_.end()) {
      **same = std::move(*cue);
      std::rotate(same, same + 1, cues_.end());  // the replaced cue is now the last one
    } else {
      cues_.push_back(std::move(cue));
    }
    // Irregular forms are indexed with the regular ones in IndexCueForms().
    if (fields.size() == 6) {
      for (std::string_view form : Split(Trim(fields[5]), '|')) {
        std::string surface = LowerCase(Trim(form));
        if (surface.empty()) continue;
        const std::string& head = cues_.back()->words.front();
        bool base = surface == head;
        bool past = !base && !EndsWith(surface, "s") && !EndsWith(surface, "ing");
        cue_forms_[surface].push_back({cues_.back().get(), past, base});
      }
    }
    return std::nullopt;
  });
}

void Lexicon::IndexCueForms() {
  for (const auto& cue : cues_) {
    const std::string& head = cue->words.front();
    auto add = [&](const std::string& form, bool past, bool base) {
      std::vector<CueForm>& forms = cue_forms_[form];
      for (CueForm& existing : forms) {
        if (existing.cue == cue.get()) {
          existing.past_participle_or_past |= past;
          existing.base_form |= base;
          return;
        }
      }
      forms.push_back({cue.get(), past, base});
    };
    add(head, false, true);
    if (cue->pos == CuePos::kVerb) {
      VerbForms forms = InflectVerb(head);
      for (const auto& f : forms.third_person) add(f, false, false);
      for (const auto& f : forms.past) add(f, true, false);
      for (const auto& f : forms.gerund) add(f, false, false);
    } else if (cue->pos == CuePos::kNoun) {
      add(PluralNoun(head), false, false);
    }
  }
}

std::optional<Problem> Lexicon::ParseCountries(std::string_view file, std::string_view text) {
  return ForEachDataLine(file, text, [&](const auto& fields) -> std::optional<std::string> {
    if (auto error = ExpectFields(fields, 4, 4)) return error;
    KnownActor state{std::string(Trim(fields[0])), ActorType::kCountry};
    if (state.name.empty()) return std::string("empty country name");
    actors_[ActorKey(state.name)] = state;
    for (std::string_view alias : Split(fields[1], '|')) {
      if (!Trim(alias).empty()) actors_[ActorKey(alias)] = state;
    }
    for (std::string_view capital : Split(fields[2], '|')) {
      if (!Trim(capital).empty()) capitals_[ActorKey(capital)] = state;
    }
    for (std::string_view demonym : Split(fields[3], '|')) {
      if (!Trim(demonym).empty()) demonyms_[ActorKey(demonym)] = state;
    }
    return std::nullopt;
  });
}

std::optional<Problem> Lexicon::ParseActors(std::string_view file, std::string_view text) {
  return ForEachDataLine(file, text, [&](const auto& fields) -> std::optional<std::string> {
    if (auto error = ExpectFields(fields, 2, 3)) return error;
    std::optional<ActorType> type = ActorTypeFromFile(Trim(fields[1]));
    if (!type) return "unknown actor type `" + std::string(fields[1]) + "`";
    KnownActor actor{std::string(Trim(fields[0])), *type};
    if (actor.name.empty()) return std::string("empty actor name");
    actors_[ActorKey(actor.name)] = actor;
    if (fields.size() == 3) {
      for (std::string_view alias : Split(fields[2], '|')) {
        if (!Trim(alias).empty()) actors_[ActorKey(alias)] = actor;
      }
    }
    return std::nullopt;
  });
}

std::optional<Problem> Lexicon::ParseAbbreviations(std::string_view file, std::string_view text) {
  return ForEachDataLine(file, text, [&](const auto& fields) -> std::optional<std::string> {
    if (auto error = ExpectFields(fields, 1, 1)) return error;
    std::string abbreviation = LowerCase(Trim(fields[0]));
    bool may_end = !abbreviation.empty() && abbreviation.back() == '*';
    if (may_end) abbreviation.pop_back();
    if (abbreviation.empty() || abbreviation.back() != '.') {
      return "abbreviation `" + abbreviation + "` must end with a full stop";
    }
    abbreviations_[abbreviation] = may_end;
    return std::nullopt;
  });
}

std::optional<Problem> Lexicon::ParseJunk(std::string_view file, std::string_view text) {
  return ForEachDataLine(file, text, [&](const auto& fields) -> std::optional<std::string> {
    if (auto error = ExpectFields(fields, 1, 1)) return error;
    junk_phrases_.push_back(LowerCase(Trim(fields[0])));
    std::string longest;
    std::string word;
    for (char c : junk_phrases_.back() + " ") {
      bool letter = (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
      if (letter) {
        word += c;
        continue;
      }
      if (word.size() > longest.size()) longest = word;
      word.clear();
    }
    if (longest.empty()) return "a junk phrase needs a word";
    // A sentence without any phrase's longest word holds no junk phrase:
    // the extractor searches for the phrases only when one occurs.
    word_classes_[longest] |= kJunkTrigger;
    return std::nullopt;
  });
}

void Lexicon::IndexWords() {
  words_.clear();
  for (const auto& [word, classes] : word_classes_) words_[word].classes = classes;
  for (const auto& [word, forms] : cue_forms_) words_[word].cues = &forms;
}

bool Lexicon::ContainsJunkPhrase(std::string_view lower_text) const {
  return junk_.ContainsAny(lower_text);
}

uint64_t Lexicon::Classes(std::string_view lower_word) const {
  const uint64_t* classes = word_classes_.Find(lower_word);
  return classes ? *classes : 0;
}

const std::vector<CueForm>* Lexicon::CuesStartingWith(std::string_view lower_word) const {
  return cue_forms_.Find(lower_word);
}

const KnownActor* Lexicon::FindActor(std::string_view lower_name) const {
  std::string lowered;
  return actors_.Find(ActorKey(lower_name, &lowered));
}

const KnownActor* Lexicon::StateOfCapital(std::string_view lower_name) const {
  std::string lowered;
  return capitals_.Find(ActorKey(lower_name, &lowered));
}

const KnownActor* Lexicon::StateOfDemonym(std::string_view lower_word) const {
  return demonyms_.Find(lower_word);
}

bool Lexicon::IsAbbreviation(std::string_view lower_token, bool* may_end_sentence) const {
  const bool* may_end = abbreviations_.Find(lower_token);
  if (!may_end) return false;
  if (may_end_sentence) *may_end_sentence = *may_end;
  return true;
}

}  // namespace stancegraph
