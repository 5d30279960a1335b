#!/usr/bin/env python3
"""Builds wire_gold.jsonl: a blind gold set of scraped wire-service / newspaper copy.

Each document looks like a real article page: Title Case headline line, optional
dateline / byline / date line, page junk (newsletter boxes, cookie notices,
photo credits, "Read more" links, author bios), background facts, numbers,
quotes, reported speech, forecasts and hedges.  Gold triples follow the rules
in the stancegraph gold spec: every stance a careful analyst would code, and
only those.  Annotation conventions used throughout:

  * explicit positions, endorsements, demands, pledges, votes, vetoes and
    blocking are coded; executed actions with no stance cue ("kept rates
    unchanged", "imposed tariffs", "cut its forecast") are not;
  * "X's plan/call/request/proposal for Y" and "Y backed/put forward by X"
    are coded as X supporting Y;
  * court findings, denials of accusations, "reviewing"/"studying"/
    "declined to comment", conditional promises and forecasts yield nothing.

Run:  python3 make_wire_gold.py   (writes wire_gold.jsonl next to this file)
"""
import os
import re
import sys

from gold_builder import DOC_TAGS, TRIPLE_TAGS, check_common, check_tag_coverage, count_tags, make_doc, write_jsonl
from gold_builder import triple as T

DOCS = []


def doc(id, paragraphs, *triples, speaker=None, tags=""):
    """paragraphs: list of page blocks joined by blank lines (the first is the headline)."""
    DOCS.append(make_doc(id, "\n\n".join(paragraphs), triples, speaker=speaker, tags=tags))


# ---------------------------------------------------------------- actor regexes
US = r"united states|\bu\.?s\.?\b|washington|america"
EU = r"european union|\beu\b|brussels"

# =============================================================== ENERGY / TRADE
doc("wire-eu-gas-cap", [
    "Germany Rejects Gas Price Cap as EU Energy Ministers Clash Over Winter Plan",
    "By Anna Lindqvist and Pieter Maes\nNovember 22, 2022 4:31 PM GMT+1 Updated 2 hours ago",
    "BRUSSELS (Reuters) - Germany on Tuesday rejected a proposal to cap the price of wholesale gas "
    "that is backed by 15 European Union countries, deepening a rift over how to shield households "
    "from soaring energy bills.",
    "\u201cA cap is the wrong answer. It would send LNG tankers to Asia and leave Europe short of gas "
    "this winter,\u201d German Economy Minister Lukas Brandt told reporters as he arrived for an "
    "emergency meeting of energy ministers.",
    "Italy, Poland and Greece, which have led the push for a cap, urged the European Commission to "
    "put forward a legal proposal before the end of the month. The Netherlands and Denmark sided "
    "with Berlin.",
    "Benchmark Dutch gas prices fell 4% to 115 euros per megawatt hour on Tuesday, less than half "
    "the record set in August. Ministers will meet again on Dec. 13, and diplomats said a deal "
    "before then was unlikely.",
    "Reporting by Anna Lindqvist and Pieter Maes; Editing by Ron Galvin\n"
    "Our Standards: The Thomson Reuters Trust Principles.",
],
    T("Germany", r"german|berlin", "oppose", "wholesale gas price cap", r"cap",
      "Germany Rejects Gas Price Cap", "headline verb-cue"),
    T("Germany", r"german|berlin", "oppose", "wholesale gas price cap", r"cap",
      "Germany on Tuesday rejected a proposal", "verb-cue"),
    T("15 EU countries", r"countr|member state|\beu\b", "support", "wholesale gas price cap", r"cap",
      "backed by 15 European Union countries", "passive group-role-noun"),
    T("Lukas Brandt", r"brandt|german|berlin", "oppose", "gas price cap", r"cap",
      "A cap is the wrong answer", "quote-speaker title-appositive adjective-cue"),
    T("Italy", r"ital|rome", "support", "gas price cap", r"cap",
      "urged the European Commission to put", "coordination addressee noun-cue"),
    T("Poland", r"poland|polish|warsaw", "support", "gas price cap", r"cap",
      "urged the European Commission to put", "coordination addressee noun-cue"),
    T("Greece", r"greece|greek|athens", "support", "gas price cap", r"cap",
      "urged the European Commission to put", "coordination addressee noun-cue"),
    T("Netherlands", r"netherlands|dutch|hague", "oppose", "gas price cap", r"cap",
      "The Netherlands and Denmark sided", "coordination verb-cue"),
    T("Denmark", r"denmark|danish|copenhagen", "oppose", "gas price cap", r"cap",
      "The Netherlands and Denmark sided", "coordination verb-cue"),
    tags="junk forecast place-not-actor")

doc("wire-us-china-ev-tariffs", [
    "Beijing Vows Retaliation After U.S. Quadruples Tariffs on Chinese EVs",
    "WASHINGTON, May 14 \u2014 Tariffs on electric vehicles imported from China will rise to 100% "
    "from 25% under a package of trade measures unveiled at the White House on Tuesday, which also "
    "covers semiconductors, solar cells and medical gloves.",
    "China\u2019s commerce ministry said it \u201cfirmly opposes\u201d the move and would take "
    "\u201call necessary measures\u201d to defend the rights of Chinese companies.",
    "U.S. Trade Representative Dana Whitfield defended the increase, telling reporters that Chinese "
    "overcapacity posed \u201can existential threat\u201d to American automakers.",
    "The United Auto Workers union welcomed the decision, while the Alliance for Automotive "
    "Innovation, which represents most major carmakers, criticised it as \u201ca blunt "
    "instrument\u201d that would raise costs for consumers.",
    "Chinese-made EVs account for less than 2% of electric car sales in the United States, "
    "according to industry data. Asked whether Washington would also restrict Chinese software in "
    "connected cars, Whitfield said a review was under way.",
    "Sign up here for our free China Briefing newsletter.",
    "Photo: Electric cars wait to be loaded onto a ship at the port of Suzhou. (Reuters/Stringer)",
],
    T("China", r"china|chinese|beijing", "oppose", "U.S. tariffs on Chinese EVs", r"tariff",
      "Beijing Vows Retaliation After U.S.", "headline capital-metonymy verb-cue"),
    T("China's commerce ministry", r"china|chinese|beijing|commerce ministry", "oppose",
      "U.S. tariffs on Chinese EVs", r"tariff|move",
      "it \u201cfirmly opposes\u201d the move", "organization reported-speech topic-anaphor verb-cue"),
    T("Dana Whitfield", r"whitfield|trade representative|ustr", "support",
      "U.S. tariff increase on Chinese EVs", r"tariff|increase",
      "Whitfield defended the increase", "title-appositive verb-cue topic-anaphor"),
    T("United Auto Workers", r"auto workers|\buaw\b", "support", "U.S. tariffs on Chinese EVs",
      r"tariff|decision|increase", "Workers union welcomed the decision",
      "organization verb-cue topic-anaphor"),
    T("Alliance for Automotive Innovation", r"alliance for automotive|automotive innovation|carmaker",
      "oppose", "U.S. tariffs on Chinese EVs", r"tariff|decision|increase",
      "criticised it as \u201ca blunt instrument\u201d", "organization verb-cue topic-anaphor"),
    tags="junk place-not-actor no-stance")

doc("wire-lumber-duties", [
    "Ottawa Slams New U.S. Duties on Canadian Lumber, Weighs WTO Challenge",
    "OTTAWA, Aug. 9 (Reuters) - Canada on Friday condemned a U.S. decision to nearly double "
    "anti-dumping duties on Canadian softwood lumber to 20.56%, calling it \u201cunjustified and "
    "unfair\u201d.",
    "Trade Minister Claire Dubois said Ottawa was considering all options, including a challenge at "
    "the World Trade Organization. She also called on Washington to return to negotiations on a new "
    "softwood lumber agreement.",
    "The U.S. Lumber Coalition, which represents American producers, applauded the higher duties, "
    "saying Canadian mills had been selling wood below cost.",
    "The National Association of Home Builders, however, said it opposed the duties because they "
    "would add thousands of dollars to the cost of a new home.",
    "British Columbia Premier Ravi Sandhu urged Ottawa to provide loan guarantees to mills facing "
    "closure.",
    "The decision favours U.S. sawmills at the expense of home buyers, economists at Desjardins "
    "wrote in a note. Canadian lumber exports to the United States were worth about C$8.5 billion "
    "last year.",
    "Reporting by Chloe Bertrand in Ottawa; Editing by Ron Galvin",
],
    T("Canada", r"canad|ottawa", "oppose", "U.S. duties on Canadian lumber", r"dut|lumber",
      "Ottawa Slams New U.S. Duties", "headline capital-metonymy verb-cue"),
    T("Canada", r"canad|ottawa", "oppose", "U.S. duties on Canadian lumber", r"dut|decision|lumber",
      "Canada on Friday condemned a U.S.", "verb-cue"),
    T("Claire Dubois", r"dubois|canad|ottawa", "support",
      "negotiations on a new softwood lumber agreement", r"negotiat|lumber agreement|agreement",
      "She also called on Washington", "pronoun addressee"),
    T("U.S. Lumber Coalition", r"lumber coalition", "support", "U.S. duties on Canadian lumber",
      r"dut|lumber", "applauded the higher duties", "organization verb-cue"),
    T("National Association of Home Builders", r"home builders|nahb", "oppose",
      "U.S. duties on Canadian lumber", r"dut|lumber", "said it opposed the duties",
      "organization reported-speech verb-cue"),
    T("Ravi Sandhu", r"sandhu|british columbia", "support", "loan guarantees for lumber mills",
      r"loan", "urged Ottawa to provide loan guarantees", "title-appositive addressee"),
    tags="inanimate junk no-stance")

doc("wire-eu-mercosur", [
    "French Farmers Block Roads in Protest Against EU-Mercosur Deal",
    "PARIS, Dec. 10 (Reuters) - Hundreds of farmers drove tractors onto motorways around Paris on "
    "Tuesday, snarling traffic as they protested against a planned trade agreement between the "
    "European Union and the South American bloc Mercosur.",
    "French officials have said the government will not sign the agreement in its current form. "
    "Agriculture Minister H\u00e9l\u00e8ne Roux told RTL radio the deal was \u201cunacceptable\u201d "
    "for French farmers because it would let in beef produced under weaker environmental rules.",
    "Germany and Spain, major exporters of cars and machinery to South America, have urged the "
    "Commission to conclude the deal by the end of the year. Warsaw will also vote against the "
    "agreement, according to two Polish officials.",
    "Italy\u2019s position remains unclear. The deal would create a free trade area of some 780 "
    "million people.",
],
    T("French farmers", r"farmer", "oppose", "EU-Mercosur trade deal", r"mercosur",
      "Protest Against EU-Mercosur Deal", "headline group-role-noun noun-cue"),
    T("French farmers", r"farmer", "oppose", "EU-Mercosur trade deal", r"mercosur|trade agreement",
      "as they protested against a planned", "group-role-noun pronoun verb-cue"),
    T("France", r"france|french|paris", "oppose", "EU-Mercosur trade deal",
      r"agreement|mercosur|deal", "government will not sign the agreement",
      "demonym reported-speech negation topic-anaphor"),
    T("H\u00e9l\u00e8ne Roux", r"roux|france|french", "oppose", "EU-Mercosur trade deal",
      r"deal|mercosur|agreement", "the deal was \u201cunacceptable\u201d",
      "title-appositive adjective-cue reported-speech topic-anaphor"),
    T("Germany", r"german|berlin", "support", "concluding the EU-Mercosur deal",
      r"deal|mercosur|conclu", "have urged the Commission to conclude", "coordination addressee"),
    T("Spain", r"spain|spanish|madrid", "support", "concluding the EU-Mercosur deal",
      r"deal|mercosur|conclu", "have urged the Commission to conclude", "coordination addressee"),
    T("Poland", r"poland|polish|warsaw", "oppose", "EU-Mercosur trade deal",
      r"agreement|mercosur|deal", "Warsaw will also vote against", "capital-metonymy according-to verb-cue"),
    tags="place-not-actor no-stance")

doc("wire-wto-fisheries", [
    "India Blocks WTO Deal on Fisheries Subsidies",
    "GENEVA (Reuters) - India on Friday blocked an agreement at the World Trade Organization to curb "
    "harmful fisheries subsidies, saying it would hurt millions of poor fishermen, according to "
    "trade officials in Geneva.",
    "New Delhi wants developing countries\u2019 small-scale fishers to be exempted from the rules "
    "for 25 years.",
    "WTO Director-General Mariana Ocampo said she was \u201cdeeply disappointed\u201d and urged "
    "members to keep negotiating.",
    "The United States and the European Union backed the draft text, which had been accepted by 160 "
    "of the organisation\u2019s 166 members. Indonesia said it shared some of India\u2019s concerns "
    "but would not block consensus.",
    "Talks will resume in Geneva in September.",
],
    T("India", r"india|delhi", "oppose", "WTO fisheries subsidies deal", r"fish|subsid|deal",
      "India Blocks WTO Deal", "headline verb-cue"),
    T("India", r"india|delhi", "oppose", "WTO fisheries subsidies deal", r"fish|subsid|deal|agreement",
      "India on Friday blocked an agreement", "verb-cue according-to"),
    T("India", r"india|delhi", "support", "exemption for small-scale fishers", r"exempt|small-scale",
      "New Delhi wants developing countries", "capital-metonymy verb-cue"),
    T("Mariana Ocampo", r"ocampo|wto|world trade", "support", "continuing fisheries negotiations",
      r"negotiat|talks", "urged members to keep negotiating", "title-appositive addressee"),
    T("United States", US, "support", "WTO fisheries subsidies draft text",
      r"text|draft|fish|deal|agreement", "backed the draft text", "coordination verb-cue"),
    T("European Union", EU, "support", "WTO fisheries subsidies draft text",
      r"text|draft|fish|deal|agreement", "backed the draft text", "coordination organization verb-cue"),
    T("160 WTO members", r"member|160", "support", "WTO fisheries subsidies draft text",
      r"text|draft|fish|deal|agreement", "had been accepted by 160", "passive group-role-noun topic-anaphor"),
    T("Indonesia", r"indonesia|jakarta", "support", "consensus on the fisheries deal",
      r"consensus|deal|agreement|fish", "would not block consensus", "double-negation reported-speech"),
    tags="place-not-actor forecast")

