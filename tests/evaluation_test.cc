// Tests of extract_eval (extract/evaluation/): the scoring rule on tiny
// hand-computed cases, the gold reader's problems, the report's text, and
// the extractor run over gold documents.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/evaluation/gold.h"
#include "extract/evaluation/report.h"
#include "extract/evaluation/score.h"
#include "extract/evaluation/text_match.h"
#include "extract_test_support.h"

namespace stancegraph::evaluation {
namespace {

// ---------------------------------------------------------------------------
// Building gold documents and predictions by hand

GoldTriple Gold(const std::string& actor_match, Stance stance, const std::string& topic_match,
                const std::string& evidence, std::vector<std::string> tags = {}) {
  GoldTriple triple;
  triple.actor = actor_match;
  triple.topic = topic_match;
  triple.actor_match = actor_match;
  triple.topic_match = topic_match;
  triple.actor_regex = CompileMatchRegex(actor_match);
  triple.topic_regex = CompileMatchRegex(topic_match);
  triple.stance = stance;
  triple.evidence = evidence;
  triple.tags = std::move(tags);
  return triple;
}

GoldDocument Doc(const std::string& id, std::vector<GoldTriple> triples,
                 std::vector<std::string> tags = {}) {
  GoldDocument document;
  document.document.id = id;
  document.document.text = "(text)";
  document.triples = std::move(triples);
  document.tags = std::move(tags);
  return document;
}

StanceTriple Predicted(const std::string& doc, const std::string& actor, Stance stance,
                       const std::string& topic, const std::string& sentence) {
  StanceTriple triple;
  triple.doc = doc;
  triple.actor = actor;
  triple.stance = stance;
  triple.topic = topic;
  triple.sentence = sentence;
  triple.cue = "cue";
  return triple;
}

constexpr Stance kSupport = Stance::kSupport;
constexpr Stance kOppose = Stance::kOppose;

const std::vector<GoldDocument>& OneGoldTriple() {
  static const std::vector<GoldDocument> gold = {
      Doc("d1", {Gold("germany|berlin", kSupport, "climate", "Germany supports")})};
  return gold;
}

void ExpectFigures(const Figures& f, size_t gold, size_t found, size_t predicted, size_t correct) {
  EXPECT_EQ(f.gold, gold);
  EXPECT_EQ(f.found, found);
  EXPECT_EQ(f.predicted, predicted);
  EXPECT_EQ(f.correct, correct);
}

// ---------------------------------------------------------------------------
// Scoring

TEST(ScoreTest, CorrectPrediction) {
  EvaluationReport report =
      Score(OneGoldTriple(), {Predicted("d1", "Germany", kSupport, "climate package",
                                        "Germany supports the climate package.")});
  EXPECT_EQ(report.documents, 1u);
  ExpectFigures(report.overall, 1, 1, 1, 1);
  EXPECT_DOUBLE_EQ(report.overall.Precision(), 1.0);
  EXPECT_DOUBLE_EQ(report.overall.Recall(), 1.0);
  EXPECT_DOUBLE_EQ(report.overall.F1(), 1.0);
  EXPECT_TRUE(report.missed.empty());
  EXPECT_TRUE(report.wrong.empty());
}

TEST(ScoreTest, WrongStanceIsNotCorrect) {
  EvaluationReport report =
      Score(OneGoldTriple(), {Predicted("d1", "Germany", kOppose, "climate package",
                                        "Germany supports the climate package.")});
  ExpectFigures(report.overall, 1, 0, 1, 0);
  ASSERT_EQ(report.missed.size(), 1u);
  EXPECT_EQ(report.missed[0].doc, "d1");
  EXPECT_EQ(report.missed[0].evidence, "Germany supports");
  ASSERT_EQ(report.wrong.size(), 1u);
  EXPECT_EQ(report.wrong[0].stance, kOppose);
}

TEST(ScoreTest, ActorOrTopicRegexNotFoundIsNotCorrect) {
  const std::string sentence = "Germany supports the climate package.";
  EvaluationReport wrong_actor =
      Score(OneGoldTriple(), {Predicted("d1", "France", kSupport, "climate package", sentence)});
  ExpectFigures(wrong_actor.overall, 1, 0, 1, 0);
  EvaluationReport wrong_topic =
      Score(OneGoldTriple(), {Predicted("d1", "Germany", kSupport, "new tariffs", sentence)});
  ExpectFigures(wrong_topic.overall, 1, 0, 1, 0);
}

TEST(ScoreTest, CharacterClassesHoldCharactersNotBytes) {
  // As in Python: "[aá]" is one character, so "nov[aá]k" finds "Novák".
  const std::vector<GoldDocument> gold = {
      Doc("d", {Gold("nov[a\u00e1]k", kOppose, "treaty", "will veto")})};
  EvaluationReport report = Score(
      gold, {Predicted("d", "Pavel Nov\u00e1k", kOppose, "treaty change", "We will veto it.")});
  ExpectFigures(report.overall, 1, 1, 1, 1);
}

TEST(ScoreTest, RegexesAreCaseInsensitiveSearchesNotFullMatches) {
  const std::vector<GoldDocument> gold = {
      Doc("d", {Gold("LULA", kSupport, "\\bamazon\\b", "called on"),
                Gold("^émile d", kOppose, "tariff", "opposes")})};
  EvaluationReport report = Score(
      gold, {Predicted("d", "Luiz Inácio Lula da Silva", kSupport, "protecting the Amazon forest",
                       "Lula called on wealthy nations."),
             Predicted("d", "ÉMILE Durand", kOppose, "new tariffs", "Durand opposes tariffs.")});
  ExpectFigures(report.overall, 2, 2, 2, 2);
  // An anchored regex still has to match.
  EvaluationReport anchored = Score(
      gold, {Predicted("d", "President Émile Durand", kOppose, "new tariffs", "He opposes it.")});
  ExpectFigures(anchored.overall, 2, 0, 1, 0);
}

TEST(ScoreTest, EvidenceNotInTheSentenceIsNotCorrect) {
  EvaluationReport report =
      Score(OneGoldTriple(), {Predicted("d1", "Germany", kSupport, "climate package",
                                        "Berlin backs the climate package.")});
  ExpectFigures(report.overall, 1, 0, 1, 0);
}

TEST(ScoreTest, DocumentIdMustBeEqual) {
  const std::string sentence = "Germany supports the climate package.";
  for (const std::string doc : {"d2", "D1", "xd1", "d1 ", ""}) {
    SCOPED_TRACE(doc);
    EvaluationReport report =
        Score(OneGoldTriple(), {Predicted(doc, "Germany", kSupport, "climate package", sentence)});
    ExpectFigures(report.overall, 1, 0, 1, 0);
    EXPECT_EQ(report.wrong.size(), 1u);
  }
}

TEST(ScoreTest, QuotesSpacesAndCaseAreNormalisedOnBothSides) {
  const std::vector<GoldDocument> gold = {
      Doc("q", {Gold("moreau", kOppose, "deal", "\"we   WILL not accept any deal")}),
      Doc("c", {Gold("moreau", kOppose, "deal", "‘don’t’ \t sign")})};
  EvaluationReport report = Score(
      gold, {Predicted("q", "Jean Moreau", kOppose, "deal",
                       "“We will\u00a0not\naccept any deal,” said Moreau."),
             Predicted("c", "Jean Moreau", kOppose, "deal", "'Don't' sign it, said Moreau.")});
  ExpectFigures(report.overall, 2, 2, 2, 2);
}

TEST(ScoreTest, NormalizeForMatchFoldsQuotesWhitespaceAndCase) {
  EXPECT_EQ(NormalizeForMatch("“Don’t” \t\n STOP"), "\"don't\" stop");
  EXPECT_EQ(NormalizeForMatch("‘A’\u00a0\u2009B"), "'a' b");
  EXPECT_EQ(NormalizeForMatch("ÉLYSÉE Łódź ΑΘΗΝΑ МОСКВА"), "élysée łódź αθηνα москва");
  EXPECT_EQ(NormalizeForMatch(""), "");
}

TEST(ScoreTest, OnePredictionCanFindSeveralGoldTriplesButCountsOnce) {
  // "Spain and Italy favor ...": two gold triples, one evidence; a prediction
  // whose actor matches both regexes finds both (as score.py counts).
  const std::vector<GoldDocument> gold = {
      Doc("c", {Gold("spain|europe", kSupport, "fund", "favor"),
                Gold("ital|europe", kSupport, "fund", "favor")})};
  const std::string sentence = "Spain and Italy favor the fund.";
  EvaluationReport both =
      Score(gold, {Predicted("c", "Southern Europe", kSupport, "defence fund", sentence)});
  ExpectFigures(both.overall, 2, 2, 1, 1);
  // Two predictions of the same gold triple are both correct; it is found once.
  EvaluationReport twice = Score(gold, {Predicted("c", "Spain", kSupport, "fund", sentence),
                                        Predicted("c", "Spain", kSupport, "the fund", sentence)});
  ExpectFigures(twice.overall, 2, 1, 2, 2);
}

TEST(ScoreTest, EmptyPredictionsScoreZero) {
  EvaluationReport report = Score(OneGoldTriple(), {});
  ExpectFigures(report.overall, 1, 0, 0, 0);
  EXPECT_EQ(report.overall.Precision(), 0.0);
  EXPECT_EQ(report.overall.Recall(), 0.0);
  EXPECT_EQ(report.overall.F1(), 0.0);
  EXPECT_EQ(report.missed.size(), 1u);
  // Nothing at all: zeros, not a division by zero.
  EvaluationReport nothing = Score({}, {});
  ExpectFigures(nothing.overall, 0, 0, 0, 0);
  EXPECT_EQ(nothing.overall.F1(), 0.0);
}

TEST(ScoreTest, PerTagFigures) {
  // Document A is tagged `quote`; its first triple `negation`. Document B's
  // only triple is tagged `negation`. Document C has no tags.
  const std::vector<GoldDocument> gold = {
      Doc("A",
          {Gold("germany", kSupport, "climate", "Germany supports", {"negation"}),
           Gold("france", kOppose, "tariff", "France opposes")},
          {"quote"}),
      Doc("B", {Gold("poland", kSupport, "sanction", "Poland backs", {"negation"})}),
      Doc("C", {Gold("spain", kSupport, "fund", "Spain favors")}),
  };
  const std::vector<StanceTriple> predictions = {
      Predicted("A", "Germany", kSupport, "climate package",
                "Germany supports the climate package."),
      Predicted("A", "Italy", kSupport, "climate package", "Italy too."),             // wrong
      Predicted("B", "Poland", kOppose, "sanctions", "Poland backs the sanctions."),  // wrong
      Predicted("C", "Spain", kSupport, "defence fund", "Spain favors the defence fund."),
      Predicted("Z", "Spain", kSupport, "defence fund",
                "Spain favors the defence fund."),  // no such doc
  };
  EvaluationReport report = Score(gold, predictions);
  ExpectFigures(report.overall, 4, 2, 5, 2);
  ASSERT_EQ(report.tags.size(), 2u);
  // negation: gold triples A1 and B1, A1 found; predictions in A and B.
  EXPECT_EQ(report.tags[0].tag, "negation");
  ExpectFigures(report.tags[0].figures, 2, 1, 3, 1);
  // quote: both triples of A (the document's tag), A1 found; predictions in A.
  EXPECT_EQ(report.tags[1].tag, "quote");
  ExpectFigures(report.tags[1].figures, 2, 1, 2, 1);
  EXPECT_DOUBLE_EQ(report.tags[1].figures.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(report.tags[1].figures.Recall(), 0.5);
}

TEST(ScoreTest, ATagOnBothDocumentAndTripleCountsOnce) {
  const std::vector<GoldDocument> gold = {
      Doc("A", {Gold("germany", kSupport, "climate", "Germany supports", {"x", "x"})}, {"x"})};
  EvaluationReport report = Score(gold, {Predicted("A", "Germany", kSupport, "climate",
                                                   "Germany supports the climate package.")});
  ASSERT_EQ(report.tags.size(), 1u);
  ExpectFigures(report.tags[0].figures, 1, 1, 1, 1);
}

// ---------------------------------------------------------------------------
// Reading gold files

GoldSet ReadText(const std::string& text, const std::string& name = "gold.jsonl") {
  std::istringstream in(text);
  return ReadGold(in, name);
}

std::vector<std::string> ProblemTexts(const GoldSet& set) {
  std::vector<std::string> texts;
  for (const Problem& problem : set.problems) texts.push_back(problem.ToString());
  return texts;
}

const char* const kGoodLine =
    R"({"id": "g", "text": "Germany supports the climate package.", "speaker": "Olaf Scholz", )"
    R"("date": "2024-03-03", "title": "T", "tags": ["plain"], "triples": [{"actor": "Germany", )"
    R"("actor_match": "germany", "stance": "support", "topic": "climate package", )"
    R"("topic_match": "climate", "evidence": "Germany supports", "tags": ["verb"]}]})";

TEST(GoldReaderTest, ReadsEveryField) {
  GoldSet set = ReadText(std::string("\n") + kGoodLine + "\n\n");
  EXPECT_TRUE(set.problems.empty()) << testing::PrintToString(ProblemTexts(set));
  ASSERT_EQ(set.documents.size(), 1u);
  const GoldDocument& gold = set.documents[0];
  EXPECT_EQ(gold.line, 2u);
  EXPECT_EQ(gold.document.id, "g");
  EXPECT_EQ(gold.document.text, "Germany supports the climate package.");
  EXPECT_EQ(gold.document.speaker, "Olaf Scholz");
  EXPECT_EQ(gold.document.date, "2024-03-03");
  EXPECT_EQ(gold.document.title, "T");
  EXPECT_EQ(gold.tags, std::vector<std::string>{"plain"});
  ASSERT_EQ(gold.triples.size(), 1u);
  const GoldTriple& triple = gold.triples[0];
  EXPECT_EQ(triple.actor, "Germany");
  EXPECT_EQ(triple.actor_match, "germany");
  EXPECT_EQ(triple.stance, kSupport);
  EXPECT_EQ(triple.topic, "climate package");
  EXPECT_EQ(triple.topic_match, "climate");
  EXPECT_EQ(triple.evidence, "Germany supports");
  EXPECT_EQ(triple.tags, std::vector<std::string>{"verb"});
  EXPECT_TRUE(RegexFinds(triple.actor_regex, "GERMANY"));
}

TEST(GoldReaderTest, BadJsonLineIsReportedByFileAndLineAndSkipped) {
  GoldSet set = ReadText(std::string(kGoodLine) + "\n{\"id\": \"broken\",\n" +
                         R"({"id": "h", "text": "x", "triples": []})" + "\n");
  ASSERT_EQ(set.problems.size(), 1u);
  EXPECT_EQ(set.problems[0].where, "gold.jsonl:2");
  EXPECT_TRUE(set.problems[0].message.starts_with("invalid JSON at offset"))
      << set.problems[0].message;
  ASSERT_EQ(set.documents.size(), 2u);
  EXPECT_EQ(set.documents[1].document.id, "h");
  EXPECT_EQ(set.documents[1].line, 3u);
}

TEST(GoldReaderTest, MalformedLinesNameFileLineAndReason) {
  const struct {
    std::string line;
    std::string problem;
  } cases[] = {
      {R"({"id": "a", "triples": []})", "gold.jsonl:1: missing string field `text`"},
      {R"({"id": "a", "text": 3, "triples": []})", "gold.jsonl:1: field `text` is not a string"},
      {R"({"id": "", "text": "x", "triples": []})", "gold.jsonl:1: field `id` is empty"},
      {R"({"id": "a", "text": "x"})", "gold.jsonl:1: missing array field `triples`"},
      {R"({"id": "a", "text": "x", "triples": {}})",
       "gold.jsonl:1: field `triples` is not an array"},
      {R"(["a"])", "gold.jsonl:1: not a JSON object"},
      {R"({"id": "a", "text": "x", "triples": [{"actor": "A", "actor_match": "a", "stance": "maybe", )"
       R"("topic": "t", "topic_match": "t", "evidence": "x"}]})",
       "gold.jsonl:1: triple 1: unknown stance `maybe` (support or oppose)"},
      {R"({"id": "a", "text": "x", "triples": [{"actor": "A", "actor_match": "a", "stance": "support", )"
       R"("topic": "t", "topic_match": "t", "evidence": "x"}, {"actor": "A", "stance": "support"}]})",
       "gold.jsonl:1: triple 2: missing string field `actor_match`"},
      {"{\"id\": \"a\", \"text\": \"\xFF\", \"triples\": []}", "gold.jsonl:1: invalid UTF-8"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.line);
    GoldSet set = ReadText(c.line + "\n");
    EXPECT_EQ(ProblemTexts(set), std::vector<std::string>{c.problem});
    EXPECT_TRUE(set.documents.empty());
  }
}

TEST(GoldReaderTest, BadRegexIsReportedByFileAndLineAndTheLineSkipped) {
  const std::string bad =
      R"({"id": "b", "text": "x", "triples": [{"actor": "A", "actor_match": "a", "stance": "oppose", )"
      R"("topic": "t", "topic_match": "tariff(", "evidence": "x"}]})";
  GoldSet set = ReadText(std::string(kGoodLine) + "\n" + bad + "\n", "dev/gold.jsonl");
  ASSERT_EQ(set.problems.size(), 1u);
  EXPECT_EQ(set.problems[0].where, "dev/gold.jsonl:2");
  EXPECT_TRUE(
      set.problems[0].message.starts_with("triple 1: bad regex in `topic_match` `tariff(`: "))
      << set.problems[0].message;
  ASSERT_EQ(set.documents.size(), 1u);
  EXPECT_EQ(set.documents[0].document.id, "g");
}

TEST(GoldReaderTest, RepeatedIdIsReportedAndSkipped) {
  GoldSet set = ReadText(std::string(kGoodLine) + "\n" + kGoodLine + "\n");
  EXPECT_EQ(ProblemTexts(set),
            std::vector<std::string>{"gold.jsonl:2: repeated id `g` (first on line 1)"});
  EXPECT_EQ(set.documents.size(), 1u);
}

TEST(GoldReaderTest, WrongOptionalFieldIsIgnoredAndTheDocumentKept) {
  GoldSet set = ReadText(
      R"({"id": "a", "text": "x", "speaker": 5, "tags": "negation", "triples": [{"actor": "A", )"
      R"("actor_match": "a", "stance": "support", "topic": "t", "topic_match": "t", "evidence": "x", )"
      R"("tags": [1]}]})"
      "\n");
  EXPECT_EQ(ProblemTexts(set),
            (std::vector<std::string>{
                "gold.jsonl:1: triple 1: field `tags` is not an array of tag names (ignored)",
                "gold.jsonl:1: field `speaker` is not a string (ignored)",
                "gold.jsonl:1: field `tags` is not an array of tag names (ignored)"}));
  ASSERT_EQ(set.documents.size(), 1u);
  EXPECT_TRUE(set.documents[0].tags.empty());
  EXPECT_EQ(set.documents[0].document.speaker, "");
}

TEST(GoldReaderTest, FileProblemsNameThePath) {
  std::string dir_pattern =
      (std::filesystem::temp_directory_path() / "stancegraph_eval_test_XXXXXX").string();
  ASSERT_NE(mkdtemp(dir_pattern.data()), nullptr);
  const std::filesystem::path dir = dir_pattern;
  const std::string path = (dir / "gold.jsonl").string();
  std::ofstream(path) << kGoodLine << "\nnot json\n";

  GoldSet set = ReadGoldFile(path);
  EXPECT_TRUE(set.opened);
  ASSERT_EQ(set.problems.size(), 1u);
  EXPECT_EQ(set.problems[0].where, path + ":2");
  EXPECT_EQ(set.documents.size(), 1u);

  GoldSet missing = ReadGoldFile((dir / "missing.jsonl").string());
  EXPECT_FALSE(missing.opened);
  EXPECT_EQ(ProblemTexts(missing), std::vector<std::string>{(dir / "missing.jsonl").string() +
                                                            ": no such file or directory"});

  GoldSet empty_path = ReadGoldFile("");
  EXPECT_FALSE(empty_path.opened);
  EXPECT_EQ(ProblemTexts(empty_path), std::vector<std::string>{"\"\": empty path"});

  std::ofstream(dir / "empty.jsonl") << "\n";
  GoldSet empty = ReadGoldFile((dir / "empty.jsonl").string());
  EXPECT_EQ(ProblemTexts(empty),
            std::vector<std::string>{(dir / "empty.jsonl").string() + ": no gold documents"});

  std::filesystem::remove_all(dir);
}

// ---------------------------------------------------------------------------
// The report

TEST(ReportTest, OverallLineThenTagTableSortedByTag) {
  EvaluationReport report;
  report.documents = 3;
  report.overall = Figures{4, 3, 5, 3};
  report.tags = {TagFigures{"negation", Figures{2, 1, 3, 1}},
                 TagFigures{"quote", Figures{2, 2, 2, 2}}};
  std::ostringstream out;
  PrintReport(report, "dev.jsonl", false, out);
  EXPECT_EQ(out.str(),
            "gold dev.jsonl: documents=3 predicted=5 correct=3 found=3/4 precision=0.600 "
            "recall=0.750 F1=0.667\n"
            "  tag        gold  found  predicted  correct      P      R     F1\n"
            "  negation      2      1          3        1  0.333  0.500  0.400\n"
            "  quote         2      2          2        2  1.000  1.000  1.000\n");
}

TEST(ReportTest, ShowListsMissesAndWrongPredictions) {
  EvaluationReport report =
      Score(OneGoldTriple(), {Predicted("d1", "Germany", kOppose, "climate package",
                                        "Germany supports the\nclimate package.")});
  std::ostringstream quiet, shown;
  PrintReport(report, "g", false, quiet);
  PrintReport(report, "g", true, shown);
  EXPECT_EQ(quiet.str(),
            "gold g: documents=1 predicted=1 correct=0 found=0/1 precision=0.000 recall=0.000 "
            "F1=0.000\n");
  EXPECT_EQ(shown.str(),
            "missed  d1: (germany|berlin, support, climate)  evidence: \"Germany supports\"\n"
            "wrong   d1: (Germany, oppose, climate package)  cue: \"cue\"  sentence: \"Germany "
            "supports the climate package.\"\n" +
                quiet.str());
}

// ---------------------------------------------------------------------------
// Running the extractor over gold documents

TEST(PredictGoldTest, ExtractsEachGoldDocumentWithItsIdAndSpeaker) {
  GoldSet set = ReadText(
      R"({"id": "one", "text": "Germany supports the climate package.", "triples": []})"
      "\n"
      R"({"id": "two", "text": "We support the ceasefire in Gaza.", "speaker": "Norway", "triples": []})"
      "\n");
  ASSERT_TRUE(set.problems.empty());
  Extractor extractor(BuiltInLexicon());
  std::vector<StanceTriple> predictions = PredictGold(set.documents, extractor);
  ASSERT_EQ(predictions.size(), 2u);
  EXPECT_EQ(predictions[0].doc, "one");
  EXPECT_EQ(predictions[0].actor, "Germany");
  EXPECT_EQ(predictions[1].doc, "two");
  EXPECT_EQ(predictions[1].actor, "Norway");
}

TEST(PredictGoldTest, ReadPredictAndScoreEndToEnd) {
  GoldSet set = ReadText(
      R"({"id": "p", "text": "Germany supports the climate package. France opposes the new tariffs.", )"
      R"("triples": [{"actor": "Germany", "actor_match": "germany", "stance": "support", )"
      R"("topic": "climate package", "topic_match": "climate", "evidence": "Germany supports"}, )"
      R"({"actor": "France", "actor_match": "france", "stance": "support", "topic": "new tariffs", )"
      R"("topic_match": "tariff", "evidence": "France opposes"}]})"
      "\n");
  ASSERT_TRUE(set.problems.empty());
  Extractor extractor(BuiltInLexicon());
  EvaluationReport report = Score(set.documents, PredictGold(set.documents, extractor));
  ExpectFigures(report.overall, 2, 1, 2, 1);
  ASSERT_EQ(report.missed.size(), 1u);
  EXPECT_EQ(report.missed[0].actor, "France");
}

}  // namespace
}  // namespace stancegraph::evaluation
