// Extraction cases drawn from the shapes of real news copy: reported speech,
// judgements, references across sentences, wire datelines and headlines,
// amounts, quotation marks inside phrases. Every expected triple is listed,
// so a triple too many fails as much as one missing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/triple.h"
#include "tests/extract_test_support.h"

namespace stancegraph {
namespace {

TEST(ExtractorNewsTest, CoordinatedVerbsShareTheirSubject) {
  CheckCases({
      {"second verb after and",
       "Polish President Andrzej Duda supports NATO membership for Ukraine and has called for a "
       "concrete roadmap.",
       {{"Andrzej Duda", kPerson, kFor, "NATO membership for Ukraine"},
        {"Andrzej Duda", kPerson, kFor, "concrete roadmap"}}},
      {"possessor is no subject",
       "Okafor said he backed Bello's plan to extend the rail network and urged his supporters to "
       "vote for the ruling party.",
       {{"Okafor", std::nullopt, kFor, "Bello's plan"},
        {"Bello", std::nullopt, kFor, "rail network"},
        {"Okafor", std::nullopt, kFor, "ruling party"}}},
      {"participle clause after a comma",
       "Nurses in New South Wales walked off the job on Wednesday, demanding a 15% pay rise.",
       {{"nurses", kGroup, kFor, "15% pay rise"}}},
  });
}

TEST(ExtractorNewsTest, ReportedSpeechKeepsItsSourceInItsOwnClause) {
  std::vector<StanceTriple> triples = Extract(
      "Foreign Minister Peter Szijjarto said Hungary opposes any step toward membership. Poland "
      "and the Baltic states insist on dropping the action plan, a program that they describe as "
      "outdated.");
  ASSERT_EQ(triples.size(), 3u) << Describe(triples);
  EXPECT_EQ(triples[0].actor, "Hungary");
  EXPECT_EQ(triples[0].reported_by, "Peter Szijjarto");
  // "describe" belongs to a relative clause: it reports nothing.
  EXPECT_EQ(triples[1].reported_by, "");
  EXPECT_EQ(triples[2].reported_by, "");

  // A pronoun right after the reporting verb is the reporter.
  CheckCases({
      {"it after says",
       "The RMT has rejected the 3% offer. Network Rail says it is willing to return to talks.",
       {{"RMT", std::nullopt, kAgainst, "3% offer"},
        {"Network Rail", std::nullopt, kFor, "returning to talks"}}},
      {"they after said",
       "Digital rights groups including EDRi said they opposed any delay.",
       {{"digital rights groups", kGroup, kAgainst, "delay"}}},
  });
}

TEST(ExtractorNewsTest, JudgementsAreStancesOfWhoeverJudges) {
  CheckCases({
      {"called the freeze reckless",
       "The governors called the freeze \u201creckless\u201d.",
       {{"governors", kGroup, kAgainst, "freeze"}}},
      {"reported judgement",
       "Energy Minister Helene Roux said the deal was \u201cunacceptable\u201d.",
       {{"Helene Roux", kPerson, kAgainst, "deal"}}},
      {"the quotation's speaker judges",
       "\u201cThe cap is the wrong answer,\u201d said Lukas Brandt, an economist.",
       {{"Lukas Brandt", kPerson, kAgainst, "cap"}}},
      {"a situation is not a policy", "The situation is dangerous, Lukas Brandt said.", {}},
      {"extraposed it", "It is unacceptable to wait, Lukas Brandt said.", {}},
      {"descriptive words judge nothing", "Police found dangerous weapons in the car.", {}},
  });
}

TEST(ExtractorNewsTest, TopicsReferredBackGetTheEarlierName) {
  CheckCases({
      {"the plan after an introduced topic",
       "The government unveiled a pension reform on Monday. Unions rejected the plan.",
       {{"unions", kGroup, kAgainst, "pension reform"}}},
      {"such guarantees",
       "France offered security guarantees to Kyiv. Germany is ready to provide such guarantees.",
       {{"France", kCountry, kFor, "security guarantees"},
        {"Germany", kCountry, kFor, "security guarantees"}}},
      {"it is the latest thing, not the latest activity",
       "Sen. Mitch McConnell backed the package and warned against abandoning Ukraine, while Sen. "
       "J.D. Vance opposed it.",
       {{"Mitch McConnell", kPerson, kFor, "package"},
        {"Mitch McConnell", kPerson, kFor, "Ukraine"},  // warned against abandoning: for
        {"J.D. Vance", kPerson, kAgainst, "package"}}},
      {"an activity on it",
       "Mediators presented a truce plan. The RSF said it was ready to implement it.",
       {{"RSF", std::nullopt, kFor, "truce plan"}}},
      {"it with nothing before it", "Spain opposed it.", {}},
  });
}

TEST(ExtractorNewsTest, BodiesAreReferredToByTheirKind) {
  CheckCases({
      {"the bloc is the latest organization",
       "The African Union called for a ceasefire in Sudan. The bloc also rejected any plan to "
       "partition the country.",
       {{"African Union", kOrganization, kFor, "ceasefire"},
        {"African Union", kOrganization, kAgainst, "plan to partition the country"}}},
      {"the bloc with no organization before it is the EU",
       "The bloc rejected the tariffs.",
       {{"European Union", kOrganization, kAgainst, "tariffs"}}},
  });
}

TEST(ExtractorNewsTest, WireCopyShapes) {
  CheckCases({
      {"dateline",
       "LAGOS, Jan. 9 \u2014 Businessman Emeka Okafor withdrew from the race and threw his weight "
       "behind Kunle Bello.",
       {{"Emeka Okafor", kPerson, kFor, "Kunle Bello"}}},
      {"time between subject and verb",
       "Germany on Tuesday rejected a proposal to cap gas prices.",
       {{"Germany", kCountry, kAgainst, "proposal to cap gas prices"}}},
      {"quotation marks around the cue",
       "China\u2019s commerce ministry said it \u201cfirmly opposes\u201d the tariffs.",
       {{"China", kCountry, kAgainst, "tariffs"}}},
      {"lower-case title before a name",
       "Finance minister Laura Finch welcomed the cut.",
       {{"Laura Finch", kPerson, kFor, "cut"}}},
      {"relative who",
       "Chief Economist Owen Pryor, who backed a pause, spoke on Thursday.",
       {{"Owen Pryor", kPerson, kFor, "pause"}}},
      {"name of names",
       "The Royal College of Paediatrics and Child Health backed the ban on disposable vapes.",
       {{"Royal College of Paediatrics and Child Health", kOrganization, kFor, "ban on disposable vapes"}}},
      {"headline name after a title",
       "Mayor Delgado Backs Faster Permits for Affordable Housing\n\nThe mayor spoke on Monday.",
       {{"Delgado", kPerson, kFor, "faster permits for affordable housing"}}},
  });
}

TEST(ExtractorNewsTest, WhatTheTopicIs) {
  CheckCases({
      {"an amount is for something",
       "Rishi Sunak pledged \u00a32.5 billion in military support for the coming year. Canada "
       "promised $40 million for refugee resettlement.",
       {{"Rishi Sunak", kPerson, kFor, "military support"},
        {"Canada", kCountry, kFor, "refugee resettlement"}}},
      {"percent and en dash stay in their words",
       "French farm unions condemned the EU\u2013Mercosur agreement and rejected the 3% offer.",
       {{"French farm unions", kGroup, kAgainst, "EU\u2013Mercosur agreement"},
        {"French farm unions", kGroup, kAgainst, "3% offer"}}},
      {"purpose infinitive stays with its noun",
       "The minister also backed a levy on alcohol to fund the change.",
       {{"the minister", kPerson, kFor, "levy on alcohol"}}},
      {"a duration is no topic", "Viktor Orban has argued for months.", {}},
      {"aspect verbs pass the activity on",
       "Rishi Sunak has pledged to keep supplying weapons.",
       {{"Rishi Sunak", kPerson, kFor, "supplying weapons"}}},
      {"talking about talking", "We want to emphasize the importance of multilateralism.", {}},
      {"vague verbs need an object", "Zelensky urged allies to go further.", {}},
      {"pathway is path", "Georgia seeks a pathway to membership.",
       {{"Georgia", std::nullopt, kFor, "path to membership"}}},
      {"a capital inside a name is no cue",
       "We appreciate the United Nations Support Mission in Libya.", {}},
  });
}

TEST(ExtractorNewsTest, PolarityThroughNounsAndBeliefs) {
  CheckCases({
      {"no objection",
       "Quill said it had no objection to the remedy.",
       {{"Quill", std::nullopt, kFor, "remedy"}}},
      {"filed an appeal against",
       "Lumen Inc. filed an appeal against the fine.",
       {{"Lumen Inc.", kOrganization, kAgainst, "fine"}}},
      {"negated belief states no position",
       "President Joe Biden said he did not think Ukraine was ready for membership.", {}},
      {"noun cue with an infinitive",
       "The Commission\u2019s proposal to renew the licence split member states.",
       {{"European Commission", kOrganization, kFor, "renewing licence"}}},
  });
}


TEST(ExtractorNewsTest, WhoSpeaksForABody) {
  CheckCases({
      {"acronym among descriptors",
       "Germany\u2019s employers\u2019 federation BDA warned against raising the minimum wage, while "
       "the DGB trade union confederation insisted on the increase.",
       {{"BDA", kOrganization, kAgainst, "raising the minimum wage"},
        {"DGB", kOrganization, kFor, "increase"}}},
      {"an officer speaks for the body, which 'the bank' then names",
       "The Bank of Japan\u2019s governor said the bank was not yet ready to raise interest rates.",
       {{"Bank of Japan", kOrganization, kAgainst, "raising interest rates"}}},
      {"a capital's government is the state",
       "Kyiv\u2019s government supports the plan.",
       {{"Ukraine", kCountry, kFor, "plan"}}},
      {"an officer of an unknown body keeps the possessor",
       "Tesla\u2019s chief executive rejected the pay cap.",
       {{"Tesla's chief executive", std::nullopt, kAgainst, "pay cap"}}},
      {"an infinitive of a light verb takes the subject of the control verb",
       "Brazil supports the reform. Brazil wishes to reiterate its support for a two-state solution.",
       {{"Brazil", kCountry, kFor, "reform"}, {"Brazil", kCountry, kFor, "two-state solution"}}},
  });
}

TEST(ExtractorNewsTest, OddTypingAndEdgesOfText) {
  CheckCases({
      // U+2018 typed for an apostrophe splits like U+2019.
      {"left quote as apostrophe", "France doesn\u2018t support the plan.",
       {{"France", kCountry, kAgainst, "plan"}}},
      // An infinitive at the very end of the text, no object and no full stop.
      {"infinitive ending the text", "France wants to leave", {}},
      {"hyphenated -ly word is no adverb",
       "Members would not accept driver-only operation on suburban lines.",
       {{"members", kGroup, kAgainst, "driver-only operation"}}},
  });
}


TEST(ExtractorNewsTest, KeepsTheAddresseeOfACall) {
  struct AddresseeCase {
    const char* text;
    const char* actor;
    const char* topic;
    const char* addressee;  // "" for none
  };
  const AddresseeCase cases[] = {
      {"Senators called on President Biden to invite Ukraine to the summit.", "senators",
       "inviting Ukraine to the summit", "Joe Biden"},
      {"Egypt urged donors to fund the health clinics.", "Egypt", "funding health clinics", "donors"},
      {"Poland pushed for the alliance to take over the coordination.", "Poland",
       "taking over coordination", "NATO"},
      // A purpose, not someone asked to act: no addressee.
      {"The minister backed a levy on alcohol to fund the change.", "the minister", "levy on alcohol",
       ""},
      {"The Baltic states are pushing for an invitation to join NATO.", "Baltic states",
       "invitation to join NATO", ""},
  };
  for (const AddresseeCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<StanceTriple> triples = Extract(c.text);
    ASSERT_EQ(triples.size(), 1u) << Describe(triples);
    EXPECT_EQ(triples[0].actor, c.actor);
    EXPECT_EQ(triples[0].topic, c.topic);
    EXPECT_EQ(triples[0].addressee, c.addressee);
  }
}


TEST(ExtractorNewsTest, AReportAfterTheStanceFramesItOnlyWhenItClosesTheClause) {
  struct ReportCase {
    const char* text;
    const char* actor;
    const char* reported_by;
  };
  const ReportCase cases[] = {
      {"Berlin now backs the plan, according to the Financial Times.", "Germany", "Financial Times"},
      {"Germany backs the plan, a spokesman said on Monday.", "Germany", "the spokesman"},
      // "said" opens a clause of its own here: it reports that, not the backing.
      {"The Christian Democrats back the plan, and their leader, Friedrich Merz, said the delay "
       "hurt Germany.",
       "Christian Democratic Union", ""},
  };
  for (const ReportCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<StanceTriple> triples = Extract(c.text);
    ASSERT_FALSE(triples.empty());
    EXPECT_EQ(triples[0].actor, c.actor);
    EXPECT_EQ(triples[0].reported_by, c.reported_by);
  }
}


TEST(ExtractorNewsTest, NavigationAndTeaserLinesYieldNothing) {
  CheckCases({
      {"navigation bar", "Home | World | Politics | Unions back the strike", {}},
      {"related link", "Related: Unions back the strike as talks collapse", {}},
      {"photo credit line", "Protesters reject the plan in Paris (Photo: Reuters)", {}},
      {"advertisement line", "Advertisement", {}},
  });
}


TEST(ExtractorNewsTest, APersonKeepsTheBodyNamedInTheirTitles) {
  std::vector<StanceTriple> triples = Extract(
      "U.S. Ambassador to NATO Julianne Smith backed the plan. Smith later rejected the tax. "
      "Finance Minister Anna Keller defended the rules.");
  ASSERT_EQ(triples.size(), 3u) << Describe(triples);
  EXPECT_EQ(triples[0].actor, "Julianne Smith");
  EXPECT_EQ(triples[0].affiliation, "United States");  // the sending state, not "to NATO"
  EXPECT_EQ(triples[1].actor, "Julianne Smith");
  EXPECT_EQ(triples[1].affiliation, "United States");  // kept for the surname
  EXPECT_EQ(triples[2].actor, "Anna Keller");
  EXPECT_EQ(triples[2].affiliation, "");  // no body named
}


TEST(ExtractorNewsTest, UndoingSomethingIsOpposingIt) {
  CheckCases({
      {"vowed to scrap", "Canada's Conservatives have vowed to scrap the consumer carbon tax.",
       {{"Canada's Conservatives", std::nullopt, kAgainst, "consumer carbon tax"}}},
      {"called for lifting", "The governors called for lifting the freeze on wind permits.",
       {{"governors", kGroup, kAgainst, "freeze on wind permits"}}},
      {"insists on dropping", "Poland insists on dropping the membership action plan.",
       {{"Poland", kCountry, kAgainst, "membership action plan"}}},
      {"refused to lift", "Germany refused to lift the export ban.",
       {{"Germany", kCountry, kFor, "export ban"}}},
      {"phase out with a particle", "Denmark pledged to phase out coal.",
       {{"Denmark", kCountry, kAgainst, "coal"}}},
  });
}

}  // namespace
}  // namespace stancegraph