doc("wire-opec-output", [
    "Saudi Arabia Pushes for Faster OPEC+ Output Hikes as Some Members Resist",
    "DUBAI/LONDON (Reuters) - Saudi Arabia is pushing OPEC+ to accelerate oil output increases for a "
    "third straight month, according to three sources familiar with the talks.",
    "Algeria and Oman have argued for a pause in increases, two of the sources said. Riyadh wants to "
    "regain market share and discipline members that have exceeded their quotas, the sources said.",
    "The United Arab Emirates is understood to back the Saudi push.",
    "OPEC+ will hold an online meeting on Sunday. Brent crude futures fell 1.2% to $64.10 a barrel "
    "by 1130 GMT.",
    "Analysts at Goldman Sachs expect a further increase of 411,000 barrels per day in July.",
],
    T("Saudi Arabia", r"saudi|riyadh", "support", "faster OPEC+ output increases",
      r"output|increase|hike|production", "Saudi Arabia Pushes for Faster", "headline verb-cue"),
    T("some OPEC+ members", r"member|opec", "oppose", "faster OPEC+ output increases",
      r"output|increase|hike|production", "as Some Members Resist", "headline group-role-noun verb-cue"),
    T("Saudi Arabia", r"saudi|riyadh", "support", "faster OPEC+ output increases",
      r"output|increase|hike|production", "is pushing OPEC+ to accelerate", "addressee according-to"),
    T("Algeria", r"algeria|algiers", "support", "pause in output increases", r"pause",
      "Algeria and Oman have argued for", "coordination reported-speech verb-cue"),
    T("Oman", r"oman|muscat", "support", "pause in output increases", r"pause",
      "Algeria and Oman have argued for", "coordination reported-speech verb-cue"),
    T("Saudi Arabia", r"saudi|riyadh", "support", "regaining oil market share", r"market share",
      "Riyadh wants to regain market share", "capital-metonymy reported-speech verb-cue"),
    T("Saudi Arabia", r"saudi|riyadh", "support", "disciplining members that exceeded quotas",
      r"disciplin|quota", "discipline members that have exceeded", "capital-metonymy reported-speech verb-cue"),
    T("United Arab Emirates", r"emirates|\buae\b|abu dhabi", "support", "Saudi push for faster output increases",
      r"push|output|increase", "is understood to back", "hedge-lowered topic-anaphor"),
    tags="forecast")

doc("wire-offshore-wind", [
    "Northeast Governors Press Interior Department to Lift Offshore Wind Freeze",
    "BOSTON, May 2 \u2014 The governors of six Northeastern states on Friday urged the Interior "
    "Department to lift a freeze on new offshore wind permits, warning that thousands of "
    "construction jobs were at risk. In a joint letter, the governors called the freeze "
    "\u201creckless and unlawful\u201d.",
    "Interior Secretary Gary Lund defended the pause, saying the department needed time to review "
    "the projects\u2019 impact on fisheries and electricity prices.",
    "Commercial fishing groups, which have long opposed the turbines, welcomed the decision. "
    "\u201cWe have been asking for this for ten years,\u201d said Annie Cole, director of the "
    "Responsible Offshore Fisheries Alliance.",
    "Shares in Danish developer \u00d8rsted fell 5% in Copenhagen. Massachusetts gets about 1% of "
    "its electricity from offshore wind.",
],
    T("Northeastern governors", r"governor", "support", "lifting the offshore wind permit freeze",
      r"lift|freeze|offshore wind", "Governors Press Interior Department to Lift",
      "headline group-role-noun addressee"),
    T("Northeastern governors", r"governor", "support", "lifting the offshore wind permit freeze",
      r"lift|freeze|offshore wind", "urged the Interior Department to lift", "group-role-noun addressee"),
    T("Northeastern governors", r"governor", "oppose", "offshore wind permit freeze", r"freeze|pause",
      "the governors called the freeze", "definite-anaphor group-role-noun verb-cue"),
    T("Gary Lund", r"lund|interior", "support", "offshore wind permit freeze", r"pause|freeze",
      "Lund defended the pause", "title-appositive verb-cue topic-anaphor"),
    T("commercial fishing groups", r"fish", "oppose", "offshore wind turbines", r"turbine|wind",
      "have long opposed the turbines", "group-role-noun verb-cue"),
    T("commercial fishing groups", r"fish", "support", "offshore wind permit freeze",
      r"decision|pause|freeze", "welcomed the decision", "group-role-noun verb-cue topic-anaphor"),
    T("Annie Cole", r"cole|fisheries alliance|fish", "support", "offshore wind permit freeze",
      r"pause|freeze", "We have been asking for this", "quote-speaker title-appositive topic-anaphor"),
    tags="place-not-actor no-stance")

doc("wire-battery-plant", [
    "New Battery Plant Supports 2,000 Jobs and Backs Up Regional Grid",
    "By Dana Whitford\nMarch 3, 2025",
    "LANSING, Mich. \u2014 A $2.6 billion battery factory opened on Monday outside Lansing, and its "
    "owners say it will employ 2,000 people by 2027.",
    "The plant supports hundreds more jobs at suppliers across the state, according to a study by "
    "Michigan State University. Its 400-megawatt-hour storage array also backs up the regional "
    "power grid during peak demand.",
    "The project favors local contractors over out-of-state firms under the terms of a state grant.",
    "Production of lithium iron phosphate cells is due to begin in the second half of the year. "
    "Local officials attended a ribbon-cutting ceremony on Monday.",
],
    tags="inanimate forecast place-not-actor no-stance")

doc("wire-imf-outlook", [
    "IMF Sees Global Growth Slowing to 2.8% as Tariffs Weigh on Trade",
    "WASHINGTON, April 22 (Reuters) - The International Monetary Fund cut its global growth forecast "
    "for this year to 2.8% from 3.3% on Tuesday, saying higher tariffs and policy uncertainty would "
    "weigh on investment and trade.",
    "Growth in the United States is expected to slow to 1.8%, while China\u2019s economy is forecast "
    "to expand by 4.0%.",
    "Higher tariffs favour domestic producers in the short run but raise costs for consumers, the "
    "fund\u2019s World Economic Outlook report said.",
    "Global inflation is projected to ease to 4.3% this year and 3.6% in 2026. The report does not "
    "include the effects of tariffs announced after April 4.",
    "Risks to the outlook are tilted to the downside, the IMF said.",
],
    tags="forecast inanimate place-not-actor no-stance")

# =============================================================== AI / TECH / COURTS
doc("wire-eu-ai-pause", [
    "Tech Giants Push Back Against EU Rules for General-Purpose AI",
    "By Marta Silvestri | June 3, 2025 | 6:02 pm CET",
    "BRUSSELS \u2014 More than 40 of Europe\u2019s largest companies have urged the European "
    "Commission to pause the rollout of its new rules for general-purpose artificial intelligence "
    "models, according to a letter seen by this newspaper.",
    "The letter, signed by chief executives from aviation, banking and tech, calls the rules "
    "\u201cunclear, overlapping and increasingly complex\u201d.",
    "Commission spokesperson Elena Marchetti said there would be \u201cno stop the clock\u201d and "
    "that the deadlines were written into law.",
    "Digital rights groups including EDRi said they opposed any delay, arguing it would reward years "
    "of intense lobbying.",
    "The obligations for general-purpose models take effect on Aug. 2, with fines of up to 3% of "
    "global turnover for the most serious breaches. If the Commission does not budge, some firms "
    "could hold back new models from the European market, two lobbyists said.",
    "This article is part of our AI Decoded coverage.\nRead more: What the AI Act means for your chatbot",
],
    T("tech giants", r"tech|compan|firm", "oppose", "EU rules for general-purpose AI",
      r"rule|ai act|general-purpose", "Tech Giants Push Back Against", "headline group-role-noun verb-cue"),
    T("European companies", r"compan|firm|tech|executive", "support", "pausing the EU general-purpose AI rules",
      r"paus|delay|stop the clock|postpon", "have urged the European Commission to pause",
      "group-role-noun addressee according-to"),
    T("chief executives", r"executive|ceo|compan|firm", "oppose", "EU rules for general-purpose AI",
      r"rule|ai act|general-purpose", "calls the rules \u201cunclear, overlapping",
      "group-role-noun adjective-cue topic-anaphor"),
    T("European Commission", r"marchetti|commission|" + EU, "oppose",
      "pausing the EU general-purpose AI rules", r"paus|delay|stop the clock|postpon",
      "there would be \u201cno stop the clock\u201d", "title-appositive reported-speech negation"),
    T("digital rights groups", r"digital rights|edri", "oppose", "delaying the EU AI rules",
      r"delay|paus|postpon", "said they opposed any delay", "group-role-noun reported-speech verb-cue"),
    tags="junk hypothetical place-not-actor")

doc("wire-colorado-ai-veto", [
    "Governor Vetoes AI Safety Bill, Citing Risk to Innovation",
    "By Morgan Reese | Associated Press",
    "DENVER (AP) \u2014 Colorado Gov. Ellen Pryce on Sunday vetoed a bill that would have required "
    "developers of the largest artificial intelligence models to test them for catastrophic risks, "
    "saying it could stifle innovation in the state.",
    "In her veto message, Pryce said she preferred rules targeting specific high-risk uses of AI over "
    "blanket requirements based on a model\u2019s size.",
    "State Sen. Marco Ruiz, the bill\u2019s sponsor, called the veto \u201ca missed "
    "opportunity\u201d and said he would reintroduce the measure next year.",
    "Several AI companies had lobbied against the bill, while a group of prominent researchers "
    "endorsed it.",
    "It was not clear whether lawmakers would try to override the veto, which requires a two-thirds "
    "vote in both chambers.",
    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed without permission.",
],
    T("Ellen Pryce", r"pryce|governor", "oppose", "AI safety bill", r"bill|ai safety",
      "Governor Vetoes AI Safety Bill", "headline verb-cue"),
    T("Ellen Pryce", r"pryce|governor", "oppose", "AI safety bill", r"bill|ai safety|catastrophic",
      "on Sunday vetoed a bill", "title-appositive verb-cue"),
    T("Ellen Pryce", r"pryce|governor", "support", "rules targeting specific high-risk AI uses",
      r"high-risk|targeting|specific", "Pryce said she preferred rules", "prefer-over surname reported-speech"),
    T("Ellen Pryce", r"pryce|governor", "oppose", "blanket requirements based on model size",
      r"blanket|size", "over blanket requirements based on", "prefer-over surname reported-speech"),
    T("Marco Ruiz", r"ruiz", "oppose", "veto of the AI safety bill", r"veto",
      "called the veto \u201ca missed opportunity\u201d", "title-appositive verb-cue"),
    T("Marco Ruiz", r"ruiz", "support", "AI safety bill", r"measure|bill|ai safety",
      "he would reintroduce the measure", "title-appositive reported-speech topic-anaphor"),
    T("AI companies", r"compan|ai firm|industry", "oppose", "AI safety bill", r"bill|ai safety",
      "had lobbied against the bill", "group-role-noun verb-cue"),
    T("prominent AI researchers", r"researcher", "support", "AI safety bill", r"bill|ai safety",
      "prominent researchers endorsed it", "group-role-noun verb-cue topic-anaphor"),
    tags="junk no-stance")

doc("wire-nexa-adtech", [
    "Nexa Vows Appeal After Judge Orders Sale of Ad Exchange",
    "WASHINGTON, Oct. 2 \u2014 Wednesday\u2019s ruling by a federal judge in Virginia requires Nexa "
    "Corp. to sell its advertising exchange, after the court found that the company had illegally "
    "monopolized the market for online display ads.",
    "Nexa said it \u201cstrongly disagrees\u201d with the decision and would appeal. It also asked the "
    "judge to suspend the order pending appeal.",
    "The Justice Department, which brought the case, welcomed the ruling as \u201ca landmark victory "
    "for competition\u201d. Publishers\u2019 groups, which have long complained about Nexa\u2019s "
    "fees, also praised the decision.",
    "Quill, Nexa\u2019s largest rival in online advertising, said it had no objection to the remedy.",
    "Nexa\u2019s shares fell 3.1% in after-hours trading. The sale is likely to take years to "
    "complete if it survives appeal.",
],
    T("Nexa Corp", r"nexa", "oppose", "ruling ordering sale of Nexa's ad exchange",
      r"ruling|decision|sale|order|judge", "Nexa Vows Appeal After Judge", "headline organization verb-cue"),
    T("Nexa Corp", r"nexa", "oppose", "ruling ordering sale of Nexa's ad exchange",
      r"ruling|decision|sale|order", "\u201cstrongly disagrees\u201d with the decision",
      "organization reported-speech topic-anaphor verb-cue"),
    T("Nexa Corp", r"nexa", "support", "suspending the sale order pending appeal",
      r"suspen|stay", "It also asked the judge", "pronoun addressee"),
    T("Justice Department", r"justice department|\bdoj\b|department of justice", "support",
      "ruling ordering sale of Nexa's ad exchange", r"ruling|decision|sale|order",
      "welcomed the ruling as", "organization verb-cue topic-anaphor"),
    T("publishers' groups", r"publisher", "support", "ruling ordering sale of Nexa's ad exchange",
      r"ruling|decision|sale|order", "also praised the decision", "group-role-noun verb-cue topic-anaphor"),
    T("Quill", r"quill", "support", "remedy ordering sale of Nexa's ad exchange",
      r"remedy|sale|ruling|decision|order", "had no objection to the remedy",
      "double-negation organization topic-anaphor"),
    tags="inanimate forecast place-not-actor")

doc("wire-lumen-eu-fine", [
    "Lumen Appeals EU Fine Over App Store Rules",
    "BRUSSELS/SAN FRANCISCO (Reuters) - Lumen Inc on Monday filed an appeal against a 500 million "
    "euro fine from the European Commission for preventing app developers from steering users to "
    "cheaper offers outside its App Store.",
    "The company said the decision was \u201cunfair\u201d and would undermine user privacy and "
    "security.",
    "EU competition commissioner Sofia Lindqvist said Brussels would \u201cnot hesitate\u201d to "
    "impose further penalties if Lumen failed to comply.",
    "Music streaming service Tonal, which filed the original complaint, welcomed the fine but said it "
    "had come too late. The Coalition for App Fairness urged the Commission to open a second "
    "investigation into Lumen\u2019s new fee structure.",
    "Lumen shares were little changed in premarket trading.",
],
    T("Lumen Inc", r"lumen", "oppose", "EU fine over App Store rules", r"fine",
      "Lumen Appeals EU Fine", "headline organization verb-cue"),
    T("Lumen Inc", r"lumen", "oppose", "EU fine over App Store rules", r"fine",
      "filed an appeal against a 500", "organization noun-cue"),
    T("Lumen Inc", r"lumen|company", "oppose", "EU fine over App Store rules", r"fine|decision",
      "the decision was \u201cunfair\u201d", "definite-anaphor adjective-cue topic-anaphor reported-speech"),
    T("Tonal", r"tonal", "support", "EU fine over App Store rules", r"fine",
      "welcomed the fine", "organization verb-cue"),
    T("Coalition for App Fairness", r"app fairness", "support", "second investigation into Lumen's fees",
      r"investigation", "urged the Commission to open", "organization addressee"),
    tags="hypothetical place-not-actor")

