// Tests of the extractor end to end: Document in, triples out, with the
// built-in lexicon. Each case lists every triple expected, so a triple too
// many fails as much as one missing.
#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/document.h"
#include "core/triple.h"
#include "extract/lexicon.h"
#include "tests/extract_test_support.h"

namespace stancegraph {
namespace {

// text[start, end) with offsets in code points (valid UTF-8 assumed); empty
// when the range is outside the text.
std::string SubstrByCodePoints(const std::string& text, int64_t start, int64_t end) {
  std::vector<size_t> boundaries;  // byte offset of every code point, then the end
  for (size_t b = 0; b < text.size(); ++b) {
    if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) boundaries.push_back(b);
  }
  boundaries.push_back(text.size());
  if (start < 0 || end < start || static_cast<size_t>(end) >= boundaries.size()) return {};
  return text.substr(boundaries[start], boundaries[end] - boundaries[start]);
}


TEST(ExtractorTest, ReadsSupportAndOpposeVerbs) {
  CheckCases({
      {"supports", "Mexico supports the new tariff schedule.",
       {{"Mexico", kCountry, kFor, "new tariff schedule"}}},
      {"opposes", "The Sierra Club opposes the pipeline expansion.",
       {{"Sierra Club", kOrganization, kAgainst, "pipeline expansion"}}},
      {"past tense", "Hungary vetoed the asylum package.",
       {{"Hungary", kCountry, kAgainst, "asylum package"}}},
      {"British spelling", "The European Commission criticised the subsidy race.",
       {{"European Commission", kOrganization, kAgainst, "subsidy race"}}},
      {"irregular past", "Romania sought a delay in the farm rules.",
       {{"Romania", kCountry, kFor, "delay"}}},
      {"alias", "The WHO welcomed the tobacco tax.",
       {{"World Health Organization", kOrganization, kFor, "tobacco tax"}}},
      {"group subject", "Voters favour the transit levy.",
       {{"voters", kGroup, kFor, "transit levy"}}},
      {"role subject", "The party rejects the coalition deal.",
       {{"the party", kOrganization, kAgainst, "coalition deal"}}},
      {"two-word verb cue", "Nurses demanded higher wages at a rally in Lima.",
       {{"nurses", kGroup, kFor, "higher wages"}}},
      {"quantifier dropped", "Most economists oppose the price caps.",
       {{"economists", kGroup, kAgainst, "price caps"}}},
      {"subject past an appositive",
       "Maria Lopez, the mayor of Riverton, supports the bike lane plan.",
       {{"Maria Lopez", kPerson, kFor, "bike lane plan"}}},
      {"subject past a parenthetical adverb",
       "The city council, however, rejected the bike lane plan.",
       {{"the city council", kOrganization, kAgainst, "bike lane plan"}}},
  });
}

TEST(ExtractorTest, ComposesNegationWithTheCue) {
  CheckCases({
      {"does not support", "Kenya does not support the carbon levy.",
       {{"Kenya", kCountry, kAgainst, "carbon levy"}}},
      {"did not oppose", "Brazil did not oppose the trade pact.",
       {{"Brazil", kCountry, kFor, "trade pact"}}},
      {"will not back", "Belgium will not back the shipping levy.",
       {{"Belgium", kCountry, kAgainst, "shipping levy"}}},
      {"never opposed", "Senegal never opposed the fishing accord.",
       {{"Senegal", kCountry, kFor, "fishing accord"}}},
      {"no longer supports", "Croatia no longer supports the border plan.",
       {{"Croatia", kCountry, kAgainst, "border plan"}}},
      {"not ready to approve", "Peru is not ready to approve the fishing quotas.",
       {{"Peru", kCountry, kAgainst, "fishing quotas"}}},
      {"refused to ratify", "Chile refused to ratify the water treaty.",
       {{"Chile", kCountry, kAgainst, "water treaty"}}},
      {"declined to join", "Ireland declined to join the tax pact.",
       {{"Ireland", kCountry, kAgainst, "joining tax pact"}}},
  });
}

TEST(ExtractorTest, SplitsCoordinatedActors) {
  CheckCases({
      {"two states", "Chile and Peru back the lithium agreement.",
       {{"Chile", kCountry, kFor, "lithium agreement"},
        {"Peru", kCountry, kFor, "lithium agreement"}}},
      {"three states", "Chile, Peru and Bolivia back the lithium agreement.",
       {{"Chile", kCountry, kFor, "lithium agreement"},
        {"Peru", kCountry, kFor, "lithium agreement"},
        {"Bolivia", kCountry, kFor, "lithium agreement"}}},
      {"coordinated demonyms", "German and French officials criticized the steel tariffs.",
       {{"Germany", kCountry, kAgainst, "steel tariffs"},
        {"France", kCountry, kAgainst, "steel tariffs"}}},
      {"group and organization", "Environmental groups and the Sierra Club oppose the pipeline.",
       {{"environmental groups", kGroup, kAgainst, "pipeline"},
        {"Sierra Club", kOrganization, kAgainst, "pipeline"}}},
  });
}

TEST(ExtractorTest, ReadsCapitalsAsStatesOnlyWhenTheyAct) {
  CheckCases({
      {"capital acting", "Ottawa rejected the dairy quota proposal.",
       {{"Canada", kCountry, kAgainst, "dairy quota proposal"}}},
      {"capital acting, sentence-initial", "Tokyo welcomed the emissions accord.",
       {{"Japan", kCountry, kFor, "emissions accord"}}},
      {"seat with article", "The Kremlin rejected the grain corridor plan.",
       {{"Russia", kCountry, kAgainst, "grain corridor plan"}}},
      {"seat of government", "Washington opposes the digital services tax.",
       {{"United States", kCountry, kAgainst, "digital services tax"}}},
      {"capital as a place before the subject",
       "Speaking in Ottawa, Governor Tom Baker rejected the dairy quota proposal.",
       {{"Tom Baker", kPerson, kAgainst, "dairy quota proposal"}}},
      {"capital as a place in an opening adverbial",
       "At a rally in Lima, nurses demanded higher wages.",
       {{"nurses", kGroup, kFor, "higher wages"}}},
      {"capital as a place, no cue", "Talks in Ottawa ended without a deal.", {}},
  });
}

TEST(ExtractorTest, ReadsDemonymWithStateNounAsTheStateOtherwiseAsAGroup) {
  CheckCases({
      {"officials", "Japanese officials welcomed the emissions accord.",
       {{"Japan", kCountry, kFor, "emissions accord"}}},
      {"ministers", "Chilean ministers oppose the royalty hike.",
       {{"Chile", kCountry, kAgainst, "royalty hike"}}},
      {"diplomats", "Canadian diplomats oppose the trade deal.",
       {{"Canada", kCountry, kAgainst, "trade deal"}}},
      {"abbreviated state name", "U.S. officials rejected the steel quota.",
       {{"United States", kCountry, kAgainst, "steel quota"}}},
      {"farmers are a group", "Irish farmers oppose the nitrate limits.",
       {{"Irish farmers", kGroup, kAgainst, "nitrate limits"}}},
      {"farmers of another state", "Canadian farmers oppose the trade deal.",
       {{"Canadian farmers", kGroup, kAgainst, "trade deal"}}},
  });
}

TEST(ExtractorTest, StripsTitlesFromPersonNames) {
  CheckCases({
      {"ministry title", "Health Minister Ana Ruiz endorsed the vaccine mandate.",
       {{"Ana Ruiz", kPerson, kFor, "vaccine mandate"}}},
      {"finance minister", "Finance Minister Ana Ruiz criticized the budget cuts.",
       {{"Ana Ruiz", kPerson, kAgainst, "budget cuts"}}},
      {"abbreviated title Dr.", "Dr. Amal Nasser backs the sugar tax.",
       {{"Amal Nasser", kPerson, kFor, "sugar tax"}}},
      {"abbreviated title Gen.", "Gen. Mark Ellis opposes the base closure.",
       {{"Mark Ellis", kPerson, kAgainst, "base closure"}}},
      {"abbreviated title Sen.", "Sen. Ruth Hale opposes the farm bill.",
       {{"Ruth Hale", kPerson, kAgainst, "farm bill"}}},
      {"mayor", "Mayor Lena Ortiz backs small businesses.",
       {{"Lena Ortiz", kPerson, kFor, "small businesses"}}},
  });
}

TEST(ExtractorTest, TakesThePassiveAgentAfterBy) {
  CheckCases({
      {"body as agent", "The rent freeze was backed by the city council.",
       {{"the city council", kOrganization, kFor, "rent freeze"}}},
      {"state as agent", "The carbon border tax was rejected by India.",
       {{"India", kCountry, kAgainst, "carbon border tax"}}},
      {"abbreviation as agent, then a new sentence",
       "The deal was approved by the U.S. The vote was close.",
       {{"United States", kCountry, kFor, "deal"}}},
      {"agentless passive names no actor", "The carbon border tax was rejected.", {}},
  });
}

TEST(ExtractorTest, ReadsNounAndAdjectiveCues) {
  CheckCases({
      {"light verb + noun", "The tenants union voiced support for the rent freeze.",
       {{"the tenants union", kOrganization, kFor, "rent freeze"}}},
      {"expressed support for", "Ghana expressed support for the debt relief plan.",
       {{"Ghana", kCountry, kFor, "debt relief plan"}}},
      {"possessor of a noun cue", "Argentina's opposition to the export ban hardened.",
       {{"Argentina", kCountry, kAgainst, "export ban"}}},
      {"remains wary of", "Norway remains wary of the deep-sea mining plan.",
       {{"Norway", kCountry, kAgainst, "deep-sea mining plan"}}},
      {"is committed to", "Denmark is committed to the wind power target.",
       {{"Denmark", kCountry, kFor, "wind power target"}}},
      {"is sceptical of", "Finland is sceptical of the biofuel mandate.",
       {{"Finland", kCountry, kAgainst, "biofuel mandate"}}},
      {"is opposed to", "Austria is opposed to the nuclear subsidy.",
       {{"Austria", kCountry, kAgainst, "nuclear subsidy"}}},
      {"is against", "The Green Party is against the airport expansion.",
       {{"Green Party", kOrganization, kAgainst, "airport expansion"}}},
      {"adjective without a verb is attributive", "A wary public watched the vote.", {}},
  });
}

TEST(ExtractorTest, ReadsTopicsOfInfinitives) {
  CheckCases({
      {"transfer verb: the thing given",
       "Spain plans to offer Chile a loan for desalination plants.",
       {{"Spain", kCountry, kFor, "loan"}}},
      {"activity", "Portugal is willing to host the talks.",
       {{"Portugal", kCountry, kFor, "hosting talks"}}},
      {"addressee and activity", "Egypt urged donors to fund the health clinics.",
       {{"Egypt", kCountry, kFor, "funding health clinics"}}},
  });
  // The recipient of a transfer verb is not part of the topic.
  std::vector<StanceTriple> triples =
      Extract("Spain plans to offer Chile a loan for desalination plants.");
  ASSERT_EQ(triples.size(), 1u);
  EXPECT_EQ(triples[0].topic.find("Chile"), std::string::npos) << triples[0].topic;
}

TEST(ExtractorTest, SplitsPreferenceIntoSupportAndOpposition) {
  CheckCases({
      {"prefers X over Y", "The mayor prefers light rail over a new highway.",
       {{"the mayor", kPerson, kFor, "light rail"},
        {"the mayor", kPerson, kAgainst, "new highway"}}},
      {"favours X over Y", "Lisbon favours trains over short-haul flights.",
       {{"Portugal", kCountry, kFor, "trains"},
        {"Portugal", kCountry, kAgainst, "short-haul flights"}}},
  });
}

TEST(ExtractorTest, ResolvesPronounsAcrossSentences) {
  CheckCases({
      {"she: the last person", "Mayor Lena Ortiz spoke on Tuesday. She opposes the parking levy.",
       {{"Lena Ortiz", kPerson, kAgainst, "parking levy"}}},
      {"he: the last person",
       "Governor Tom Baker visited the plant. He supports the battery subsidy.",
       {{"Tom Baker", kPerson, kFor, "battery subsidy"}}},
      {"he skips a state",
       "Governor Tom Baker met Peru's envoy. Peru left early. He supports the battery subsidy.",
       {{"Tom Baker", kPerson, kFor, "battery subsidy"}}},
      {"they: a group", "Dairy farmers rallied on Friday. They reject the pay offer.",
       {{"dairy farmers", kGroup, kAgainst, "pay offer"}}},
      {"they: coordinated states", "Chile and Peru met in Lima. They back the lithium agreement.",
       {{"Chile", kCountry, kFor, "lithium agreement"},
        {"Peru", kCountry, kFor, "lithium agreement"}}},
      {"it: a state", "Vietnam said it supports the rice export deal.",
       {{"Vietnam", kCountry, kFor, "rice export deal"}}},
      {"she: the role named before", "The mayor said she opposes the stadium subsidy.",
       {{"the mayor", kPerson, kAgainst, "stadium subsidy"}}},
      {"it as topic: the last topic", "Chile opposes the mining tax. Peru criticized it.",
       {{"Chile", kCountry, kAgainst, "mining tax"}, {"Peru", kCountry, kAgainst, "mining tax"}}},
      {"no antecedent", "She opposes the parking levy.", {}},
  });
}

TEST(ExtractorTest, JoinsSurnameToTheFullNameUsedBefore) {
  CheckCases({
      {"after a title", "Mayor Lena Ortiz spoke on Tuesday. Ortiz opposes the parking levy.",
       {{"Lena Ortiz", kPerson, kAgainst, "parking levy"}}},
      {"senator", "Senator Paul Grant toured the port. Grant criticized the shipping fees.",
       {{"Paul Grant", kPerson, kAgainst, "shipping fees"}}},
      {"without a title", "Ana Ruiz met farmers in the north. Ruiz backs the irrigation fund.",
       {{"Ana Ruiz", kPerson, kFor, "irrigation fund"}}},
  });
}

TEST(ExtractorTest, AttributesFirstPersonInQuotationsToTheSpeaker) {
  CheckCases({
      {"said NAME after", "“We will never accept this tax,” said Tom Reyes.",
       {{"Tom Reyes", kPerson, kAgainst, "tax"}}},
      {"NAME said after", "“We will never accept this tax,” Tom Reyes said.",
       {{"Tom Reyes", kPerson, kAgainst, "tax"}}},
      {"title stripped from the speaker", "“I support the school bond,” Mayor Lena Ortiz said.",
       {{"Lena Ortiz", kPerson, kFor, "school bond"}}},
      {"speaker before the quotation", "Mayor Lena Ortiz said: “We oppose the parking levy.”",
       {{"Lena Ortiz", kPerson, kAgainst, "parking levy"}}},
      {"quotation over two sentences",
       "“We will never accept this tax. We demand a referendum,” said Tom Reyes.",
       {{"Tom Reyes", kPerson, kAgainst, "tax"}, {"Tom Reyes", kPerson, kFor, "referendum"}}},
      {"speaker after a pronoun",
       "Tom Reyes spoke to reporters. “We reject the fare rise,” he said.",
       {{"Tom Reyes", kPerson, kAgainst, "fare rise"}}},
  });
}

TEST(ExtractorTest, AttributesFirstPersonOutsideQuotationsToTheDocumentSpeaker) {
  struct SpeakerCase {
    const char* name;
    std::string speaker;
    std::string text;
    std::vector<Expected> expected;
  };
  const SpeakerCase cases[] = {
      {"known state",
       "Norway", "We welcome the agreement.", {{"Norway", kCountry, kFor, "agreement"}}},
      {"known alias", "the EU", "We reject the tariffs on solar panels.",
       {{"European Union", kOrganization, kAgainst, "tariffs on solar panels"}}},
      {"unknown speaker keeps the given name", "Riverton Council", "We oppose the new toll road.",
       {{"Riverton Council", std::nullopt, kAgainst, "new toll road"}}},
      {"I", "Lena Ortiz", "I oppose the parking levy.",
       {{"Lena Ortiz", std::nullopt, kAgainst, "parking levy"}}},
      {"a quotation keeps its own speaker", "Norway",
       "“We oppose the toll road,” said Tom Reyes. We welcome the agreement.",
       {{"Tom Reyes", kPerson, kAgainst, "toll road"}, {"Norway", kCountry, kFor, "agreement"}}},
  };
  for (const SpeakerCase& c : cases) {
    SCOPED_TRACE(std::string(c.name) + ": " + c.text);
    ExpectExactly(Extract(c.text, c.speaker), c.expected);
  }
}

TEST(ExtractorTest, TakesTheActorOfReportedSpeechFromTheReportedClause) {
  struct ReportCase {
    std::string text;
    std::string actor;
    std::string reported_by;
  };
  const ReportCase cases[] = {
      {"Ravi Patel said Colombia backs the coffee tariff cut.", "Colombia", "Ravi Patel"},
      {"Colombia backs the coffee tariff cut, Ravi Patel said.", "Colombia", "Ravi Patel"},
      {"According to Ravi Patel, Colombia backs the coffee tariff cut.", "Colombia", "Ravi Patel"},
      {"Economists said Colombia backs the coffee tariff cut.", "Colombia", "economists"},
      {"A spokesman said Colombia backs the coffee tariff cut.", "Colombia", "the spokesman"},
      {"Colombia said it backs the coffee tariff cut.", "Colombia", ""},  // no one else reported it
  };
  for (const ReportCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<StanceTriple> triples = Extract(c.text);
    ASSERT_EQ(triples.size(), 1u) << Describe(triples);
    EXPECT_EQ(triples[0].actor, c.actor);
    EXPECT_EQ(triples[0].stance, kFor);
    EXPECT_EQ(triples[0].topic, "coffee tariff cut");
    EXPECT_EQ(triples[0].reported_by, c.reported_by);
  }
}

TEST(ExtractorTest, ReadsHeadlinesAndBullets) {
  CheckCases({
      {"title-case headline", "Teachers Union Backs New School Funding Formula",
       {{"the teachers union", kOrganization, kFor, "new school funding formula"}}},
      {"title-case headline with a state", "Mexico Rejects New Steel Tariffs",
       {{"Mexico", kCountry, kAgainst, "new steel tariffs"}}},
      {"headline then body", "Kenya Backs Global Plastics Treaty\nThe vote in Nairobi was close.",
       {{"Kenya", kCountry, kFor, "global plastics treaty"}}},
      {"bullets with full stops",
       "Key points:\n"
       "• Vietnam supports the rice export deal.\n"
       "• Thailand opposes the rice export deal.",
       {{"Vietnam", kCountry, kFor, "rice export deal"},
        {"Thailand", kCountry, kAgainst, "rice export deal"}}},
      {"bullets without full stops",
       "Where they stand:\n- Peru backs the oil drilling ban\n- Chile opposes the oil drilling ban",
       {{"Peru", kCountry, kFor, "oil drilling ban"},
        {"Chile", kCountry, kAgainst, "oil drilling ban"}}},
  });
  // A Title Case headline keeps the capitals of known names only.
  std::vector<StanceTriple> triples = Extract("Mexico Rejects New Steel Tariffs");
  ASSERT_EQ(triples.size(), 1u);
  EXPECT_EQ(triples[0].topic, "new steel tariffs");
}

// A statement that takes no stance, next to the same clause that does: the
// control shows the words alone would give a triple.
struct NoStanceCase {
  const char* name;
  std::string text;
  std::string control;
};

void CheckNoStance(const std::vector<NoStanceCase>& cases) {
  for (const NoStanceCase& c : cases) {
    SCOPED_TRACE(std::string(c.name) + ": " + c.text);
    std::vector<StanceTriple> control = Extract(c.control);
    EXPECT_FALSE(control.empty()) << "control gave nothing: " << c.control;
    std::vector<StanceTriple> triples = Extract(c.text);
    EXPECT_TRUE(triples.empty()) << "got:\n" << Describe(triples);
  }
}

TEST(ExtractorTest, FindsNoStanceInQuestions) {
  CheckNoStance({
      {"yes-no question", "Does Mexico support the new tariff schedule?",
       "Mexico supports the new tariff schedule."},
      {"wh-question", "Why does Italy support the merger?", "Italy supports the merger."},
      {"modal question", "Should Kenya back the climate fund?", "Kenya backs the climate fund."},
      {"quoted question", "“Why would we back this bill?” asked Senator Kim Lee.",
       "“We back this bill,” said Senator Kim Lee."},
  });
}

TEST(ExtractorTest, FindsNoStanceInConditionalsAndHedges) {
  CheckNoStance({
      {"conditional with hedge", "If the vote fails, the party may reject the deal.",
       "The party rejects the deal."},
      {"cue inside the if-clause", "If Italy backs the merger, unions will strike.",
       "Italy backs the merger."},
      {"cue inside the unless-clause", "Unless Peru backs the quota, talks will end.",
       "Peru backs the quota."},
      {"may", "Poland may back the grain import ban.", "Poland backs the grain import ban."},
      {"might", "Rwanda might reject the vaccine waiver.", "Rwanda rejects the vaccine waiver."},
      {"may consider",
       "Poland may consider the grain import ban.", "Poland backs the grain import ban."},
      {"might consider backing", "Rwanda might consider backing the vaccine waiver.",
       "Rwanda backs the vaccine waiver."},
  });
}

TEST(ExtractorTest, LowersConfidenceOfHedgedStatements) {
  ExtractOptions keep_all;
  keep_all.min_confidence = 0.0;
  const NoStanceCase cases[] = {
      {"may", "Poland may back the grain import ban.", "Poland backs the grain import ban."},
      {"could", "Sweden could reject the fishing quota.", "Sweden rejects the fishing quota."},
      {"conditional main clause", "If the vote fails, the party may reject the deal.",
       "The party rejects the deal."},
  };
  for (const NoStanceCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<StanceTriple> hedged = Extract(c.text, "", keep_all);
    std::vector<StanceTriple> plain = Extract(c.control, "", keep_all);
    ASSERT_EQ(hedged.size(), 1u) << Describe(hedged);
    ASSERT_EQ(plain.size(), 1u) << Describe(plain);
    EXPECT_EQ(hedged[0].actor, plain[0].actor);
    EXPECT_EQ(hedged[0].stance, plain[0].stance);
    EXPECT_GT(hedged[0].confidence, 0.0);
    EXPECT_LT(hedged[0].confidence, ExtractOptions{}.min_confidence);
    EXPECT_LT(hedged[0].confidence, plain[0].confidence);
  }
}

TEST(ExtractorTest, SkipsPageJunk) {
  CheckNoStance({
      {"newsletter box",
       "Sign up for our newsletter to learn why Greenpeace supports the ocean treaty.",
       "Greenpeace supports the ocean treaty."},
      {"author bio", "Jane Doe is a staff writer who supports local journalism.",
       "Jane Doe supports local journalism."},
      {"click here",
       "Click here to read why Kenya backs the climate fund.", "Kenya backs the climate fund."},
      {"social links", "Follow us on social media to see why Chile opposes the mining tax.",
       "Chile opposes the mining tax."},
      {"cookie notice", "We use cookies because Peru backs the quota, and so do you.",
       "Peru backs the quota."},
      {"bio with a curly apostrophe", "I’m passionate about cities, and Lima backs the bike lanes.",
       "Lima backs the bike lanes."},
  });
}

TEST(ExtractorTest, FindsNoActorInInanimateSubjects) {
  CheckNoStance({
      {"the plan", "The plan supports small farms.", "The minister supports small farms."},
      {"this package",
       "This package backs small businesses.", "Mayor Lena Ortiz backs small businesses."},
      {"the new rules", "The new rules reject cheap imports.", "Farmers reject cheap imports."},
      {"the proposal", "The proposal favours rural clinics.", "Voters favour rural clinics."},
      {"named plan",
       "The Green Deal supports small farms.", "The Green Party supports small farms."},
      {"named law",
       "The Farm Bill backs small businesses.", "The Farm Bureau backs small businesses."},
      {"named treaty",
       "The Paris Agreement rejects coal subsidies.", "Paris rejects coal subsidies."},
  });
}

TEST(ExtractorTest, FindsNoActorForFirstPersonWithoutASpeaker) {
  CheckNoStance({
      {"we, no document speaker", "We oppose the new toll road.",
       "“We oppose the new toll road,” said Tom Reyes."},
      {"I, no document speaker", "I support the school bond.",
       "“I support the school bond,” Mayor Lena Ortiz said."},
      {"quotation without attribution", "“We oppose the toll road.”",
       "“We oppose the toll road,” said Tom Reyes."},
  });
}

TEST(ExtractorTest, RecordsEvidenceWithCodePointOffsets) {
  Document document;
  document.id = "zurich-42";
  document.date = "2024-03-18";
  document.source = "example.org";
  document.text =
      "Zürich café owners met on Monday — again.\n\n"
      "Bolivia backs the café tax cut. Señor Díaz left. Chile opposes the bus plan.";
  std::vector<StanceTriple> triples = Extractor(BuiltInLexicon()).Extract(document);
  ASSERT_EQ(triples.size(), 2u) << Describe(triples);

  // Offsets computed by hand: "ü", "é", "—", "ñ", "í" are one code point each.
  struct Evidence {
    std::string sentence;
    int64_t start;
    int64_t end;
  };
  const Evidence expected[] = {
      {"Bolivia backs the café tax cut.", 43, 74},
      {"Chile opposes the bus plan.", 92, 119},
  };
  for (size_t i = 0; i < triples.size(); ++i) {
    SCOPED_TRACE(expected[i].sentence);
    const StanceTriple& t = triples[i];
    EXPECT_EQ(t.sentence, expected[i].sentence);
    EXPECT_EQ(t.start, expected[i].start);
    EXPECT_EQ(t.end, expected[i].end);
    EXPECT_EQ(SubstrByCodePoints(document.text, t.start, t.end), t.sentence);
    EXPECT_EQ(t.doc, "zurich-42");
    EXPECT_EQ(t.date, "2024-03-18");
    EXPECT_FALSE(t.cue.empty());
    EXPECT_GT(t.confidence, 0.0);
    EXPECT_LE(t.confidence, 1.0);
  }
  EXPECT_EQ(triples[0].actor_mention, "Bolivia");
  EXPECT_EQ(triples[0].topic, "café tax cut");
  EXPECT_EQ(triples[0].cue, "backs");
  EXPECT_EQ(triples[1].actor, "Chile");
  EXPECT_EQ(triples[1].topic, "bus plan");
}

TEST(ExtractorTest, LeavesDateEmptyWhenTheDocumentHasNone) {
  std::vector<StanceTriple> triples = Extract("Kenya backs the climate fund.");
  ASSERT_EQ(triples.size(), 1u);
  EXPECT_EQ(triples[0].doc, "test");
  EXPECT_TRUE(triples[0].date.empty());
  EXPECT_EQ(triples[0].start, 0);
  EXPECT_EQ(triples[0].end, 29);
}

TEST(ExtractorTest, CountsSentencesJunkAndTriples) {
  Document document;
  document.id = "counts";
  document.text =
      "Budget Vote Tonight\n"
      "Chile and Peru back the lithium agreement. The vote was close.\n"
      "Sign up for our newsletter.\n"
      "Bolivia opposes it.";
  ExtractCounts counts;
  counts.sentences = 10;  // counts are added to
  std::vector<StanceTriple> triples = Extractor(BuiltInLexicon()).Extract(document, &counts);
  EXPECT_EQ(triples.size(), 3u) << Describe(triples);
  EXPECT_EQ(counts.sentences, 10u + 5u);
  EXPECT_EQ(counts.junk_sentences, 1u);
  EXPECT_EQ(counts.triples, triples.size());
  // Without counts the triples are the same.
  EXPECT_EQ(Extractor(BuiltInLexicon()).Extract(document).size(), triples.size());
}

// Sentences after the last one with a cue word are not analysed (they can
// yield nothing), but they are still counted, junk included.
TEST(ExtractorTest, CountsSentencesAfterTheLastStance) {
  Document document;
  document.id = "tail";
  document.text =
      "Chile backs the lithium agreement. Peru backs it too.\n"
      "The vote was close.\n"
      "Sign up for our newsletter.\n"
      "Maria Lopez is a staff writer.";
  ExtractCounts counts;
  std::vector<StanceTriple> triples = Extractor(BuiltInLexicon()).Extract(document, &counts);
  ASSERT_EQ(triples.size(), 2u) << Describe(triples);
  EXPECT_EQ(triples[1].actor, "Peru");
  EXPECT_EQ(triples[1].start, 35);
  EXPECT_EQ(triples[1].end, 53);
  EXPECT_EQ(counts.sentences, 5u);
  EXPECT_EQ(counts.junk_sentences, 2u);
}

TEST(ExtractorTest, SkipsSentencesLongerThanTheTokenLimit) {
  ExtractOptions short_only;
  short_only.max_sentence_tokens = 5;
  const std::string text = "Kenya backs the climate fund. Peru agrees.";  // 6 tokens, then 3
  EXPECT_EQ(Extract(text).size(), 1u);
  EXPECT_TRUE(Extract(text, "", short_only).empty());
}

// Found by tests/fuzz/extractor_fuzzer: a relative clause with nothing
// before its comma made the subject reader look one token before the
// sentence (caught by the checked build's bounds assertions).
TEST(ExtractorTest, RelativeClauseAtTheSentenceStartHasNoAntecedent) {
  for (const char* text : {", which signed the pact, backs the plan.", ", which backs the plan.",
                           "which backs the plan.", ", who backs the plan."}) {
    EXPECT_TRUE(Extract(text).empty()) << text << "\n" << Describe(Extract(text));
  }
}

TEST(ExtractorTest, GivesNothingForEmptyText) {
  ExtractCounts counts;
  Document document;
  EXPECT_TRUE(Extractor(BuiltInLexicon()).Extract(document, &counts).empty());
  EXPECT_EQ(counts.sentences, 0u);
  EXPECT_EQ(counts.triples, 0u);
}

}  // namespace
}  // namespace stancegraph
