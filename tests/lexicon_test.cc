// Tests of the lexicon: the built-in data files, the lookups the extractor
// relies on, and replacing files from a directory (Lexicon::Load({dir})).
#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <variant>
#include <vector>

#include "core/document.h"
#include "extract/extractor.h"
#include "tests/extract_test_support.h"

namespace stancegraph {
namespace {

// A fresh directory under the test's temporary directory, removed afterwards.
class TempLexiconDir {
 public:
  explicit TempLexiconDir(const std::string& name)
      : path_(std::filesystem::path(::testing::TempDir()) / ("stancegraph_lexicon_" + name)) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempLexiconDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempLexiconDir(const TempLexiconDir&) = delete;
  TempLexiconDir& operator=(const TempLexiconDir&) = delete;

  void Write(const std::string& file, const std::string& content) const {
    std::ofstream out(path_ / file, std::ios::binary);
    out << content;
  }
  std::string path() const { return path_.string(); }
  std::string FilePath(const std::string& file) const { return (path_ / file).string(); }

 private:
  std::filesystem::path path_;
};

TEST(LexiconTest, LoadsBuiltInDataWithoutADirectory) {
  std::variant<Lexicon, Problem> loaded = Lexicon::Load();
  ASSERT_TRUE(std::holds_alternative<Lexicon>(loaded))
      << std::get<Problem>(loaded).ToString();
  const Lexicon& lexicon = std::get<Lexicon>(loaded);
  EXPECT_NE(lexicon.CuesStartingWith("support"), nullptr);
  EXPECT_NE(lexicon.FindActor("france"), nullptr);
  EXPECT_FALSE(lexicon.JunkPhrases().empty());
}

TEST(LexiconTest, LoadsBuiltInDataWhenTheDirectoryHasNoLexiconFiles) {
  TempLexiconDir dir("empty");
  std::variant<Lexicon, Problem> loaded = Lexicon::Load({dir.path()});
  ASSERT_TRUE(std::holds_alternative<Lexicon>(loaded))
      << std::get<Problem>(loaded).ToString();
  EXPECT_NE(std::get<Lexicon>(loaded).FindActor("european union"), nullptr);
}

// Which cue a surface form finds, and how that form may be used.
struct CueFormCase {
  const char* form;
  const char* cue;  // Cue::text
  CuePos pos;
  Stance stance;
  bool past;  // past or past participle: may be passive
  bool base;  // base form: may follow "to"
};

TEST(LexiconTest, FindsCuesInEveryInflection) {
  const CueFormCase cases[] = {
      {"back", "back", CuePos::kVerb, Stance::kSupport, false, true},
      {"backs", "back", CuePos::kVerb, Stance::kSupport, false, false},
      {"backed", "back", CuePos::kVerb, Stance::kSupport, true, false},
      {"backing", "back", CuePos::kVerb, Stance::kSupport, false, false},
      {"criticised", "criticise", CuePos::kVerb, Stance::kOppose, true, false},
      {"criticized", "criticize", CuePos::kVerb, Stance::kOppose, true, false},
      {"criticizes", "criticize", CuePos::kVerb, Stance::kOppose, false, false},
      {"sought", "seek", CuePos::kVerb, Stance::kSupport, true, false},
      {"seeks", "seek", CuePos::kVerb, Stance::kSupport, false, false},
      {"vetoed", "veto", CuePos::kVerb, Stance::kOppose, true, false},
      {"vetoes", "veto", CuePos::kVerb, Stance::kOppose, false, false},
      {"opposed", "oppose", CuePos::kVerb, Stance::kOppose, true, false},
      {"opposes", "oppose", CuePos::kVerb, Stance::kOppose, false, false},
      {"fought", "fight", CuePos::kVerb, Stance::kOppose, true, false},
      {"slammed", "slam", CuePos::kVerb, Stance::kOppose, true, false},
      {"preferred", "prefer", CuePos::kVerb, Stance::kSupport, true, false},
      {"urged", "urge", CuePos::kVerb, Stance::kSupport, true, false},
      {"ruled", "rule out", CuePos::kVerb, Stance::kOppose, true, false},
      {"calls", "call for", CuePos::kVerb, Stance::kSupport, false, false},
      {"rejections", "rejection of", CuePos::kNoun, Stance::kOppose, false, false},
      {"wary", "wary of", CuePos::kAdjective, Stance::kOppose, false, true},
  };
  const Lexicon& lexicon = BuiltInLexicon();
  for (const CueFormCase& c : cases) {
    SCOPED_TRACE(c.form);
    const std::vector<CueForm>* forms = lexicon.CuesStartingWith(c.form);
    ASSERT_NE(forms, nullptr);
    const CueForm* found = nullptr;
    for (const CueForm& form : *forms) {
      if (form.cue->text == c.cue && form.cue->pos == c.pos) found = &form;
    }
    ASSERT_NE(found, nullptr) << "no " << c.cue << " among " << forms->size() << " cue(s)";
    EXPECT_EQ(found->cue->stance, c.stance);
    EXPECT_EQ(found->past_participle_or_past, c.past);
    EXPECT_EQ(found->base_form, c.base);
    EXPECT_GT(found->cue->weight, 0.0);
    EXPECT_LE(found->cue->weight, 1.0);
  }
}

TEST(LexiconTest, SplitsMultiWordCuesAndReadsTheirFrames) {
  struct FrameCase {
    const char* head;
    const char* cue;
    std::vector<std::string> words;
    uint32_t frames;
  };
  const FrameCase cases[] = {
      {"call", "call on", {"call", "on"}, kFrameAddresseeInfinitive},
      {"prefer", "prefer", {"prefer"}, kFrameNounPhrase | kFrameOver},
      {"refuse", "refuse", {"refuse"}, kFrameInfinitive | kFrameNounPhrase},
      {"out",
       "out of the question for", {"out", "of", "the", "question", "for"}, kFrameForInfinitive},
      {"ask", "ask for", {"ask", "for"}, kFrameNounPhrase | kFrameAddressee},
  };
  for (const FrameCase& c : cases) {
    SCOPED_TRACE(c.cue);
    const std::vector<CueForm>* forms = BuiltInLexicon().CuesStartingWith(c.head);
    ASSERT_NE(forms, nullptr);
    const Cue* found = nullptr;
    for (const CueForm& form : *forms) {
      if (form.cue->text == c.cue) found = form.cue;
    }
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->words, c.words);
    EXPECT_EQ(found->frames, c.frames);
  }
}

TEST(LexiconTest, FindsNoCueForOtherWords) {
  for (const char* word : {"the", "budget", "said", "backstop", "vetoing-", ""}) {
    SCOPED_TRACE(word);
    EXPECT_EQ(BuiltInLexicon().CuesStartingWith(word), nullptr);
  }
}

TEST(LexiconTest, ClassifiesWords) {
  struct ClassCase {
    const char* word;
    uint64_t has;      // every one of these classes
    uint64_t has_not;  // none of these
  };
  const ClassCase cases[] = {
      {"the", kDeterminer, kVerb | kGroupNoun},
      {"not", kNegation, kDeterminer},
      {"never", kNegation, 0},
      {"if", kCondition | kSubordinator, 0},
      {"unless", kCondition, 0},
      {"may", kAuxiliary | kHedge, 0},
      {"said", kReportingVerb, kCondition},
      {"voiced", kLightVerb, 0},
      {"considering", kHedgeControl, 0},
      {"expected", kControlVerb | kHedgeControl, 0},
      {"they", kSubjectPronoun, kPossessivePronoun},
      {"their", kPossessivePronoun, kSubjectPronoun},
      {"him", kObjectPronoun, 0},
      {"officials", kGroupNoun | kStateNoun, 0},
      {"farmers", kGroupNoun, kStateNoun},
      {"minister", kTitle | kRoleNoun | kStateNoun, 0},
      {"mayor", kTitle | kRoleNoun, kStateNoun},
      {"dr.", kTitle, 0},
      {"plan", kInanimate | kProposalNoun, kGroupNoun},
      {"package", kInanimate, 0},
      {"offer", kTransferVerb | kLightVerb | kProposalNoun, 0},
      {"majority", kQuantityOf, 0},
      {"over", kPreposition | kParticle, 0},
      {"monday", kTimeWord, 0},
      {"baltic", kProperAdjective, 0},
      {"accept", kVerb, 0},
  };
  const Lexicon& lexicon = BuiltInLexicon();
  for (const ClassCase& c : cases) {
    SCOPED_TRACE(c.word);
    uint64_t classes = lexicon.Classes(c.word);
    EXPECT_EQ(classes & c.has, c.has) << "classes " << classes;
    EXPECT_EQ(classes & c.has_not, 0u) << "classes " << classes;
    EXPECT_TRUE(lexicon.Is(c.word, c.has));
  }
  EXPECT_EQ(lexicon.Classes("zanzibarian"), 0u);
  EXPECT_EQ(lexicon.Classes("The"), 0u) << "lookups take lower-case words";
}

TEST(LexiconTest, FindsActorsByNameAndAlias) {
  struct ActorCase {
    const char* lower_name;
    const char* name;
    ActorType type;
  };
  const ActorCase cases[] = {
      {"france", "France", ActorType::kCountry},
      {"uk", "United Kingdom", ActorType::kCountry},
      {"britain", "United Kingdom", ActorType::kCountry},
      {"the netherlands", "Netherlands", ActorType::kCountry},
      {"czechia", "Czech Republic", ActorType::kCountry},
      {"u.s.", "United States", ActorType::kCountry},
      {"the united states", "United States", ActorType::kCountry},
      {"eu", "European Union", ActorType::kOrganization},
      {"the bloc", "European Union", ActorType::kOrganization},
      {"the alliance", "NATO", ActorType::kOrganization},
      {"who", "World Health Organization", ActorType::kOrganization},
      {"imf", "International Monetary Fund", ActorType::kOrganization},
      {"sierra club", "Sierra Club", ActorType::kOrganization},
      {"zelenskyy", "Volodymyr Zelensky", ActorType::kPerson},
      {"lula", "Luiz Inácio Lula da Silva", ActorType::kPerson},
      {"orbán", "Viktor Orbán", ActorType::kPerson},
  };
  const Lexicon& lexicon = BuiltInLexicon();
  for (const ActorCase& c : cases) {
    SCOPED_TRACE(c.lower_name);
    const KnownActor* actor = lexicon.FindActor(c.lower_name);
    ASSERT_NE(actor, nullptr);
    EXPECT_EQ(actor->name, c.name);
    EXPECT_EQ(actor->type, c.type);
  }
  for (const char* unknown : {"riverton", "farmers", "ottawa", "french", ""}) {
    SCOPED_TRACE(unknown);
    EXPECT_EQ(lexicon.FindActor(unknown), nullptr);
  }
}

TEST(LexiconTest, MapsCapitalsAndDemonymsToStates) {
  struct StateCase {
    const char* lower_word;
    const char* state;  // nullptr: not a capital / demonym
  };
  const StateCase capitals[] = {
      {"ottawa", "Canada"},          {"the kremlin", "Russia"},  {"kremlin", "Russia"},
      {"downing street", "United Kingdom"}, {"white house", "United States"},
      {"bogotá", "Colombia"},        {"new delhi", "India"},     {"the hague", "Netherlands"},
      {"brussels", nullptr},         {"canada", nullptr},        {"springfield", nullptr},
  };
  for (const StateCase& c : capitals) {
    SCOPED_TRACE(c.lower_word);
    const KnownActor* state = BuiltInLexicon().StateOfCapital(c.lower_word);
    if (c.state == nullptr) {
      EXPECT_EQ(state, nullptr);
      continue;
    }
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(state->name, c.state);
    EXPECT_EQ(state->type, ActorType::kCountry);
  }
  const StateCase demonyms[] = {
      {"french", "France"},    {"japanese", "Japan"},   {"irish", "Ireland"},
      {"chilean", "Chile"},    {"argentine", "Argentina"}, {"argentinian", "Argentina"},
      {"france", nullptr},     {"farmers", nullptr},
  };
  for (const StateCase& c : demonyms) {
    SCOPED_TRACE(c.lower_word);
    const KnownActor* state = BuiltInLexicon().StateOfDemonym(c.lower_word);
    if (c.state == nullptr) {
      EXPECT_EQ(state, nullptr);
      continue;
    }
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(state->name, c.state);
  }
}

TEST(LexiconTest, KnowsAbbreviationsAndWhichMayEndASentence) {
  struct AbbreviationCase {
    const char* token;
    bool known;
    bool may_end;
  };
  const AbbreviationCase cases[] = {
      {"u.s.", true, true},  {"u.n.", true, true},   {"inc.", true, true},
      {"gen.", true, false}, {"sen.", true, false},  {"dr.", true, false},
      {"mr.", true, false},  {"e.g.", true, false},  {"gen", false, false},
      {"plan.", false, false},
  };
  for (const AbbreviationCase& c : cases) {
    SCOPED_TRACE(c.token);
    bool may_end = !c.may_end;  // must be overwritten when known
    EXPECT_EQ(BuiltInLexicon().IsAbbreviation(c.token, &may_end), c.known);
    if (c.known) {
      EXPECT_EQ(may_end, c.may_end);
    }
  }
  EXPECT_TRUE(BuiltInLexicon().IsAbbreviation("sen.", nullptr));
}

TEST(LexiconTest, ListsPageJunkPhrasesInLowerCase) {
  const std::vector<std::string>& junk = BuiltInLexicon().JunkPhrases();
  for (const char* phrase : {"newsletter", "cookie policy", "is a staff writer", "reporting by"}) {
    SCOPED_TRACE(phrase);
    EXPECT_NE(std::find(junk.begin(), junk.end(), phrase), junk.end());
  }
  for (const std::string& phrase : junk) {
    for (char c : phrase) EXPECT_FALSE(c >= 'A' && c <= 'Z') << phrase;
  }
}

// A broken line in a replacement file is reported as file:line.
struct BrokenFileCase {
  const char* name;
  const char* file;
  std::string content;
  int line;                 // expected line number in `where`
  const char* message_has;  // expected in the message
};

TEST(LexiconTest, ReportsBrokenReplacementFileWithFileAndLine) {
  const std::string cue_header =
      "# test cues\n"
      "back\tverb\tsupport\tnp\t0.9\n";
  const BrokenFileCase cases[] = {
      {"unknown stance", "cues.tsv", cue_header + "reject\tverb\tagainst\tnp\t0.9\n", 3, "stance"},
      {"too few fields", "cues.tsv", cue_header + "\nreject\tverb\toppose\n", 4, "fields"},
      {"weight out of range", "cues.tsv", cue_header + "reject\tverb\toppose\tnp\t1.5\n", 3, "1.5"},
      {"weight not a number", "cues.tsv", "reject\tverb\toppose\tnp\thigh\n", 1, "high"},
      {"unknown part of speech", "cues.tsv", cue_header + "reject\tadverb\toppose\tnp\t0.9\n", 3,
       "adverb"},
      {"unknown frame",
       "cues.tsv", cue_header + "# comment\nreject\tverb\toppose\tnp,clause\t0.9\n",
       4, "clause"},
      {"CRLF lines are counted too", "cues.tsv",
       "# test cues\r\nback\tverb\tsupport\tnp\t0.9\r\nreject\tverb\tagainst\tnp\t0.9\r\n", 3,
       "stance"},
      {"unknown word class", "word_classes.tsv", "the\tdet\nof\tpreposition\n", 2, "preposition"},
      {"unknown actor type", "actors.tsv", "Riverton Council\tcity\n", 1, "city"},
      {"country without all columns", "countries.tsv", "Atlantis\tAtl.\n", 1, "fields"},
      {"abbreviation without full stop", "abbreviations.txt", "gen.\nsen\n", 2, "full stop"},
  };
  for (const BrokenFileCase& c : cases) {
    SCOPED_TRACE(c.name);
    TempLexiconDir dir("broken");
    dir.Write(c.file, c.content);
    std::variant<Lexicon, Problem> loaded = Lexicon::Load({dir.path()});
    ASSERT_TRUE(std::holds_alternative<Problem>(loaded)) << "a broken file was accepted";
    const Problem& problem = std::get<Problem>(loaded);
    EXPECT_EQ(problem.where, dir.FilePath(c.file) + ":" + std::to_string(c.line));
    EXPECT_NE(problem.message.find(c.message_has), std::string::npos) << problem.message;
    EXPECT_NE(problem.ToString().find(c.file), std::string::npos);
  }
}

TEST(LexiconTest, AddedActorsFileMakesItsActorsKnown) {
  TempLexiconDir dir("actors");
  dir.Write("actors.tsv",
            "# test actors\n"
            "Harbor Workers Alliance\torganization\tHWA|the dockers\n"
            "Lena Ortiz\tperson\tOrtiz\n");
  std::variant<Lexicon, Problem> loaded = Lexicon::Load({dir.path()});
  ASSERT_TRUE(std::holds_alternative<Lexicon>(loaded)) << std::get<Problem>(loaded).ToString();
  const Lexicon& lexicon = std::get<Lexicon>(loaded);

  struct ActorCase {
    const char* lower_name;
    const char* name;  // nullptr: unknown
  };
  const ActorCase cases[] = {
      {"harbor workers alliance", "Harbor Workers Alliance"},
      {"hwa", "Harbor Workers Alliance"},
      {"the dockers", "Harbor Workers Alliance"},
      {"ortiz", "Lena Ortiz"},
      {"france", "France"},   // countries.tsv is still the built-in one
      {"eu", "European Union"},  // the built-in actors.tsv was extended, not replaced
  };
  for (const ActorCase& c : cases) {
    SCOPED_TRACE(c.lower_name);
    const KnownActor* actor = lexicon.FindActor(c.lower_name);
    if (c.name == nullptr) {
      EXPECT_EQ(actor, nullptr);
      continue;
    }
    ASSERT_NE(actor, nullptr);
    EXPECT_EQ(actor->name, c.name);
  }
  EXPECT_EQ(lexicon.FindActor("hwa")->type, ActorType::kOrganization);
  EXPECT_EQ(lexicon.FindActor("ortiz")->type, ActorType::kPerson);
  EXPECT_EQ(BuiltInLexicon().FindActor("hwa"), nullptr);

  // The extractor reads with the added file: the alias names the actor.
  Document document;
  document.id = "port";
  document.text = "HWA backs the port expansion.";
  std::vector<StanceTriple> triples = Extractor(lexicon).Extract(document);
  ASSERT_EQ(triples.size(), 1u);
  EXPECT_EQ(triples[0].actor, "Harbor Workers Alliance");
  EXPECT_EQ(triples[0].actor_type, ActorType::kOrganization);
  EXPECT_EQ(triples[0].stance, Stance::kSupport);
  EXPECT_EQ(triples[0].topic, "port expansion");
}

TEST(LexiconTest, AFileNamedAfterALexiconAddsToIt) {
  TempLexiconDir dir("single-file");
  // "spurn" is no built-in cue; "welcome" is, and the user makes it weaker.
  dir.Write("energy.cues.tsv",
            "spurn\tverb\toppose\tnp\t0.9\tspurned\n"
            "welcome\tverb\tsupport\tnp\t0.55\n");
  std::variant<Lexicon, Problem> loaded = Lexicon::Load({dir.FilePath("energy.cues.tsv")});
  ASSERT_TRUE(std::holds_alternative<Lexicon>(loaded)) << std::get<Problem>(loaded).ToString();
  const Lexicon& lexicon = std::get<Lexicon>(loaded);
  ASSERT_NE(lexicon.CuesStartingWith("spurned"), nullptr);
  EXPECT_EQ(lexicon.CuesStartingWith("spurned")->front().cue->stance, Stance::kOppose);
  ASSERT_NE(lexicon.CuesStartingWith("backs"), nullptr);  // built-ins stay
  const std::vector<CueForm>* welcome = lexicon.CuesStartingWith("welcomed");
  ASSERT_NE(welcome, nullptr);
  for (const CueForm& form : *welcome) EXPECT_DOUBLE_EQ(form.cue->weight, 0.55);

  Document document;
  document.id = "spurn";
  document.text = "The miners' union spurned the pit closure plan.";
  std::vector<StanceTriple> triples = Extractor(lexicon).Extract(document);
  ASSERT_EQ(triples.size(), 1u);
  EXPECT_EQ(triples[0].stance, Stance::kOppose);
  EXPECT_EQ(triples[0].topic, "pit closure plan");
  EXPECT_TRUE(Extractor(BuiltInLexicon()).Extract(document).empty());
}

TEST(LexiconTest, AdditionsThatAreNoLexiconAreRefusedByName) {
  TempLexiconDir dir("refused");
  dir.Write("notes.txt", "nothing\n");
  struct RefusedCase {
    std::string path;
    const char* message_has;
  };
  const RefusedCase cases[] = {
      {dir.FilePath("notes.txt"), "unknown lexicon file"},
      {dir.FilePath("missing.cues.tsv"), "no such lexicon file"},
      {"", "empty lexicon path"},
  };
  for (const RefusedCase& c : cases) {
    SCOPED_TRACE(c.path);
    std::variant<Lexicon, Problem> loaded = Lexicon::Load({c.path});
    ASSERT_TRUE(std::holds_alternative<Problem>(loaded));
    EXPECT_NE(std::get<Problem>(loaded).message.find(c.message_has), std::string::npos)
        << std::get<Problem>(loaded).message;
    if (!c.path.empty()) {
      EXPECT_EQ(std::get<Problem>(loaded).where, c.path);
    }
  }
}

}  // namespace
}  // namespace stancegraph