doc("wire-australia-social-media", [
    "Tech Firms Criticise Australia\u2019s Under-16 Social Media Ban",
    "SYDNEY (Reuters) - A law banning children under 16 from social media cleared Australia\u2019s "
    "Senate on Thursday, making the country the first to impose such a sweeping age limit.",
    "Communications Minister Anika Rowe, who championed the law, said platforms had \u201ca social "
    "responsibility\u201d to comply. Meta said it would work with the government on implementation.",
    "Digital Industry Group Inc, which represents Google, Meta and TikTok, said the ban was "
    "\u201cunworkable\u201d and should be delayed until age-verification trials were complete.",
    "Mental health experts were split: some backed the ban, while others warned it could push "
    "teenagers towards less regulated corners of the internet.",
    "The ban takes effect in 12 months, and platforms that fail to comply face fines of up to "
    "A$49.5 million.",
],
    T("tech firms", r"tech|firm|compan|platform", "oppose", "under-16 social media ban",
      r"social media|ban|under-16", "Tech Firms Criticise Australia", "headline group-role-noun verb-cue"),
    T("Anika Rowe", r"rowe|communications minister", "support", "under-16 social media ban",
      r"law|ban|social media", "who championed the law", "title-appositive verb-cue"),
    T("Digital Industry Group", r"digital industry|\bdigi\b", "oppose", "under-16 social media ban",
      r"ban|social media", "the ban was \u201cunworkable\u201d", "organization adjective-cue reported-speech"),
    T("Digital Industry Group", r"digital industry|\bdigi\b", "support", "delaying the social media ban",
      r"delay", "should be delayed until age-verification", "organization reported-speech"),
    T("mental health experts", r"expert|mental health", "support", "under-16 social media ban",
      r"ban|social media", "some backed the ban", "group-role-noun verb-cue"),
    tags="inanimate no-stance")

doc("wire-aster-ai-blog", [
    "Our Response to the Senate\u2019s Frontier AI Licensing Bill",
    "Posted by Priya Natarajan, Chief Legal Officer | June 12, 2025 | 6 min read",
    "Last week, the Frontier AI Accountability Act cleared the Senate Commerce Committee. It would "
    "require developers of the most capable models to obtain a federal license before release.",
    "We share the goal of making frontier systems safer. But we cannot support the bill in its "
    "current form.",
    "We prefer a risk-based framework, enforced by existing regulators, over a new federal licensing "
    "agency. Licensing regimes tend to entrench incumbents and slow down safety research.",
    "We do welcome the bill\u2019s whistleblower protections, which we have long advocated.",
    "Several civil society groups have criticised our position, and we respect their views. We look "
    "forward to working with Congress on amendments.",
    "Tags: Policy, Safety | Share on LinkedIn",
],
    T("Aster AI", r"aster|natarajan", "support", "making frontier AI systems safer", r"safe",
      "We share the goal of", "speaker-document verb-cue"),
    T("Aster AI", r"aster|natarajan", "oppose", "Frontier AI Accountability Act",
      r"bill|accountability act|licens", "we cannot support the bill", "speaker-document negation"),
    T("Aster AI", r"aster|natarajan", "support", "risk-based framework enforced by existing regulators",
      r"risk-based|framework", "We prefer a risk-based framework", "speaker-document prefer-over"),
    T("Aster AI", r"aster|natarajan", "oppose", "new federal AI licensing agency", r"licens",
      "over a new federal licensing agency", "speaker-document prefer-over"),
    T("Aster AI", r"aster|natarajan", "support", "whistleblower protections", r"whistleblower",
      "We do welcome the bill", "speaker-document verb-cue"),
    T("civil society groups", r"civil society", "oppose", "Aster AI's position on the licensing bill",
      r"position|aster", "have criticised our position", "group-role-noun verb-cue topic-anaphor"),
    speaker="Aster AI",
    tags="junk inanimate")

# =============================================================== HEALTH
doc("wire-kenya-wha", [
    "Statement by the Republic of Kenya at the Seventy-Eighth World Health Assembly",
    "Agenda item 13.1 | Geneva, 20 May 2025\nCheck against delivery",
    "Madam President, Excellencies, distinguished delegates,",
    "Kenya aligns itself with the statement delivered by Namibia on behalf of the African Group. We "
    "welcome the adoption of the Pandemic Agreement, which was concluded after more than three years "
    "of negotiations. We strongly support the Pathogen Access and Benefit-Sharing system, and we "
    "call on all Member States to finalise its annex before the next Assembly.",
    "At the same time, we cannot accept proposals that would make access to vaccines conditional on "
    "intellectual property arrangements that go beyond the TRIPS flexibilities. Kenya is not opposed "
    "to voluntary technology transfer, but voluntary measures alone have not delivered equity for "
    "Africa.",
    "Madam President, the lessons of COVID-19 must not be forgotten. I thank you.",
],
    T("Kenya", r"kenya|nairobi", "support", "African Group statement", r"african group|statement",
      "aligns itself with the statement", "speaker-document verb-cue"),
    T("Kenya", r"kenya|nairobi", "support", "Pandemic Agreement", r"pandemic agreement|adoption",
      "We welcome the adoption", "speaker-document verb-cue"),
    T("Kenya", r"kenya|nairobi", "support", "Pathogen Access and Benefit-Sharing system",
      r"pathogen|benefit-sharing|pabs", "We strongly support the Pathogen", "speaker-document verb-cue"),
    T("Kenya", r"kenya|nairobi", "support", "finalising the PABS annex", r"annex|pathogen|benefit-sharing|pabs",
      "we call on all Member States", "speaker-document addressee topic-anaphor"),
    T("Kenya", r"kenya|nairobi", "oppose", "making vaccine access conditional on IP arrangements",
      r"vaccine|intellectual property|condition", "we cannot accept proposals", "speaker-document negation"),
    T("Kenya", r"kenya|nairobi", "support", "voluntary technology transfer", r"technology transfer",
      "is not opposed to voluntary technology", "speaker-document double-negation"),
    speaker="Kenya",
    tags="junk place-not-actor")

doc("wire-uk-doctors-strike", [
    "Resident Doctors in England to Strike for Five Days After Pay Talks Collapse",
    "By Sarah Okafor, Health Correspondent\nTuesday 8 July 2025 13:05 BST",
    "LONDON (Reuters) - Resident doctors in England will walk out for five days from July 25 after "
    "talks with the government over pay broke down, the British Medical Association said on Tuesday.",
    "The union rejected a 5.4% pay award last month as \u201canother real-terms cut\u201d and is "
    "demanding a 29% rise to restore pay to 2008 levels.",
    "Health Secretary Marcus Hale said the strike was \u201cunjustified\u201d and urged the doctors "
    "to return to the negotiating table. He has ruled out reopening this year\u2019s award, which "
    "was set by an independent pay review body.",
    "NHS England estimates that previous rounds of strikes cost the health service about 1.7 billion "
    "pounds. Patients\u2019 groups said they were worried about the impact on waiting lists, which "
    "stand at 7.4 million.",
    "Consultants are expected to vote on a strike mandate of their own next month.",
    "Photo: Doctors on a picket line outside St Thomas\u2019 Hospital in London in 2024. PA Images",
],
    T("British Medical Association", r"\bbma\b|british medical|union|doctor", "oppose", "5.4% pay award",
      r"pay award|award|5\.4", "The union rejected a 5.4%", "definite-anaphor organization verb-cue"),
    T("British Medical Association", r"\bbma\b|british medical|union|doctor", "support",
      "29% pay rise for resident doctors", r"29|pay rise|rise|restore pay",
      "is demanding a 29% rise", "definite-anaphor organization verb-cue"),
    T("Marcus Hale", r"hale|health secretary", "oppose", "resident doctors' strike", r"strike|walk",
      "the strike was \u201cunjustified\u201d", "title-appositive adjective-cue reported-speech"),
    T("Marcus Hale", r"hale|health secretary", "support", "returning to pay negotiations",
      r"negotiat|talks|table", "urged the doctors to return", "title-appositive addressee"),
    T("Marcus Hale", r"hale|health secretary", "oppose", "reopening this year's pay award",
      r"award|reopen", "He has ruled out reopening", "pronoun verb-cue"),
    tags="junk forecast no-stance")

doc("wire-vape-ban", [
    "Doctors Back Disposable Vape Ban, Retailers Oppose It",
    "By Tom Whitley\n29 January 2024, 07:12 GMT",
    "We use cookies to improve your experience on our site. Accept all | Manage preferences",
    "LONDON \u2014 The Royal College of Paediatrics and Child Health on Monday backed the "
    "government\u2019s plan to ban disposable vapes from June 2025, saying they had fuelled a sharp "
    "rise in vaping among children.",
    "The ban, which is supported by all the main parties in parliament, will be introduced through "
    "secondary legislation. Health minister Andrea Walsh said the ban was \u201ca vital step\u201d "
    "to protect children\u2019s health.",
    "The UK Vaping Industry Association said it was opposed to an outright ban and favoured stricter "
    "enforcement of age checks instead. Convenience store owners said they opposed the measure, "
    "warning that it would push sales onto the black market.",
    "Around 7.6% of 11- to 17-year-olds vaped regularly in 2023, according to Action on Smoking and "
    "Health.",
],
    T("doctors", r"doctor|paediatric|pediatric", "support", "ban on disposable vapes", r"vape|ban",
      "Doctors Back Disposable Vape Ban", "headline group-role-noun verb-cue"),
    T("retailers", r"retailer|store|shop", "oppose", "ban on disposable vapes", r"vape|ban",
      "Retailers Oppose It", "headline group-role-noun verb-cue topic-anaphor"),
    T("Royal College of Paediatrics and Child Health", r"royal college|paediatric|rcpch", "support",
      "ban on disposable vapes", r"vape|ban", "on Monday backed the government", "organization verb-cue"),
    T("UK government", r"government|brit|\buk\b|united kingdom|walsh", "support", "ban on disposable vapes",
      r"vape|ban", "the government\u2019s plan to ban", "noun-cue organization"),
    T("main parliamentary parties", r"part(y|ies)", "support", "ban on disposable vapes", r"ban|vape",
      "supported by all the main parties", "passive group-role-noun topic-anaphor"),
    T("Andrea Walsh", r"walsh|health minister", "support", "ban on disposable vapes", r"ban|vape",
      "the ban was \u201ca vital step\u201d", "title-appositive reported-speech"),
    T("UK Vaping Industry Association", r"vaping industry|ukvia", "oppose", "ban on disposable vapes",
      r"ban|vape", "it was opposed to an outright", "organization adjective-cue reported-speech"),
    T("UK Vaping Industry Association", r"vaping industry|ukvia", "support",
      "stricter enforcement of age checks", r"age check|enforcement",
      "favoured stricter enforcement of age checks", "organization verb-cue reported-speech"),
    T("convenience store owners", r"store|retailer|shop", "oppose", "ban on disposable vapes",
      r"measure|ban|vape", "said they opposed the measure", "group-role-noun reported-speech topic-anaphor"),
    tags="junk")

doc("wire-medicare-lawsuit", [
    "Drugmakers Sue to Block Medicare Price Negotiations",
    "WASHINGTON, Aug. 15 \u2014 Three pharmaceutical companies and the industry\u2019s main lobby "
    "group filed lawsuits on Thursday seeking to block Medicare from negotiating the prices of some "
    "of its most expensive drugs, arguing that the program violates the Constitution.",
    "Health Secretary Renee Coleman said the administration would \u201cvigorously defend\u201d the "
    "program, which she said would save taxpayers about $100 billion over a decade.",
    "AARP, the seniors\u2019 advocacy group, called the lawsuits \u201ca cynical attempt to protect "
    "profits\u201d. The secretary also urged Congress to expand negotiation to 50 drugs a year.",
    "Legal experts said the companies faced an uphill battle in court. The first negotiated prices "
    "take effect in January 2026.",
],
    T("drugmakers", r"drugmaker|pharma|drug compan", "oppose", "Medicare drug price negotiation",
      r"negotiat|medicare", "Drugmakers Sue to Block Medicare", "headline group-role-noun verb-cue"),
    T("pharmaceutical companies", r"pharma|drug|compan", "oppose", "Medicare drug price negotiation",
      r"negotiat|medicare", "filed lawsuits on Thursday seeking to block", "coordination group-role-noun verb-cue"),
    T("pharmaceutical industry lobby group", r"lobby|phrma|pharmaceutical research|industry", "oppose",
      "Medicare drug price negotiation", r"negotiat|medicare",
      "filed lawsuits on Thursday seeking to block", "coordination organization verb-cue"),
    T("Renee Coleman", r"coleman|administration|health secretary|\bhhs\b", "support",
      "Medicare drug price negotiation", r"program|negotiat|medicare",
      "would \u201cvigorously defend\u201d the program", "title-appositive reported-speech topic-anaphor"),
    T("AARP", r"aarp", "oppose", "drugmakers' lawsuits against price negotiation", r"lawsuit",
      "called the lawsuits \u201ca cynical attempt", "organization title-appositive verb-cue"),
    T("Renee Coleman", r"coleman|administration|health secretary|\bhhs\b", "support",
      "expanding Medicare price negotiation to 50 drugs", r"negotiat|expan|50 drug",
      "The secretary also urged Congress", "definite-anaphor addressee"),
    tags="forecast")

doc("wire-wichita-fluoride", [
    "Dentists Oppose Proposal to End Water Fluoridation in Wichita",
    "WICHITA, Kan. \u2014 The Wichita City Council will vote next month on a proposal to stop adding "
    "fluoride to the city\u2019s drinking water, ending a practice that dates back to 1978.",
    "The Kansas Dental Association said it was \u201cstrongly opposed\u201d to the proposal, citing "
    "decades of evidence that fluoride reduces tooth decay.",
    "Council member Ray Dunn, who introduced the measure, said residents should be able to choose "
    "what goes into their bodies. Dunn pointed to a federal review linking high fluoride levels to "
    "lower IQ scores in children, although the levels studied were about twice those used in U.S. "
    "water systems.",
    "Health Director Leah Monroe urged the council to keep fluoridation in place.",
    "Would the city save money? Ending fluoridation would save about $150,000 a year, according to "
    "a staff report.",
],
    T("dentists", r"dentist|dental", "oppose", "ending water fluoridation", r"fluorid",
      "Dentists Oppose Proposal to End", "headline group-role-noun verb-cue"),
    T("Kansas Dental Association", r"dental association|dentist|dental", "oppose",
      "ending water fluoridation", r"proposal|fluorid",
      "it was \u201cstrongly opposed\u201d to the proposal", "organization adjective-cue reported-speech topic-anaphor"),
    T("Ray Dunn", r"dunn", "support", "ending water fluoridation", r"measure|proposal|fluorid",
      "who introduced the measure", "title-appositive topic-anaphor"),
    T("Leah Monroe", r"monroe|health director", "support", "keeping water fluoridation", r"fluorid",
      "urged the council to keep fluoridation", "title-appositive addressee"),
    tags="question hypothetical forecast place-not-actor")

# =============================================================== STRIKES / LABOUR
doc("wire-nurw-press-release", [
    "Rail Workers to Ballot for Strike Action Over Ticket Office Closures",
    "Press release | 14 March 2025",
    "The National Union of Rail Workers (NURW) will ballot 12,000 members for strike action after "
    "train operators confirmed plans to close 400 station ticket offices across England.",
    "We oppose these closures in the strongest possible terms. They will leave disabled and elderly "
    "passengers without help and put safety at risk.",
    "NURW General Secretary Dave Rowe said: \u201cThe operators have refused to discuss any "
    "alternatives. Our members have been left with no choice.\u201d",
    "Passenger watchdogs Transport Focus and London TravelWatch have both objected to the plans. We "
    "call on the Secretary of State to block the closures.",
    "Notes to editors: The ballot opens on 21 March and closes on 11 April. For media enquiries, "
    "call the NURW press office on 020 7946 0321.",
],
    T("rail workers", r"rail workers|nurw|union", "oppose", "ticket office closures", r"clos|ticket office",
      "Strike Action Over Ticket Office Closures", "headline group-role-noun"),
    T("train operators", r"operator", "support", "ticket office closures", r"clos|ticket office",
      "confirmed plans to close 400", "group-role-noun noun-cue"),
    T("National Union of Rail Workers", r"nurw|rail workers|union|rowe", "oppose", "ticket office closures",
      r"clos|ticket office", "We oppose these closures", "speaker-document verb-cue"),
    T("train operators", r"operator", "oppose", "discussing alternatives to the closures", r"alternative",
      "have refused to discuss any alternatives", "group-role-noun verb-cue reported-speech"),
    T("Transport Focus", r"transport focus|watchdog", "oppose", "ticket office closures",
      r"plan|clos|ticket office", "have both objected to the plans", "coordination organization topic-anaphor"),
    T("London TravelWatch", r"travelwatch|watchdog", "oppose", "ticket office closures",
      r"plan|clos|ticket office", "have both objected to the plans", "coordination organization topic-anaphor"),
    T("National Union of Rail Workers", r"nurw|rail workers|union|rowe", "support",
      "government blocking the ticket office closures", r"block|clos",
      "call on the Secretary of State", "speaker-document addressee"),
    speaker="National Union of Rail Workers",
    tags="junk")

doc("wire-port-strike", [
    "Dockworkers Reject Automation Deal, Extending East Coast Port Strike",
    "NEW YORK, Oct. 3 \u2014 Members of the International Longshore Federation voted overwhelmingly "
    "on Wednesday to reject a contract offer that would have allowed semi-automated cranes at 14 "
    "ports from Maine to Texas.",
    "Union president Harold Dwyer said his members \u201cwill never accept machines that take our "
    "jobs\u201d.",
    "The United States Maritime Alliance, which represents port employers, said it was disappointed "
    "and called for federal mediation. The National Retail Federation urged the White House to "
    "intervene to reopen the ports.",
    "The White House said it would not invoke the Taft-Hartley Act to force the workers back to "
    "their jobs.",
    "Each week of disruption costs the economy an estimated $4.5 billion, according to J.P. Morgan.",
],
    T("dockworkers", r"dockworker|longshore|union", "oppose", "automation contract deal",
      r"deal|contract|offer|automat", "Dockworkers Reject Automation Deal", "headline group-role-noun verb-cue"),
    T("International Longshore Federation members", r"longshore|union|member|dockworker", "oppose",
      "contract offer allowing semi-automated cranes", r"contract|offer|automat|crane",
      "voted overwhelmingly on Wednesday to reject", "group-role-noun verb-cue"),
    T("Harold Dwyer", r"dwyer|longshore|union", "oppose", "automated machines replacing dock jobs",
      r"machine|automat|crane", "will never accept machines", "quote-speaker title-appositive negation"),
    T("United States Maritime Alliance", r"maritime alliance|usmx|employer", "support", "federal mediation",
      r"mediation", "called for federal mediation", "organization verb-cue"),
    T("National Retail Federation", r"retail federation|\bnrf\b", "support",
      "White House intervention to reopen the ports", r"interven|reopen",
      "urged the White House to intervene", "organization addressee"),
    T("White House", r"white house|administration|" + US, "oppose", "invoking the Taft-Hartley Act",
      r"taft|hartley", "it would not invoke the Taft-Hartley", "organization negation reported-speech"),
    tags="place-not-actor no-stance")

doc("wire-ontario-teachers", [
    "Ontario Teachers\u2019 Union Backs Strike Over Class Sizes",
    "TORONTO, Feb. 3 \u2014 Members of the Ontario Teachers\u2019 Alliance have voted 94% in favour "
    "of a strike, the union said on Monday, raising the prospect of school closures across the "
    "province later this month.",
    "Union president Marie Tremblay said teachers were demanding a cap of 24 students per class and "
    "would walk out on Feb. 24 without a deal.",
    "Education Minister Daniel H\u00e9bert said a cap was \u201coff the table\u201d because it would "
    "cost about C$1.3 billion a year. The minister urged the union to return to the bargaining table.",
    "\u201cWe are not against negotiating, but we will not accept a contract without a cap,\u201d "
    "Tremblay said.",
    "Parents\u2019 groups are divided over the dispute.",
],
    T("Ontario Teachers' Alliance", r"teacher|union|alliance", "support", "teachers' strike", r"strike|walk",
      "Teachers\u2019 Union Backs Strike", "headline organization verb-cue"),
    T("Ontario Teachers' Alliance members", r"teacher|union|alliance|member", "support", "teachers' strike",
      r"strike|walk", "voted 94% in favour of", "group-role-noun adjective-cue"),
    T("Marie Tremblay", r"tremblay|teacher|union|alliance", "support", "cap of 24 students per class",
      r"cap|class size", "teachers were demanding a cap", "title-appositive reported-speech verb-cue"),
    T("Daniel H\u00e9bert", r"h[e\u00e9]bert|minister|ontario|province|government", "oppose",
      "class size cap", r"cap|class size", "a cap was \u201coff the table\u201d",
      "title-appositive reported-speech"),
    T("Daniel H\u00e9bert", r"h[e\u00e9]bert|minister|ontario|province|government", "support",
      "returning to bargaining", r"bargain|negotiat|talks|table",
      "The minister urged the union", "definite-anaphor addressee"),
    T("Marie Tremblay", r"tremblay|teacher|union|alliance", "support", "negotiating with the province",
      r"negotiat|talks|bargain", "We are not against negotiating", "quote-speaker surname double-negation"),
    T("Marie Tremblay", r"tremblay|teacher|union|alliance", "oppose", "contract without a class size cap",
      r"contract", "we will not accept a contract", "quote-speaker surname negation"),
    tags="forecast no-stance")

# =============================================================== HOUSING
doc("wire-minneapolis-rent", [
    "Minneapolis Council Votes to Cap Rent Increases; Landlords Vow Court Fight",
    "By Kelsey Marr\nSept. 12, 2025",
    "MINNEAPOLIS \u2014 The Minneapolis City Council voted 9-4 on Thursday to cap annual rent "
    "increases at 3%, making it the largest Midwestern city with rent stabilization.",
    "Mayor Jacob Lind, who had pushed for a 5% ceiling, said he would sign the ordinance despite "
    "reservations.",
    "The Minnesota Multi Housing Association, which represents landlords, said it would challenge "
    "the measure in court, arguing that it would choke off new construction.",
    "Tenant organizers, who gathered 20,000 signatures for the cap, cheered from the gallery as the "
    "vote was read. Council member Aisha Warsame, who voted against, called the cap \u201ca blunt "
    "tool\u201d that would hurt small landlords.",
    "The ordinance favors long-term tenants over new arrivals, because landlords can reset rents "
    "between leases. Whether it survives a legal challenge is far from certain.",
    "Read more: How rent stabilization has worked in St. Paul",
    "Kelsey Marr covers housing and City Hall. Follow her on X at @kmarr.",
],
    T("Minneapolis City Council", r"council|minneapolis", "support", "cap on annual rent increases",
      r"cap|rent", "Council Votes to Cap Rent Increases", "headline organization verb-cue"),
    T("landlords", r"landlord", "oppose", "cap on annual rent increases", r"cap|rent",
      "Landlords Vow Court Fight", "headline group-role-noun"),
    T("Minneapolis City Council", r"council|minneapolis", "support", "cap on annual rent increases",
      r"cap|rent", "voted 9-4 on Thursday to cap", "organization verb-cue"),
    T("Jacob Lind", r"lind|mayor", "support", "5% rent ceiling", r"5 ?%|ceiling|cap",
      "had pushed for a 5% ceiling", "title-appositive verb-cue"),
    T("Jacob Lind", r"lind|mayor", "support", "rent stabilization ordinance", r"ordinance|cap|rent",
      "he would sign the ordinance", "title-appositive reported-speech hedge-lowered"),
    T("Minnesota Multi Housing Association", r"multi housing|landlord", "oppose", "cap on annual rent increases",
      r"measure|ordinance|cap|rent", "would challenge the measure in court", "organization topic-anaphor reported-speech"),
    T("tenant organizers", r"tenant", "support", "cap on annual rent increases", r"cap|rent",
      "gathered 20,000 signatures for the cap", "group-role-noun"),
    T("Aisha Warsame", r"warsame", "oppose", "cap on annual rent increases", r"cap|rent",
      "called the cap \u201ca blunt tool\u201d", "title-appositive verb-cue"),
    tags="junk inanimate no-stance")

doc("wire-ireland-vacant-homes", [
    "Irish Government Backs Tripling of Vacant Homes Tax as Builders Call for Planning Overhaul",
    "By Aoife Brennan\nTue 8 Oct 2024 18.42 BST",
    "DUBLIN \u2014 Finance Minister Niamh Keane announced a tripling of the tax on vacant homes in her "
    "budget speech on Tuesday, calling it \u201ca necessary jolt\u201d to bring empty properties back "
    "into use.",
    "The Construction Industry Federation welcomed the measure but said planning delays remained the "
    "main obstacle, and called for a new agency to fast-track large housing projects.",
    "Sinn F\u00e9in, the main opposition party, repeated its call for a three-year rent freeze. The "
    "minister rejected the idea, saying a freeze would drive small landlords out of the market.",
    "The measure supports first-time buyers by freeing up existing stock, the Department of Finance "
    "said in its budget documents. House prices rose 9.8% in the year to July, according to the "
    "Central Statistics Office.",
    "Sign up to Business Today, our free morning newsletter",
    "Photograph: Sean Moran/PA",
],
    T("Irish government", r"ireland|irish|dublin|keane|government", "support", "tripling the vacant homes tax",
      r"vacant|tax", "Irish Government Backs Tripling", "headline demonym verb-cue"),
    T("builders", r"builder|construction", "support", "planning overhaul", r"planning",
      "Builders Call for Planning Overhaul", "headline group-role-noun noun-cue"),
    T("Niamh Keane", r"keane|government|ireland|irish", "support", "tripling the vacant homes tax",
      r"vacant|tax|tripl", "calling it \u201ca necessary jolt\u201d", "title-appositive adjective-cue topic-anaphor"),
    T("Construction Industry Federation", r"construction industry|\bcif\b", "support",
      "tripling the vacant homes tax", r"measure|vacant|tax",
      "Federation welcomed the measure", "organization verb-cue topic-anaphor"),
    T("Construction Industry Federation", r"construction industry|\bcif\b", "support",
      "agency to fast-track large housing projects", r"agency|fast-track",
      "called for a new agency", "organization verb-cue"),
    T("Sinn F\u00e9in", r"sinn f", "support", "three-year rent freeze", r"rent freeze|freeze",
      "repeated its call for a three-year", "organization noun-cue title-appositive"),
    T("Niamh Keane", r"keane|government|ireland|irish|minister", "oppose", "three-year rent freeze",
      r"idea|freeze", "The minister rejected the idea", "definite-anaphor verb-cue topic-anaphor"),
    tags="junk inanimate")

doc("wire-delgado-release", [
    "Mayor Delgado Backs Faster Permits for Affordable Housing With New Executive Order",
    "FOR IMMEDIATE RELEASE\nOffice of the Mayor | August 5, 2025",
    "I am proud to have signed an executive order that cuts permit review times for affordable "
    "housing projects from 180 days to 60.",
    "\u201cFamilies cannot wait two years for a building permit while rents keep climbing,\u201d "
    "Mayor Rosa Delgado said. \u201cI urge the City Council to pass the companion zoning reform "
    "without delay.\u201d",
    "I will not support any amendment that exempts wealthy neighborhoods from building their fair "
    "share of new homes.",
    "\u201cThis order is a game-changer for families who have waited years for housing,\u201d said "
    "Luis Ortega, director of the Eastside Tenants Union. The Building Owners and Managers "
    "Association said it was reviewing the order.",
    "###\nMedia contact: Office of Communications, (555) 010-4471",
],
    T("Rosa Delgado", r"delgado|mayor", "support", "faster permits for affordable housing",
      r"permit|affordable housing", "Mayor Delgado Backs Faster Permits", "headline title-appositive surname verb-cue"),
    T("Rosa Delgado", r"delgado|mayor", "support", "faster permits for affordable housing",
      r"permit|order|affordable housing", "I am proud to have signed", "speaker-document adjective-cue"),
    T("Rosa Delgado", r"delgado|mayor", "support", "companion zoning reform", r"zoning",
      "I urge the City Council", "quote-speaker addressee"),
    T("Rosa Delgado", r"delgado|mayor", "oppose", "amendment exempting wealthy neighborhoods",
      r"amendment|exempt", "I will not support any amendment", "speaker-document negation"),
    T("Luis Ortega", r"ortega|eastside|tenants union", "support", "executive order speeding housing permits",
      r"order|permit", "This order is a game-changer", "quote-speaker title-appositive topic-anaphor"),
    speaker="Rosa Delgado",
    tags="junk no-stance")

# =============================================================== ELECTIONS / PARTIES
doc("wire-chile-runoff", [
    "Centrist Ramos Throws Support Behind Vidal Ahead of Chile Runoff",
    "By Natalia Ram\u00edrez | Associated Press\nNovember 28, 2025",
    "SANTIAGO, Chile (AP) \u2014 Centrist candidate Ana Ramos, who finished third in the first round "
    "of Chile\u2019s presidential election, on Thursday endorsed conservative Tom\u00e1s Vidal ahead "
    "of the Dec. 14 runoff.",
    "\u201cI will vote for Tom\u00e1s Vidal on Dec. 14, and I ask those who voted for me to do the "
    "same,\u201d Ramos told supporters in Santiago.",
    "Her party is split over the decision. Its parliamentary leader, Jorge Pe\u00f1a, said he could "
    "not back Vidal in the runoff.",
    "Left-wing candidate Camila Soto, who leads most polls by four to six points, called the "
    "endorsement \u201ca pact of the elites\u201d.",
    "Polls suggest Ramos\u2019 voters are divided, and analysts expect a close race. Will the "
    "endorsement tip the balance? Pollster Cadem will publish its next survey on Sunday.",
    "Share this article: Facebook | X | WhatsApp",
],
    T("Ana Ramos", r"ramos", "support", "Tom\u00e1s Vidal's presidential bid", r"vidal",
      "Ramos Throws Support Behind Vidal", "headline surname noun-cue"),
    T("Ana Ramos", r"ramos", "support", "Tom\u00e1s Vidal's presidential bid", r"vidal",
      "on Thursday endorsed conservative Tom\u00e1s Vidal", "title-appositive verb-cue"),
    T("Ana Ramos", r"ramos", "support", "Tom\u00e1s Vidal's presidential bid", r"vidal",
      "I will vote for Tom\u00e1s Vidal", "quote-speaker surname verb-cue"),
    T("Jorge Pe\u00f1a", r"pe[n\u00f1]a", "oppose", "Tom\u00e1s Vidal's presidential bid", r"vidal",
      "he could not back Vidal", "title-appositive negation reported-speech"),
    T("Camila Soto", r"soto", "oppose", "Ramos's endorsement of Vidal", r"endorse|vidal|ramos",
      "called the endorsement \u201ca pact", "title-appositive verb-cue topic-anaphor"),
    tags="junk question forecast place-not-actor")

doc("wire-germany-debt-brake", [
    "Greens Say They Will Not Block Debt Brake Reform",
    "BERLIN, March 10 \u2014 Germany\u2019s Greens will not stand in the way of a plan to loosen the "
    "constitutional debt brake for defence spending, party co-leader Jana Holm said on Monday, "
    "removing a key obstacle for the incoming government.",
    "She said the party still opposed an exemption for defence alone and wanted climate investment "
    "to be included as well.",
    "Conservative leader Markus Weber welcomed the Greens\u2019 decision, saying it showed "
    "\u201cresponsibility for the country\u201d.",
    "The far-right AfD and the Left party both rejected the plan, and the Left vowed to challenge it "
    "at the Constitutional Court.",
    "A two-thirds majority in the Bundestag is needed to amend the constitution. Economists at the "
    "Ifo institute estimate the reform could add 0.5 percentage points to growth in 2026.",
],
    T("German Greens", r"green|holm", "support", "debt brake reform", r"debt brake",
      "They Will Not Block Debt Brake", "headline double-negation organization"),
    T("German Greens", r"green|holm", "support", "loosening the debt brake for defence spending",
      r"debt brake|plan", "will not stand in the way", "double-negation organization reported-speech"),
    T("German Greens", r"green|holm", "oppose", "debt brake exemption for defence alone",
      r"exemption|defen[cs]e", "the party still opposed an exemption", "definite-anaphor reported-speech verb-cue"),
    T("German Greens", r"green|holm", "support", "including climate investment in the exemption",
      r"climate", "wanted climate investment to be included", "definite-anaphor reported-speech verb-cue"),
    T("Markus Weber", r"weber|conservative", "support", "Greens' decision not to block debt brake reform",
      r"decision|debt brake", "welcomed the Greens\u2019 decision", "title-appositive verb-cue topic-anaphor"),
    T("AfD", r"\bafd\b|alternative f", "oppose", "debt brake reform", r"plan|debt brake",
      "both rejected the plan", "coordination organization topic-anaphor verb-cue"),
    T("Left party", r"\bleft\b|linke", "oppose", "debt brake reform", r"plan|debt brake",
      "both rejected the plan", "coordination organization topic-anaphor verb-cue"),
    tags="forecast place-not-actor")

doc("wire-swiss-eu-treaties", [
    "Swiss Parties Split Over New Treaties With the European Union",
    "ZURICH, Oct. 5 \u2014 The Swiss People\u2019s Party, the largest in parliament, on Saturday "
    "launched its campaign against a new package of treaties with the European Union, saying the "
    "deal would make Switzerland \u201ca satellite of Brussels\u201d.",
    "The Social Democrats and the Greens back the treaties, while the centre-right FDP has yet to "
    "take a position. The Centre party is leaning towards backing the package, according to party "
    "leader Martin Egli.",
    "The government in Bern argues that the treaties are needed to secure access to the EU\u2019s "
    "single market, which takes more than half of Swiss exports.",
    "What is in the package? It updates existing agreements on trade, migration and transport, and "
    "adds new ones on electricity and health.",
    "A nationwide vote is not expected before 2027.",
],
    T("Swiss People's Party", r"swiss people|\bsvp\b|\budc\b", "oppose", "new EU treaty package",
      r"treat|package|deal", "launched its campaign against a new", "organization noun-cue title-appositive"),
    T("Social Democrats", r"social democrat|\bsp\b", "support", "new EU treaty package", r"treat|package|deal",
      "the Greens back the treaties", "coordination organization verb-cue"),
    T("Swiss Greens", r"green", "support", "new EU treaty package", r"treat|package|deal",
      "the Greens back the treaties", "coordination organization verb-cue"),
    T("Centre party", r"centre|center|egli|mitte", "support", "new EU treaty package", r"treat|package|deal",
      "is leaning towards backing the package", "hedge-lowered according-to verb-cue"),
    T("Swiss government", r"switzerland|swiss|bern|government|federal council", "support",
      "new EU treaty package", r"treat|package|deal", "argues that the treaties are needed",
      "reported-speech"),
    tags="question forecast place-not-actor")

doc("wire-dutch-nitrogen", [
    "Dutch Coalition Collapses as Farmers\u2019 Party Quits Over Nitrogen Rules",
    "AMSTERDAM (Reuters) - The Dutch government collapsed on Friday after the Farmer-Citizen "
    "Movement (BBB) pulled out of the coalition, saying it could not accept new limits on nitrogen "
    "emissions proposed by the environment ministry.",
    "Prime Minister Ruud van Dalen defended the nitrogen plan in a televised address, calling it "
    "necessary to comply with European law and protect nature reserves.",
    "Environmental groups welcomed the plan but said it did not go far enough. The Christian "
    "Democrats said they would not oppose the plan in parliament.",
    "Elections are expected to be held in March. Would a new government keep the plan? Polls suggest "
    "the BBB could double its seats.",
],
    T("Farmer-Citizen Movement", r"farmer|\bbbb\b", "oppose", "nitrogen emission rules", r"nitrogen",
      "Party Quits Over Nitrogen Rules", "headline organization"),
    T("Farmer-Citizen Movement", r"farmer|\bbbb\b", "oppose", "limits on nitrogen emissions",
      r"nitrogen|limit", "it could not accept new limits", "organization negation reported-speech"),
    T("Dutch environment ministry", r"environment ministry|ministry|netherlands|dutch", "support",
      "limits on nitrogen emissions", r"nitrogen|limit", "proposed by the environment ministry",
      "passive organization"),
    T("Ruud van Dalen", r"van dalen|dalen|prime minister", "support", "nitrogen plan", r"nitrogen|plan",
      "defended the nitrogen plan", "title-appositive verb-cue"),
    T("environmental groups", r"environmental", "support", "nitrogen plan", r"plan|nitrogen",
      "Environmental groups welcomed the plan", "group-role-noun verb-cue topic-anaphor"),
    T("Christian Democrats", r"christian democrat|\bcda\b", "support", "nitrogen plan", r"plan|nitrogen",
      "would not oppose the plan", "organization double-negation reported-speech topic-anaphor"),
    tags="forecast question place-not-actor")

doc("wire-senate-nominee", [
    "Senator Linda Marsh Says She Will Oppose Supreme Court Nominee",
    "WASHINGTON, Sept. 9 \u2014 Sen. Linda Marsh of Vermont said on Monday she would vote against "
    "confirming Judge Alan Pierce to the Supreme Court, becoming the first member of her party to "
    "break with the president on the nomination.",
    "Marsh said she was troubled by Pierce\u2019s writings on executive power.",
    "Senate Majority Leader Tom Harlan, who strongly supports the nomination, said he remained "
    "confident Pierce would be confirmed and scheduled a final vote for Thursday.",
    "Civil rights groups, including the NAACP Legal Defense Fund, have urged senators to reject "
    "Pierce. Democrats are unanimously opposed to the nominee.",
    "Pierce, 52, has served on the U.S. Court of Appeals for the D.C. Circuit since 2019.",
],
    T("Linda Marsh", r"marsh", "oppose", "Alan Pierce's Supreme Court nomination", r"nomin|pierce",
      "She Will Oppose Supreme Court Nominee", "headline title-appositive verb-cue"),
    T("Linda Marsh", r"marsh", "oppose", "Alan Pierce's Supreme Court nomination", r"pierce|nomin|confirm",
      "she would vote against confirming", "title-appositive reported-speech verb-cue"),
    T("Tom Harlan", r"harlan|majority leader", "support", "Alan Pierce's Supreme Court nomination",
      r"nomin|pierce", "who strongly supports the nomination", "title-appositive verb-cue"),
    T("civil rights groups", r"civil rights|naacp", "oppose", "Alan Pierce's Supreme Court nomination",
      r"pierce|nomin", "have urged senators to reject Pierce", "group-role-noun addressee"),
    T("Senate Democrats", r"democrat", "oppose", "Alan Pierce's Supreme Court nomination",
      r"nomin|pierce", "Democrats are unanimously opposed", "group-role-noun adjective-cue topic-anaphor"),
    tags="forecast no-stance")

doc("wire-lagos-race", [
    "Okafor Quits Lagos Governorship Race and Endorses Bello",
    "LAGOS, Jan. 9 \u2014 Businessman Emeka Okafor withdrew from the Lagos governorship race on "
    "Thursday and threw his weight behind ruling party candidate Kunle Bello, reshaping a contest "
    "that had been seen as wide open.",
    "He said he backed Bello\u2019s plan to extend the Blue Line rail network and urged his "
    "supporters to vote for the ruling party candidate.",
    "Opposition candidate Funmi Adeyemi dismissed the move as \u201ca backroom deal\u201d. Adeyemi "
    "has pledged to scrap the state\u2019s land use charge, a property levy introduced in 2018.",
    "Voters go to the polls on March 15. Lagos has about 7 million registered voters.",
],
    T("Emeka Okafor", r"okafor", "support", "Kunle Bello's governorship bid", r"bello",
      "Race and Endorses Bello", "headline surname verb-cue"),
    T("Emeka Okafor", r"okafor", "support", "Kunle Bello's governorship bid", r"bello|candidate",
      "threw his weight behind ruling party", "title-appositive verb-cue"),
    T("Emeka Okafor", r"okafor", "support", "extending the Blue Line rail network", r"blue line|rail",
      "He said he backed Bello", "pronoun reported-speech verb-cue"),
    T("Kunle Bello", r"bello", "support", "extending the Blue Line rail network", r"blue line|rail",
      "plan to extend the Blue Line", "noun-cue surname"),
    T("Emeka Okafor", r"okafor", "support", "Kunle Bello's governorship bid", r"bello|candidate",
      "urged his supporters to vote for", "pronoun addressee topic-anaphor"),
    T("Funmi Adeyemi", r"adeyemi", "oppose", "Okafor's endorsement of Bello", r"move|endorse|withdraw|okafor|bello",
      "dismissed the move as", "title-appositive verb-cue topic-anaphor"),
    T("Funmi Adeyemi", r"adeyemi", "support", "scrapping the land use charge", r"land use|charge|levy",
      "has pledged to scrap the state", "surname verb-cue"),
    tags="forecast place-not-actor")

# =============================================================== MIGRATION
doc("wire-italy-albania", [
    "Rome Defends Albania Migrant Centres as Brussels Weighs Legal Concerns",
    "ROME (Reuters) - Italy\u2019s government on Friday defended its plan to hold asylum seekers in "
    "centres in Albania, a day after a court in Rome ordered the release of 12 migrants held there.",
    "Interior Minister Paolo Ferri said the government would appeal the ruling, which he described "
    "as \u201cpolitical\u201d. The European Commission said it was studying the ruling and declined "
    "to comment on the Albania scheme.",
    "Opposition leader Giulia Santoro called the centres \u201ca costly propaganda exercise\u201d and "
    "demanded that they be closed.",
    "Denmark and the Netherlands have expressed interest in similar arrangements, according to EU "
    "diplomats.",
    "About 66,000 migrants have reached Italy by sea so far this year, down from 150,000 a year "
    "earlier, interior ministry data show.",
    "\u00a9 2024 Reuters. All rights reserved.",
],
    T("Italy", r"ital|rome", "support", "asylum centres in Albania", r"centre|center|albania",
      "Rome Defends Albania Migrant Centres", "headline capital-metonymy verb-cue"),
    T("Italy", r"ital|rome", "support", "asylum centres in Albania", r"centre|center|albania|plan",
      "on Friday defended its plan", "verb-cue"),
    T("Italian government", r"ferri|ital|rome|government", "oppose", "court ruling ordering release of migrants",
      r"ruling|release", "the government would appeal the ruling", "title-appositive reported-speech"),
    T("Giulia Santoro", r"santoro|opposition", "oppose", "asylum centres in Albania", r"centre|center|albania",
      "called the centres \u201ca costly propaganda", "title-appositive verb-cue"),
    T("Denmark", r"denmark|danish|copenhagen", "support", "offshore asylum processing arrangements",
      r"arrangement|centre|center|offshore|albania", "have expressed interest in similar arrangements",
      "coordination hedge-lowered according-to"),
    T("Netherlands", r"netherlands|dutch|hague", "support", "offshore asylum processing arrangements",
      r"arrangement|centre|center|offshore|albania", "have expressed interest in similar arrangements",
      "coordination hedge-lowered according-to"),
    tags="junk place-not-actor no-stance")

doc("wire-canada-immigration", [
    "Ottawa to Cut Immigration Targets as Business Groups Object",
    "OTTAWA, Oct. 24 \u2014 Canada will reduce the number of new permanent residents it admits by "
    "more than 20% over the next two years, Immigration Minister Samir Haddad announced on Thursday, "
    "defending the cuts as necessary to ease pressure on housing and health care.",
    "Story continues below advertisement",
    "The Business Council of Canada said it opposed the reductions, arguing that the country needs "
    "workers to offset an ageing population. The Canadian Chamber of Commerce echoed that criticism.",
    "Conservative leader Mark Tilley said the government had \u201clost control\u201d of the system "
    "and called for even deeper cuts.",
    "Canada\u2019s population grew by 3.2% in 2023, the fastest pace since 1957.",
],
    T("Canada", r"canad|ottawa|haddad", "support", "cutting immigration targets", r"cut|immigration|target",
      "Ottawa to Cut Immigration Targets", "headline capital-metonymy"),
    T("business groups", r"business", "oppose", "cutting immigration targets", r"cut|immigration|target",
      "as Business Groups Object", "headline group-role-noun verb-cue"),
    T("Samir Haddad", r"haddad|canad|ottawa|government", "support", "cutting immigration targets",
      r"cut|immigration|permanent resident|reduc", "defending the cuts as necessary",
      "title-appositive verb-cue topic-anaphor"),
    T("Business Council of Canada", r"business council", "oppose", "cutting immigration targets",
      r"reduc|cut|immigration|target", "it opposed the reductions", "organization reported-speech topic-anaphor"),
    T("Canadian Chamber of Commerce", r"chamber of commerce", "oppose", "cutting immigration targets",
      r"cut|immigration|target|reduc|criticism", "echoed that criticism", "organization topic-anaphor"),
    T("Mark Tilley", r"tilley|conservative", "support", "deeper immigration cuts", r"deeper|cut",
      "called for even deeper cuts", "title-appositive verb-cue"),
    tags="junk place-not-actor")

# =============================================================== CENTRAL BANKS
doc("wire-ecb-hold", [
    "ECB Holds Rates Steady as Hawks Resist Calls for September Cut",
    "FRANKFURT (Reuters) - The European Central Bank kept interest rates unchanged on Thursday, and "
    "several policymakers pushed back against market bets on a cut in September.",
    "ECB President Helena Vogt said the bank was \u201cnot pre-committing to any particular rate "
    "path\u201d and that incoming data would guide its decisions.",
    "Bundesbank President Karl Wendt, one of the most hawkish members of the Governing Council, said "
    "it would be \u201cpremature\u201d to talk about further easing. By contrast, Bank of Portugal "
    "Governor Rui Valente said he favoured a cut as soon as September, arguing that inflation was "
    "heading back to target.",
    "Dutch central bank chief Pieter de Groot appeared open to a cut later in the year.",
    "Markets now price a 60% chance of a quarter-point cut in September, according to LSEG data. "
    "Euro zone inflation slowed to 2.4% in June from 2.6% in May.",
    "Economists polled by Reuters expect two more cuts this year.",
],
    T("ECB hawks", r"hawk|policymaker|ecb|governing council", "oppose", "September rate cut", r"cut",
      "Hawks Resist Calls for September Cut", "headline group-role-noun verb-cue"),
    T("ECB policymakers", r"policymaker|hawk|ecb|governing council", "oppose", "September rate cut", r"cut",
      "pushed back against market bets", "group-role-noun verb-cue"),
    T("Karl Wendt", r"wendt|bundesbank", "oppose", "further monetary easing", r"eas|cut",
      "it would be \u201cpremature\u201d to talk", "title-appositive adjective-cue reported-speech"),
    T("Rui Valente", r"valente|bank of portugal", "support", "September rate cut", r"cut",
      "he favoured a cut as soon", "title-appositive reported-speech verb-cue"),
    T("Pieter de Groot", r"groot|dutch central bank|\bdnb\b", "support", "rate cut later in the year", r"cut",
      "appeared open to a cut", "title-appositive hedge-lowered adjective-cue"),
    tags="forecast no-stance place-not-actor")

doc("wire-fed-lowell", [
    "Fed\u2019s Lowell Says No Rush to Cut Rates",
    "WASHINGTON, Feb. 20 (Reuters) - Federal Reserve Governor Adriana Lowell said on Thursday she saw "
    "no urgency to lower interest rates, pointing to inflation that remains above the central "
    "bank\u2019s 2% target.",
    "\u201cI would want to see several more months of progress before I would support a cut,\u201d "
    "Lowell told an audience in Chicago. She added that she favoured keeping rates on hold at least "
    "through the spring.",
    "Chicago Fed President Michael Osei said last week he favoured cutting rates twice this year, "
    "arguing that the labour market was cooling.",
    "The White House has repeatedly called on the Fed to lower borrowing costs faster.",
    "Fed officials are expected to keep rates steady at their March 18-19 meeting, according to "
    "futures markets.",
],
    T("Adriana Lowell", r"lowell", "oppose", "interest rate cut", r"cut|lower",
      "Lowell Says No Rush to Cut", "headline surname negation hedge-lowered"),
    T("Adriana Lowell", r"lowell", "oppose", "interest rate cut", r"cut|lower",
      "she saw no urgency to lower", "title-appositive negation reported-speech hedge-lowered"),
    T("Adriana Lowell", r"lowell", "support", "keeping rates on hold", r"hold|steady|unchanged",
      "She added that she favoured keeping", "pronoun reported-speech verb-cue"),
    T("Michael Osei", r"osei|chicago fed", "support", "two rate cuts this year", r"cut",
      "he favoured cutting rates twice", "title-appositive reported-speech verb-cue"),
    T("White House", r"white house|administration|" + US, "support", "faster interest rate cuts",
      r"lower|cut|borrowing", "has repeatedly called on the Fed", "organization addressee"),
    tags="hypothetical forecast place-not-actor")

doc("wire-boe-split", [
    "Bank of England Cuts Rates as Four Policymakers Vote to Hold",
    "By Helen Carter\nAugust 7, 2025",
    "LONDON (Reuters) - The Bank of England\u2019s Monetary Policy Committee voted 5-4 on Thursday "
    "to lower Bank Rate to 4.0%, with four members preferring to keep rates on hold.",
    "Chief Economist Owen Pryor, who voted to hold, said in a statement that he preferred a slower "
    "pace of easing over a series of back-to-back cuts.",
    "Governor Catherine Wynn said the path of rates would remain \u201cgradual and careful\u201d.",
    "Finance minister Laura Finch welcomed the cut, saying it would ease pressure on mortgage "
    "holders.",
    "Markets are pricing in one more cut by the end of the year.",
    "Related: How the Bank of England\u2019s rate decisions affect your mortgage",
],
    T("four MPC members", r"policymaker|member|\bmpc\b", "support", "keeping rates on hold",
      r"hold|unchanged|steady", "Four Policymakers Vote to Hold", "headline group-role-noun verb-cue"),
    T("Monetary Policy Committee", r"monetary policy committee|\bmpc\b|bank of england|\bboe\b", "support",
      "cutting Bank Rate to 4.0%", r"lower|cut|bank rate", "voted 5-4 on Thursday to lower",
      "organization verb-cue"),
    T("four MPC members", r"policymaker|member|\bmpc\b", "support", "keeping rates on hold",
      r"hold|unchanged|steady", "four members preferring to keep rates", "group-role-noun verb-cue"),
    T("Owen Pryor", r"pryor|chief economist", "support", "keeping rates on hold", r"hold",
      "who voted to hold", "title-appositive verb-cue"),
    T("Owen Pryor", r"pryor|chief economist", "support", "slower pace of easing", r"slow|pace",
      "he preferred a slower pace", "prefer-over title-appositive reported-speech"),
    T("Owen Pryor", r"pryor|chief economist", "oppose", "back-to-back rate cuts", r"back-to-back|cut",
      "over a series of back-to-back cuts", "prefer-over title-appositive reported-speech"),
    T("Laura Finch", r"finch|finance minister", "support", "cutting Bank Rate to 4.0%", r"cut|lower|rate",
      "Finch welcomed the cut", "title-appositive verb-cue topic-anaphor"),
    tags="junk forecast no-stance")

doc("wire-markets-fed-minutes", [
    "Stocks Edge Higher as Investors Await Fed Minutes",
    "By Jonathan Reyes\nPublished 9:47 AM EST, Wed February 19, 2025",
    "NEW YORK \u2014 U.S. stocks rose modestly on Wednesday as investors awaited minutes from the "
    "Federal Reserve\u2019s January meeting for clues on the path of interest rates.",
    "The S&P 500 gained 0.3% in morning trading, while the Nasdaq Composite added 0.4%. Traders are "
    "pricing in roughly one rate cut this year, according to CME Group\u2019s FedWatch tool.",
    "Will the Fed cut before the summer? Most strategists now say it is unlikely.",
    "Shares of homebuilders fell after data showed housing starts dropped 9.8% in January. Oil prices "
    "were little changed at around $72 a barrel.",
    "Market data provided by ICE. Quotes delayed at least 15 minutes.",
    "Most read: Five things to know before the market opens",
],
    tags="forecast question junk no-stance")

# =============================================================== CONFLICTS / ALLIANCES
doc("wire-ukraine-air-defence", [
    "Kyiv Presses Allies for More Air Defence as Berlin Pledges Two Patriot Systems",
    "KYIV, April 22 \u2014 Ukrainian officials urged Western allies on Monday to speed up deliveries "
    "of air defence systems after a wave of Russian missile strikes knocked out power to more than a "
    "million households.",
    "German Defence Minister Stefan Kruger said Berlin would send two more Patriot batteries "
    "\u201cas quickly as possible\u201d and called on other European partners to follow suit.",
    "Moscow condemned the pledge as \u201canother step towards escalation\u201d. Hungary has blocked "
    "6.6 billion euros of EU funding for military aid to Ukraine for more than a year.",
    "If deliveries are delayed, Ukraine could run short of interceptors by the summer, officials "
    "warned.",
    "Defence ministers will meet at Ramstein Air Base in Germany on Friday, where the talks are "
    "expected to focus on artillery ammunition.",
],
    T("Ukraine", r"ukrain|kyiv|kiev", "support", "more air defence for Ukraine", r"air defen[cs]e|patriot",
      "Kyiv Presses Allies for More", "headline capital-metonymy addressee"),
    T("Germany", r"german|berlin|kruger", "support", "sending Patriot systems to Ukraine", r"patriot|air defen[cs]e",
      "Berlin Pledges Two Patriot Systems", "headline capital-metonymy verb-cue"),
    T("Ukraine", r"ukrain|kyiv|kiev", "support", "faster delivery of air defence systems",
      r"air defen[cs]e|deliver", "Ukrainian officials urged Western allies", "demonym addressee"),
    T("Germany", r"german|berlin|kruger", "support", "sending Patriot systems to Ukraine", r"patriot|air defen[cs]e",
      "Berlin would send two more Patriot", "capital-metonymy reported-speech"),
    T("Stefan Kruger", r"kruger|german|berlin", "support", "European partners sending air defence to Ukraine",
      r"patriot|air defen[cs]e|follow suit", "called on other European partners",
      "title-appositive addressee topic-anaphor"),
    T("Russia", r"russia|moscow|kremlin", "oppose", "German Patriot pledge to Ukraine", r"pledge|patriot",
      "Moscow condemned the pledge", "capital-metonymy verb-cue topic-anaphor"),
    T("Hungary", r"hungar|budapest", "oppose", "EU funding for military aid to Ukraine",
      r"military aid|fund", "Hungary has blocked 6.6 billion euros", "verb-cue"),
    tags="hypothetical forecast place-not-actor")

doc("wire-spain-nato", [
    "Spain Balks at NATO\u2019s 5% Defence Spending Goal Ahead of Hague Summit",
    "By In\u00e9s Robles and Mark Hollis\nJune 19, 2025",
    "MADRID/BRUSSELS (Reuters) - Spain will not commit to a NATO target of spending 5% of economic "
    "output on defence, Prime Minister Luis Cort\u00e9s said in a letter to the alliance\u2019s "
    "secretary-general seen by Reuters.",
    "Cort\u00e9s said Madrid preferred a \u201cflexible\u201d approach based on military capabilities "
    "over a fixed percentage of GDP.",
    "The Netherlands, which is hosting the summit in The Hague next week, and the Baltic states have "
    "pushed for all allies to sign up to the target. Italy appeared to favour a longer timeline for "
    "reaching the goal, according to two diplomats.",
    "A NATO official said the alliance was confident a compromise could be found. Washington has "
    "repeatedly demanded that European allies spend more on their own defence.",
    "Spain spent 1.28% of GDP on defence last year, the lowest share in the alliance, according to "
    "NATO estimates.",
],
    T("Spain", r"spain|spanish|madrid|cort[e\u00e9]s", "oppose", "NATO 5% defence spending target",
      r"5 ?%|target|goal", "Spain Balks at NATO", "headline verb-cue"),
    T("Spain", r"spain|spanish|madrid|cort[e\u00e9]s", "oppose", "NATO 5% defence spending target",
      r"5 ?%|target|goal", "Spain will not commit to", "negation reported-speech"),
    T("Spain", r"spain|spanish|madrid|cort[e\u00e9]s", "support", "flexible capability-based approach",
      r"flexib|capabilit", "Madrid preferred a \u201cflexible\u201d approach",
      "prefer-over capital-metonymy reported-speech"),
    T("Spain", r"spain|spanish|madrid|cort[e\u00e9]s", "oppose", "fixed percentage-of-GDP spending target",
      r"fixed|percentage", "over a fixed percentage of GDP", "prefer-over capital-metonymy reported-speech"),
    T("Netherlands", r"netherlands|dutch", "support", "NATO 5% defence spending target", r"5 ?%|target|goal",
      "have pushed for all allies", "coordination addressee"),
    T("Baltic states", r"baltic", "support", "NATO 5% defence spending target", r"5 ?%|target|goal",
      "have pushed for all allies", "coordination addressee group-role-noun"),
    T("Italy", r"ital|rome", "support", "longer timeline for the spending goal", r"timeline",
      "Italy appeared to favour a longer", "hedge-lowered according-to verb-cue"),
    T("United States", US, "support", "higher European defence spending", r"spend",
      "Washington has repeatedly demanded that", "capital-metonymy addressee"),
    tags="place-not-actor no-stance")

doc("wire-sudan-truce", [
    "Sudan\u2019s Army Rejects U.S.-Backed Truce Plan",
    "PORT SUDAN, Sept. 16 (Reuters) - Sudan\u2019s army on Tuesday rejected a proposal for a "
    "three-month humanitarian truce put forward by the United States, Saudi Arabia, Egypt and the "
    "United Arab Emirates, saying it would not negotiate with the paramilitary Rapid Support Forces.",
    "The RSF said it welcomed the plan and was ready to implement it immediately.",
    "Army spokesman Nabil Abdallah said any truce must include the withdrawal of RSF fighters from "
    "cities they have seized.",
    "The war, now in its third year, has killed tens of thousands of people and displaced more than "
    "12 million, according to the United Nations.",
    "Previous talks in Jeddah collapsed in 2023 without a lasting ceasefire.",
],
    T("Sudanese army", r"army|\bsaf\b|sudan", "oppose", "three-month humanitarian truce", r"truce",
      "Army Rejects U.S.-Backed Truce Plan", "headline organization verb-cue"),
    T("United States", US, "support", "three-month humanitarian truce", r"truce",
      "U.S.-Backed Truce Plan", "headline passive adjective-cue"),
    T("Sudanese army", r"army|\bsaf\b|sudan", "oppose", "three-month humanitarian truce", r"truce|proposal",
      "rejected a proposal for a three-month", "organization verb-cue"),
    T("United States", US, "support", "three-month humanitarian truce", r"truce|proposal",
      "put forward by the United States", "passive coordination"),
    T("Saudi Arabia", r"saudi|riyadh", "support", "three-month humanitarian truce", r"truce|proposal",
      "put forward by the United States", "passive coordination"),
    T("Egypt", r"egypt|cairo", "support", "three-month humanitarian truce", r"truce|proposal",
      "put forward by the United States", "passive coordination"),
    T("United Arab Emirates", r"emirates|\buae\b|abu dhabi", "support", "three-month humanitarian truce",
      r"truce|proposal", "put forward by the United States", "passive coordination"),
    T("Sudanese army", r"army|\bsaf\b|sudan", "oppose", "negotiating with the RSF", r"negotiat|rsf|rapid support",
      "it would not negotiate with", "organization negation pronoun"),
    T("Rapid Support Forces", r"\brsf\b|rapid support", "support", "three-month humanitarian truce",
      r"plan|truce", "it welcomed the plan", "organization reported-speech topic-anaphor"),
    T("Sudanese army", r"army|abdallah|\bsaf\b|sudan", "support", "withdrawal of RSF fighters from cities",
      r"withdraw", "any truce must include the withdrawal", "title-appositive reported-speech"),
    tags="place-not-actor no-stance")

doc("wire-aukus", [
    "Canberra Reaffirms Commitment to AUKUS Submarine Deal After Pentagon Review",
    "SYDNEY, June 12 (Reuters) - Australia remains fully committed to the AUKUS submarine pact, "
    "Defence Minister Tom Ellery said on Thursday, a day after the Pentagon announced a review of "
    "the deal.",
    "Former prime minister Ian Calder, a long-standing critic of the pact, said the review showed "
    "Australia should walk away from it. The Greens also oppose the deal, citing its A$368 billion "
    "cost.",
    "British officials said London \u201cremains steadfast\u201d in its support for AUKUS.",
    "The first Virginia-class submarine is due to be transferred to Australia in 2032.",
    "Will the review change that timeline? Officials in Washington declined to say.",
],
    T("Australia", r"australia|canberra|ellery", "support", "AUKUS submarine deal", r"aukus|submarine",
      "Canberra Reaffirms Commitment to AUKUS", "headline capital-metonymy noun-cue"),
    T("Australia", r"australia|canberra|ellery", "support", "AUKUS submarine deal", r"aukus|submarine",
      "Australia remains fully committed to", "adjective-cue reported-speech"),
    T("Ian Calder", r"calder", "oppose", "AUKUS submarine deal", r"pact|aukus|deal",
      "a long-standing critic of the pact", "title-appositive noun-cue topic-anaphor"),
    T("Australian Greens", r"green", "oppose", "AUKUS submarine deal", r"deal|aukus",
      "The Greens also oppose the deal", "organization verb-cue topic-anaphor"),
    T("United Kingdom", r"brit|united kingdom|\buk\b|london", "support", "AUKUS submarine deal", r"aukus",
      "London \u201cremains steadfast\u201d in its support", "demonym capital-metonymy noun-cue reported-speech"),
    tags="question forecast place-not-actor")

doc("wire-armenia-azerbaijan", [
    "Yerevan Welcomes Peace Text as Baku Demands Constitutional Change",
    "YEREVAN, March 14 (Reuters) - Armenia said on Friday it was ready to sign a peace treaty with "
    "Azerbaijan after the two sides agreed on the full text, a potential breakthrough after nearly "
    "four decades of conflict.",
    "Azerbaijan\u2019s foreign ministry confirmed that talks on the text had concluded but said Baku "
    "would not sign until Armenia removed a reference to Nagorno-Karabakh from its constitution.",
    "Armenian officials have said a constitutional referendum could take place in 2027, but they "
    "have rejected any link to the treaty.",
    "The European Union welcomed the agreement on the text and urged both sides to sign it swiftly. "
    "Russia, which brokered a ceasefire in 2020, said it was studying the text.",
],
    T("Armenia", r"armenia|yerevan", "support", "Armenia-Azerbaijan peace treaty text", r"peace|treaty|text",
      "Yerevan Welcomes Peace Text", "headline capital-metonymy verb-cue"),
    T("Azerbaijan", r"azerbaijan|baku", "support", "change to Armenia's constitution", r"constitution",
      "Baku Demands Constitutional Change", "headline capital-metonymy verb-cue"),
    T("Armenia", r"armenia|yerevan", "support", "signing the peace treaty", r"peace|treaty|sign",
      "it was ready to sign a peace treaty", "reported-speech adjective-cue"),
    T("Azerbaijan", r"azerbaijan|baku", "support", "removing Karabakh reference from Armenia's constitution",
      r"constitution|karabakh|reference", "Baku would not sign until Armenia removed",
      "capital-metonymy reported-speech organization"),
    T("Armenia", r"armenia|yerevan", "oppose", "linking constitutional change to the peace treaty",
      r"link|constitution|referendum", "they have rejected any link", "demonym pronoun verb-cue"),
    T("European Union", EU, "support", "Armenia-Azerbaijan peace treaty text", r"agreement|peace|text|treaty",
      "welcomed the agreement on the text", "organization verb-cue"),
    T("European Union", EU, "support", "signing the peace treaty", r"sign|treaty|peace",
      "urged both sides to sign it", "organization addressee topic-anaphor"),
    tags="no-stance place-not-actor")

doc("wire-poland-drone-wall", [
    "Poland Calls for EU-Funded \u2018Drone Wall\u2019 as Hungary Objects to Joint Borrowing",
    "WARSAW, Oct. 1 (Reuters) - Poland on Wednesday called on the European Union to fund a "
    "\u201cdrone wall\u201d along its eastern border with Russia and Belarus, days after Russian "
    "drones entered Polish airspace.",
    "\u201cThis is not only Poland\u2019s border, it is Europe\u2019s border,\u201d Foreign Minister "
    "Piotr Nowicki told reporters in Warsaw.",
    "Finland and the Baltic states backed the idea at a meeting of defence ministers in Copenhagen, "
    "and Sweden signalled openness to it.",
    "Hungarian Foreign Minister G\u00e1bor Varga said Budapest would not agree to joint EU borrowing "
    "to pay for the project. France has not yet taken a position, officials in Paris said.",
    "The European Commission is expected to present options in November.",
],
    T("Poland", r"poland|polish|warsaw", "support", "EU-funded drone wall", r"drone wall",
      "Poland Calls for EU-Funded", "headline verb-cue"),
    T("Hungary", r"hungar|budapest|varga", "oppose", "joint EU borrowing for the drone wall", r"borrowing|joint",
      "Hungary Objects to Joint Borrowing", "headline verb-cue"),
    T("Poland", r"poland|polish|warsaw", "support", "EU-funded drone wall", r"drone wall|fund",
      "called on the European Union to fund", "addressee verb-cue"),
    T("Finland", r"finland|finnish|helsinki", "support", "EU-funded drone wall", r"idea|drone wall",
      "Finland and the Baltic states backed", "coordination topic-anaphor verb-cue"),
    T("Baltic states", r"baltic", "support", "EU-funded drone wall", r"idea|drone wall",
      "Finland and the Baltic states backed", "coordination group-role-noun topic-anaphor"),
    T("Sweden", r"swed|stockholm", "support", "EU-funded drone wall", r"drone wall|idea",
      "Sweden signalled openness to it", "hedge-lowered topic-anaphor"),
    T("Hungary", r"hungar|budapest|varga", "oppose", "joint EU borrowing for the drone wall",
      r"borrowing|joint", "Budapest would not agree to joint",
      "demonym capital-metonymy negation reported-speech title-appositive"),
    tags="forecast place-not-actor no-stance")

doc("wire-drc-m23", [
    "Congo Rules Out Talks With M23 Rebels, Seeks U.N. Sanctions on Rwanda",
    "KINSHASA, Jan. 27 (Reuters) - Congo\u2019s government on Monday ruled out direct talks with M23 "
    "rebels, who have seized large parts of two eastern provinces.",
    "Government spokesman Jean-Paul Mbala called on the U.N. Security Council to impose sanctions on "
    "Rwanda, which Kinshasa accuses of arming the rebels. Rwanda denies supporting the M23.",
    "The African Union and the European Union called for an immediate ceasefire.",
    "Angola, which has mediated between the two countries, said it was ready to host new talks in "
    "Luanda.",
    "Fighting around Goma has displaced more than 400,000 people this year, according to the U.N. "
    "refugee agency.",
],
    T("DR Congo", r"congo|\bdrc\b|kinshasa|mbala", "oppose", "direct talks with M23 rebels", r"talk|m23|negotiat",
      "Congo Rules Out Talks With", "headline verb-cue"),
    T("DR Congo", r"congo|\bdrc\b|kinshasa|mbala", "support", "U.N. sanctions on Rwanda", r"sanction",
      "Seeks U.N. Sanctions on Rwanda", "headline verb-cue"),
    T("DR Congo", r"congo|\bdrc\b|kinshasa|mbala", "oppose", "direct talks with M23 rebels", r"talk|m23|negotiat",
      "ruled out direct talks with M23", "verb-cue"),
    T("DR Congo", r"congo|\bdrc\b|kinshasa|mbala", "support", "U.N. sanctions on Rwanda", r"sanction",
      "called on the U.N. Security Council", "title-appositive addressee"),
    T("African Union", r"african union|\bau\b", "support", "immediate ceasefire in eastern Congo", r"ceasefire",
      "called for an immediate ceasefire", "coordination organization verb-cue"),
    T("European Union", EU, "support", "immediate ceasefire in eastern Congo", r"ceasefire",
      "called for an immediate ceasefire", "coordination organization verb-cue"),
    T("Angola", r"angola|luanda", "support", "hosting new talks", r"talk|host",
      "it was ready to host new talks", "reported-speech adjective-cue"),
    tags="place-not-actor no-stance")

doc("wire-japan-defence", [
    "Washington Welcomes Japan\u2019s Defence Buildup; Beijing Criticises It",
    "TOKYO, Dec. 16 (Reuters) - Japan\u2019s cabinet on Friday approved a plan to double defence "
    "spending to 2% of GDP by 2027 and acquire missiles capable of striking targets in China.",
    "The U.S. State Department said it \u201cstrongly supports\u201d the plan.",
    "Chinese foreign ministry spokesperson Lin Yue said Beijing was \u201cfirmly opposed\u201d to the "
    "plan and urged Tokyo to reflect on its wartime history.",
    "Japan\u2019s main opposition party said it would not oppose the spending increase but questioned "
    "how it would be funded.",
    "The plan will raise defence spending to about 43 trillion yen over five years. South Korea did "
    "not comment.",
],
    T("United States", US + r"|state department", "support", "Japan's defence buildup",
      r"defen[cs]e|buildup|spending", "Washington Welcomes Japan", "headline capital-metonymy verb-cue"),
    T("China", r"china|chinese|beijing", "oppose", "Japan's defence buildup", r"defen[cs]e|buildup|spending",
      "Beijing Criticises It", "headline capital-metonymy verb-cue topic-anaphor"),
    T("Japanese cabinet", r"japan|tokyo|cabinet", "support", "doubling Japan's defence spending",
      r"defen[cs]e|spending|plan", "approved a plan to double defence", "organization verb-cue"),
    T("United States", US + r"|state department", "support", "doubling Japan's defence spending",
      r"plan|defen[cs]e|spending", "it \u201cstrongly supports\u201d the plan",
      "organization reported-speech topic-anaphor"),
    T("China", r"china|chinese|beijing|lin yue", "oppose", "doubling Japan's defence spending",
      r"plan|defen[cs]e|spending", "Beijing was \u201cfirmly opposed\u201d",
      "title-appositive capital-metonymy adjective-cue reported-speech topic-anaphor"),
    T("China", r"china|chinese|beijing|lin yue", "support", "Japan reflecting on its wartime history",
      r"history|wartime|reflect", "urged Tokyo to reflect", "capital-metonymy addressee"),
    T("Japanese opposition party", r"opposition", "support", "doubling Japan's defence spending",
      r"spending|defen[cs]e|increase", "would not oppose the spending increase",
      "organization double-negation reported-speech"),
    tags="no-stance place-not-actor")

doc("wire-philippines-dfa", [
    "Statement on the Incident at Ayungin Shoal",
    "Department of Foreign Affairs | Press Release | 17 June 2024",
    "The Philippines strongly condemns the dangerous and aggressive actions of the China Coast Guard "
    "against a Philippine resupply mission to Ayungin Shoal on 17 June, which injured several "
    "Filipino personnel.",
    "We call on China to abide by the 2016 Arbitral Award, which is final and binding. We do not "
    "accept the so-called ten-dash line, which has no basis in international law.",
    "The Philippines remains open to dialogue, but we will not be intimidated.",
    "END\nShare: Facebook | X | Email",
],
    T("Philippines", r"philippine|manila", "oppose", "China Coast Guard actions at Ayungin Shoal",
      r"coast guard|action|aggressi", "The Philippines strongly condemns the dangerous",
      "speaker-document verb-cue"),
    T("Philippines", r"philippine|manila", "support", "China abiding by the 2016 Arbitral Award",
      r"arbitral|award", "We call on China to abide", "speaker-document addressee"),
    T("Philippines", r"philippine|manila", "oppose", "China's ten-dash line", r"dash line|ten-dash",
      "We do not accept the so-called", "speaker-document negation"),
    T("Philippines", r"philippine|manila", "support", "dialogue with China", r"dialogue",
      "remains open to dialogue", "speaker-document hedge-lowered adjective-cue"),
    speaker="Philippines",
    tags="junk")

doc("wire-canada-arctic-speech", [
    "Remarks by the Minister of Foreign Affairs at the Arctic Circle Assembly",
    "Reykjav\u00edk, Iceland | October 17, 2025\nCheck against delivery",
    "Thank you, \u00d3lafur, and good afternoon.",
    "Canada stands firmly behind the right of the people of Greenland to decide their own future. We "
    "reject any suggestion that borders in the Arctic can be redrawn through pressure or coercion.",
    "We are committed to more than doubling our investment in over-the-horizon radar over the next "
    "five years, and we have asked our NATO allies to establish a permanent Arctic command.",
    "Some have suggested that the Arctic Council be suspended indefinitely. I do not share that view.",
    "If the Council cannot function, we will work with like-minded partners outside it.",
    "Thank you.",
],
    T("Canada", r"canad|ottawa", "support", "Greenlanders' right to decide their own future",
      r"greenland|self-determination|decide", "Canada stands firmly behind the right", "speaker-document verb-cue"),
    T("Canada", r"canad|ottawa", "oppose", "redrawing Arctic borders through pressure", r"border|redraw",
      "We reject any suggestion that borders", "speaker-document verb-cue"),
    T("Canada", r"canad|ottawa", "support", "doubling investment in over-the-horizon radar", r"radar|investment",
      "We are committed to more than", "speaker-document adjective-cue"),
    T("Canada", r"canad|ottawa", "support", "permanent NATO Arctic command", r"arctic command|command",
      "we have asked our NATO allies", "speaker-document addressee"),
    T("Canada", r"canad|ottawa", "oppose", "suspending the Arctic Council indefinitely",
      r"suspen|arctic council|view", "I do not share that view", "speaker-document negation topic-anaphor"),
    speaker="Canada",
    tags="hypothetical place-not-actor junk")

doc("wire-brazil-unsc-speech", [
    "Statement by Brazil at the General Assembly Debate on Security Council Reform",
    "New York, 14 November 2025",
    "Mr. President,",
    "The Security Council as it stands reflects the world of 1945, not that of today. We support "
    "expanding the Council in both the permanent and non-permanent categories, and we believe Africa "
    "must be represented among the permanent members.",
    "We do not support the creation of new veto powers. On working methods, we prefer a code of "
    "conduct restricting the veto in cases of mass atrocities over the current practice.",
    "Brazil is not opposed to the proposal by Mexico and Italy for longer-term non-permanent seats, "
    "and we are ready to discuss it in good faith.",
    "I thank you, Mr. President.",
],
    T("Brazil", r"brazil|bras[i\u00ed]lia", "support", "expanding the Security Council", r"expan|enlarg",
      "We support expanding the Council", "speaker-document verb-cue"),
    T("Brazil", r"brazil|bras[i\u00ed]lia", "support", "permanent African seats on the Security Council",
      r"africa", "we believe Africa must be represented", "speaker-document"),
    T("Brazil", r"brazil|bras[i\u00ed]lia", "oppose", "creation of new veto powers", r"veto",
      "We do not support the creation", "speaker-document negation"),
    T("Brazil", r"brazil|bras[i\u00ed]lia", "support", "code of conduct restricting the veto",
      r"code of conduct|restrict", "we prefer a code of conduct", "speaker-document prefer-over"),
    T("Brazil", r"brazil|bras[i\u00ed]lia", "oppose", "current veto practice", r"current practice|practice|veto",
      "over the current practice", "speaker-document prefer-over"),
    T("Brazil", r"brazil|bras[i\u00ed]lia", "support", "longer-term non-permanent seats",
      r"proposal|longer-term|seat", "Brazil is not opposed to the proposal", "speaker-document double-negation"),
    T("Mexico", r"mexic", "support", "longer-term non-permanent seats", r"longer-term|seat|proposal",
      "the proposal by Mexico and Italy", "coordination noun-cue"),
    T("Italy", r"ital|rome", "support", "longer-term non-permanent seats", r"longer-term|seat|proposal",
      "the proposal by Mexico and Italy", "coordination noun-cue"),
    speaker="Brazil",
    tags="place-not-actor")

doc("wire-geneva-iran-talks", [
    "Diplomats Gather in Geneva for New Round of Iran Nuclear Talks",
    "GENEVA, Nov. 29 (Reuters) - Diplomats from Iran and three European countries met in Geneva on "
    "Friday for talks on Tehran\u2019s nuclear programme, the first such meeting since the U.S. "
    "election.",
    "The talks in Geneva were described by one European official as \u201ca stocktaking exercise\u201d. "
    "Iran\u2019s deputy foreign minister, Reza Kazemi, met the British, French and German delegations "
    "at a villa on the shores of Lake Geneva.",
    "Will the talks lead to a new agreement? Officials on both sides played down expectations.",
    "The next round is expected to take place in January, possibly in Oman.",
    "Iran has enriched uranium to up to 60% purity, according to the International Atomic Energy "
    "Agency.",
],
    tags="place-not-actor question forecast no-stance")

# =============================================================== CLIMATE
doc("wire-cop-fossil-fuels", [
    "Oil Producers Block Fossil Fuel Language at U.N. Climate Talks",
    "BEL\u00c9M, Brazil, Nov. 19 (Reuters) - Saudi and Russian negotiators objected to any reference "
    "to a \u201ctransition away from fossil fuels\u201d in the draft summit text, according to three "
    "negotiators in the room.",
    "The European Union and a coalition of small island states, by contrast, insisted that the "
    "language be strengthened.",
    "\u201cWe will not sign a text that drops the fossil fuel language,\u201d said Mele Tauaki, the "
    "lead negotiator for the Alliance of Small Island States.",
    "Developing countries are also demanding that rich nations triple climate finance to $390 billion "
    "a year by 2035.",
    "Brazil\u2019s presidency said it would publish a new draft on Thursday morning. If no deal is "
    "reached by Friday, the talks could run into the weekend, as they have at most recent summits.",
],
    T("oil producers", r"oil|saudi|russia", "oppose", "fossil fuel transition language", r"fossil",
      "Oil Producers Block Fossil Fuel Language", "headline group-role-noun verb-cue"),
    T("Saudi Arabia", r"saudi|riyadh", "oppose", "transition away from fossil fuels", r"fossil|transition",
      "Saudi and Russian negotiators objected to", "coordination demonym according-to verb-cue"),
    T("Russia", r"russia|moscow", "oppose", "transition away from fossil fuels", r"fossil|transition",
      "Saudi and Russian negotiators objected to", "coordination demonym according-to verb-cue"),
    T("European Union", EU, "support", "stronger fossil fuel transition language", r"language|fossil|transition",
      "insisted that the language be strengthened", "coordination organization verb-cue topic-anaphor"),
    T("small island states", r"island|aosis", "support", "stronger fossil fuel transition language",
      r"language|fossil|transition", "insisted that the language be strengthened",
      "coordination group-role-noun verb-cue topic-anaphor"),
    T("Mele Tauaki", r"tauaki|aosis|small island", "oppose", "text dropping fossil fuel language",
      r"fossil|text", "We will not sign a text", "quote-speaker title-appositive negation"),
    T("developing countries", r"developing", "support", "tripling climate finance", r"finance",
      "Developing countries are also demanding", "group-role-noun addressee verb-cue"),
    tags="hypothetical place-not-actor no-stance")

doc("wire-icj-climate", [
    "Vanuatu Hails Landmark World Court Opinion on Climate Duties",
    "THE HAGUE, July 23 (Reuters) - Small island states welcomed an advisory opinion from the "
    "International Court of Justice on Wednesday as a turning point in the fight against climate "
    "change.",
    "\u201cThis is a victory for every community on the front line of the climate crisis,\u201d said "
    "Ralph Toa, Vanuatu\u2019s climate envoy. Vanuatu led the push for the case at the U.N. General "
    "Assembly in 2023.",
    "The United States, which had opposed the request for an opinion, did not immediately comment.",
    "The opinion is not binding, but it is expected to shape climate lawsuits against governments and "
    "companies worldwide. Oil companies could face a wave of new claims as a result, lawyers said.",
],
    T("Vanuatu", r"vanuatu|port vila|toa", "support", "ICJ advisory opinion on climate duties",
      r"opinion|ruling|court", "Vanuatu Hails Landmark World Court", "headline verb-cue"),
    T("small island states", r"island", "support", "ICJ advisory opinion on climate duties",
      r"opinion|ruling|court", "Small island states welcomed an advisory", "group-role-noun verb-cue"),
    T("Ralph Toa", r"toa|vanuatu", "support", "ICJ advisory opinion on climate duties",
      r"opinion|ruling|court|decision", "This is a victory for every", "quote-speaker title-appositive topic-anaphor"),
    T("Vanuatu", r"vanuatu|port vila", "support", "ICJ climate case", r"case|opinion|court",
      "Vanuatu led the push for", "noun-cue"),
    T("United States", US, "oppose", "request for an ICJ climate opinion", r"request|opinion",
      "which had opposed the request", "verb-cue"),
    tags="forecast place-not-actor")

doc("wire-ocean-trust-statement", [
    "Ocean Trust Urges Seabed Authority Not to Rush Mining Code",
    "Statement | 10 July 2025 | Kingston, Jamaica",
    "We strongly oppose any attempt to begin commercial deep-sea mining before the International "
    "Seabed Authority has agreed on environmental rules.",
    "We welcome France\u2019s call for a moratorium on deep-sea mining, which is now supported by 38 "
    "countries. Norway\u2019s decision to pause its own licensing round was a step in the right "
    "direction.",
    "We urge the ISA Council not to adopt the mining code in a rush. If commercial mining goes ahead, "
    "the damage to deep-ocean ecosystems would be irreversible.",
    "Media contact: press@oceantrust.example | Follow us on Instagram and LinkedIn",
],
    T("Ocean Trust", r"ocean trust", "oppose", "rushed adoption of the deep-sea mining code",
      r"mining code|rush", "Urges Seabed Authority Not to Rush", "headline addressee negation organization"),
    T("Ocean Trust", r"ocean trust", "oppose", "commercial deep-sea mining before environmental rules",
      r"deep-sea mining|mining", "We strongly oppose any attempt", "speaker-document verb-cue"),
    T("Ocean Trust", r"ocean trust", "support", "moratorium on deep-sea mining", r"moratorium",
      "We welcome France\u2019s call", "speaker-document verb-cue"),
    T("France", r"france|french|paris", "support", "moratorium on deep-sea mining", r"moratorium",
      "France\u2019s call for a moratorium", "noun-cue"),
    T("38 countries", r"countr|38", "support", "moratorium on deep-sea mining", r"moratorium",
      "now supported by 38 countries", "passive group-role-noun topic-anaphor"),
    T("Ocean Trust", r"ocean trust", "support", "Norway's pause of its licensing round",
      r"pause|licens|norway", "a step in the right direction", "speaker-document"),
    T("Ocean Trust", r"ocean trust", "oppose", "rushed adoption of the deep-sea mining code",
      r"mining code|rush|adopt", "We urge the ISA Council", "speaker-document addressee negation"),
    speaker="Ocean Trust",
    tags="hypothetical junk place-not-actor")

# =============================================================== NO-STANCE PAGES
doc("wire-shutdown-explainer", [
    "What Happens If the Government Shuts Down on Friday?",
    "By Rachel Kim\nSeptember 29, 2025",
    "WASHINGTON \u2014 Funding for much of the federal government runs out at midnight on Friday. If "
    "Congress fails to pass a spending bill by then, hundreds of thousands of federal employees could "
    "be sent home without pay.",
    "Who would keep working? Air traffic controllers, border agents and military personnel would stay "
    "on the job but would not be paid until the shutdown ended.",
    "Would Social Security checks stop? No. Payments would continue because the program is funded "
    "separately.",
    "A shutdown lasting more than two weeks could shave 0.1 percentage points off quarterly growth, "
    "according to estimates from Goldman Sachs. The longest shutdown on record lasted 35 days, from "
    "December 2018 to January 2019.",
    "This story has been updated with additional details.",
],
    tags="question hypothetical forecast place-not-actor junk no-stance")

doc("wire-brazil-floods", [
    "Floods Kill 14 in Southern Brazil as Rivers Burst Their Banks",
    "PORTO ALEGRE, Brazil, May 3 (Reuters) - Torrential rains killed at least 14 people in the "
    "southern Brazilian state of Rio Grande do Sul, officials said on Friday, as swollen rivers "
    "forced thousands from their homes.",
    "The storm system, which has lingered over the region since Monday, cut power to 400,000 "
    "customers and closed the airport in Porto Alegre. Rescue teams in Canoas used boats to reach "
    "families stranded on rooftops.",
    "Standing water favours the spread of leptospirosis, health officials warned. Emergency funds of "
    "500 million reais were released on Thursday, according to the state government.",
    "Meteorologists said more rain was expected over the weekend.",
    "Photo: Residents wade through a flooded street in Canoas. REUTERS/Ana Ferraz",
],
    tags="inanimate place-not-actor forecast junk no-stance")

doc("wire-romania-trial", [
    "Corruption Trial of Former Romanian Minister Adjourned Until June",
    "BUCHAREST, April 2 (Reuters) - The corruption trial of former transport minister Dan "
    "Mih\u0103ilescu was adjourned until June 12 on Wednesday after defence lawyers submitted new "
    "documents to the court in Bucharest.",
    "Prosecutors allege that Mih\u0103ilescu took 2.4 million euros in bribes from construction firms "
    "between 2016 and 2019. He was arrested in 2021 and released under judicial control a year later.",
    "A verdict is not expected before the end of the year, legal experts said.",
    "Romania was under special EU monitoring of its judicial system from 2007 until the mechanism "
    "ended in 2023.",
    "Related coverage: Romania\u2019s anti-graft chief steps down",
],
    tags="place-not-actor forecast junk no-stance")

doc("wire-tariff-court-explainer", [
    "Could the Supreme Court Strike Down the Tariffs? Here\u2019s What to Know",
    "By Hannah Cole\nNov. 4, 2025",
    "WASHINGTON \u2014 The Supreme Court will hear arguments on Wednesday in a case that tests "
    "whether a 1977 emergency powers law allows a president to impose sweeping tariffs.",
    "What is the legal question? The law lets a president regulate imports during a national "
    "emergency, but it does not mention tariffs.",
    "What happens if the tariffs are struck down? Importers could seek refunds of more than $90 "
    "billion in duties already paid. If the court upholds them, future presidents could use the same "
    "law to impose tariffs without Congress.",
    "A ruling is expected by June, though the justices could act sooner.",
    "Read more: A timeline of the tariff fight",
],
    tags="question hypothetical forecast place-not-actor junk no-stance")

doc("wire-powerball", [
    "Powerball Jackpot Climbs to $1.2 Billion After No Winner",
    "Skip to main content | Menu | Search",
    "By Staff Reports\nUpdated 7:15 a.m. ET Dec. 22, 2024",
    "No ticket matched all six numbers in Saturday\u2019s Powerball drawing, pushing the jackpot for "
    "Monday\u2019s drawing to an estimated $1.2 billion, lottery officials said.",
    "The winning numbers were 3, 19, 28, 44 and 61, with a Powerball of 12. The odds of winning the "
    "jackpot are about 1 in 292 million.",
    "Two tickets sold in Texas and Florida matched five numbers, winning $1 million each. The largest "
    "jackpot in U.S. history, $2.04 billion, was won in California in 2022.",
    "By continuing to use this site, you agree to our use of cookies. Learn more.",
    "Subscribe for unlimited access. Already a subscriber? Log in.",
],
    tags="junk place-not-actor no-stance")


# =============================================================== checks + output
def check(docs):
    check_common(docs, DOC_TAGS, 3, 8)
    for d in docs:
        text = d["text"]
        headline = text.split("\n", 1)[0]
        assert headline and not headline.endswith("."), f"{d['id']}: headline must not end with a full stop"
        assert headline[0].isupper(), f"{d['id']}: headline must be Title Case"
        for tr in d["triples"]:
            where = f"{d['id']}: {tr['actor']} / {tr['topic']}"
            ev = tr["evidence"]
            assert text.count(ev) == 1, f"{where}: evidence occurs more than once: {ev!r}"
            if "speaker-document" in tr["tags"]:
                assert d.get("speaker"), f"{where}: speaker-document tag without speaker"
                assert re.search(tr["actor_match"], d["speaker"], re.I), f"{where}: actor_match misses speaker"


check(DOCS)
counts = count_tags(DOCS)
n_triples = sum(len(d["triples"]) for d in DOCS)
n_speaker = sum(1 for d in DOCS if d.get("speaker"))
check_tag_coverage(counts)
assert 45 <= len(DOCS) <= 60, len(DOCS)
assert n_triples >= 130, n_triples
assert n_speaker >= 6, n_speaker

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wire_gold.jsonl")
write_jsonl(DOCS, out)

print(f"{len(DOCS)} documents ({n_speaker} with speaker, "
      f"{sum(1 for d in DOCS if not d['triples'])} without triples), {n_triples} triples "
      f"({sum(t['stance'] == 'support' for d in DOCS for t in d['triples'])} support, "
      f"{sum(t['stance'] == 'oppose' for d in DOCS for t in d['triples'])} oppose)")
print("triple tags:")
for t in sorted(TRIPLE_TAGS):
    print(f"  {t:18s} {counts[t]}")
print("document tags:")
for t in sorted(DOC_TAGS):
    print(f"  {t:18s} {counts[t]}")
print("wrote", out, file=sys.stderr)
