#!/usr/bin/env python3
"""Generate blind_gold.jsonl: an independent, hand-annotated gold set shaped
like scraped online news articles (headline, dateline/byline, page junk,
quotes, reported speech, anaphora, metonymy, hedges, forecasts...).

It is meant only as a blind check of how stancegraph generalises: it was
written without looking at the extractor or at the other gold files.
Annotation follows tests' gold spec (actor / stance / topic / evidence,
actor_match and topic_match are case-insensitive regexes).

Run:  python3 make_blind_gold.py      (writes blind_gold.jsonl next to itself)
"""

import os
import re
import sys

from gold_builder import DOC_TAGS, S, check_common, check_tag_coverage, count_tags, make_doc, write_jsonl
from gold_builder import triple as t

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "blind_gold.jsonl")

DOCS = []


def doc(doc_id, paragraphs, triples=(), tags="", speaker=None):
    """One article: paragraphs are joined with blank lines; the first one is
    the headline. `tags` are document-level phenomenon tags."""
    DOCS.append(make_doc(doc_id, "\n\n".join(paragraphs), triples, speaker=speaker, tags=tags))


# ---------------------------------------------------------------------------
# Regex fragments reused across documents
EU = r"european union|\beu\b|brussels|european commission|commission"
US = r"united states|\bus\b|u\.s\.|washington|america"
UK = r"britain|united kingdom|\buk\b|london|british"

# ---------------------------------------------------------------------------
# 1. Water rights: the Nile dam
doc("nile-dam-filling", [
    "Cairo Rejects Timetable for Filling Nile Dam Reservoir",
    "CAIRO (AP) — Egypt’s foreign ministry on Sunday rejected the latest timetable for filling the reservoir behind Ethiopia’s hydroelectric dam on the Blue Nile, saying further filling without a binding agreement would threaten the water supply of more than 100 million people.",
    "The Grand Ethiopian Renaissance Dam, which cost about $4.8 billion, is the largest hydropower project in Africa and has been generating electricity since 2022.",
    "Addis Ababa has long insisted that the dam is vital to bring power to the roughly half of Ethiopians who still live without it. Ethiopian officials have dismissed Egypt’s concerns as exaggerated.",
    "Advertisement",
    "“We will not accept a policy of fait accompli on a river that is a matter of life for our people,” Foreign Minister Hany Suleiman told reporters in Cairo.",
    "Sudan, which lies between the two countries, has called for a legally binding deal on the dam’s operation. Khartoum also favours a joint data-sharing mechanism over the separate technical committees proposed by Ethiopia, according to a Sudanese official who spoke on condition of anonymity.",
    "Talks hosted by the African Union in Kinshasa collapsed in 2021, and a later round in Addis Ababa ended without progress.",
    "Analysts said a return to negotiations is unlikely before the rainy season begins in July.",
    "Read more: Egypt’s farmers count the cost of a shrinking river",
], [
    t("Egypt", "egypt|cairo", "oppose", "timetable for filling the dam reservoir", "timetable|fill|reservoir|dam",
      "Cairo Rejects Timetable for Filling", "headline capital-metonymy verb-cue"),
    t("Egyptian foreign ministry", "egypt|cairo|foreign ministry", "oppose", "timetable for filling the dam reservoir",
      "timetable|fill|reservoir|dam", "foreign ministry on Sunday rejected", "organization verb-cue"),
    t("Ethiopia", "ethiopia|addis ababa", "support", "Grand Ethiopian Renaissance Dam", "dam|renaissance",
      "the dam is vital to bring power", "capital-metonymy reported-speech adjective-cue"),
    t("Ethiopia", "ethiopia|addis ababa", "oppose", "Egypt's concerns over the dam", "concern",
      "have dismissed Egypt’s concerns", "demonym verb-cue"),
    t("Hany Suleiman", "suleiman|egypt", "oppose", "fait accompli policy on the Nile", "fait accompli|fill|dam|nile",
      "We will not accept a policy", "quote-speaker title-appositive negation"),
    t("Sudan", "sudan|khartoum", "support", "legally binding deal on dam operation", "binding|deal|agreement",
      "has called for a legally binding deal", "verb-cue"),
    t("Sudan", "sudan|khartoum", "support", "joint data-sharing mechanism", r"data.?sharing|mechanism",
      "Khartoum also favours a joint data-sharing mechanism", "capital-metonymy prefer-over according-to"),
    t("Sudan", "sudan|khartoum", "oppose", "separate technical committees", "technical committee|committee",
      "Khartoum also favours a joint data-sharing mechanism", "capital-metonymy prefer-over according-to"),
    t("Ethiopia", "ethiopia|addis ababa", "support", "separate technical committees", "technical committee|committee",
      "technical committees proposed by Ethiopia", "passive verb-cue"),
], tags="junk place-not-actor forecast")

# 2. Fisheries: northeast Atlantic mackerel
doc("mackerel-quotas", [
    "Norway, Faroes Defend Mackerel Quotas as Talks in London Stall",
    "By Ingrid Solberg",
    "March 14, 2025",
    "LONDON — Norway and the Faroe Islands on Thursday defended the mackerel quotas they set for themselves this year, even as scientists warned that the stock in the northeast Atlantic is being fished far above sustainable levels.",
    "The International Council for the Exploration of the Sea has advised a catch of no more than 174,357 tonnes for 2025, a cut of 22 percent. The quotas announced by coastal states add up to nearly 40 percent more than that.",
    "Britain and the European Union have urged the two countries to agree a binding sharing arrangement for the stock.",
    "“Norway supports a fair sharing arrangement based on where the fish actually swim,” Fisheries Minister Marit Holm said in a statement.",
    "The Scottish Pelagic Fishermen’s Association accused Oslo of taking fish that spend most of their lives in British waters and called for trade measures against Norwegian mackerel imports. Elspeth Munro, the association’s chief executive, called the Norwegian position indefensible.",
    "Another round of consultations is scheduled for October in Bergen. If no agreement is reached, the European Commission could propose restrictions on mackerel landings from the two countries.",
    "Sign up for our Ocean Briefing newsletter — delivered every Friday.",
], [
    t("Norway", "norw|oslo", "support", "own mackerel quotas", "mackerel|quota",
      "Norway, Faroes Defend Mackerel Quotas", "headline coordination verb-cue"),
    t("Faroe Islands", "faroe", "support", "own mackerel quotas", "mackerel|quota",
      "Norway, Faroes Defend Mackerel Quotas", "headline coordination verb-cue"),
    t("Norway", "norw|oslo", "support", "own mackerel quotas", "mackerel|quota",
      "on Thursday defended the mackerel quotas", "coordination verb-cue"),
    t("Faroe Islands", "faroe", "support", "own mackerel quotas", "mackerel|quota",
      "on Thursday defended the mackerel quotas", "coordination verb-cue"),
    t("United Kingdom", UK, "support", "binding sharing arrangement for mackerel", "sharing|arrangement|deal",
      "have urged the two countries to agree", "coordination addressee verb-cue"),
    t("European Union", EU, "support", "binding sharing arrangement for mackerel", "sharing|arrangement|deal",
      "have urged the two countries to agree", "coordination addressee verb-cue"),
    t("Marit Holm", "holm|norw", "support", "fair sharing arrangement for mackerel", "sharing|arrangement",
      "Norway supports a fair sharing arrangement", "quote-speaker title-appositive verb-cue"),
    t("Scottish Pelagic Fishermen's Association", "pelagic|fishermen", "oppose", "Norway's mackerel catch in British waters",
      "fish|mackerel|quota|norw|oslo", "accused Oslo of taking fish", "organization verb-cue"),
    t("Scottish Pelagic Fishermen's Association", "pelagic|fishermen", "support",
      "trade measures against Norwegian mackerel imports", "trade measure|import",
      "called for trade measures against", "organization verb-cue"),
    t("Elspeth Munro", "munro|pelagic|fishermen", "oppose", "Norwegian mackerel position", "position|quota|mackerel|norw",
      "called the Norwegian position indefensible", "title-appositive adjective-cue"),
], tags="junk hypothetical place-not-actor")

# 3. Pharmaceutical pricing
doc("medicare-drug-prices", [
    "Drugmakers Sue to Block Medicare Price Negotiations",
    "WASHINGTON (AP) — Three of the world’s largest pharmaceutical companies filed lawsuits on Tuesday challenging the government’s power to negotiate prices for their best-selling medicines, the latest escalation in a fight over the cost of prescription drugs.",
    "Under the 2022 law, Medicare can negotiate the prices of 10 drugs in the first round, rising to 20 a year by 2029. The program is projected to save taxpayers about $98.5 billion over a decade.",
    "The industry’s main lobby group, PhRMA, has spent more than $30 million lobbying against the provision since it was passed, according to disclosure filings.",
    "“This is price-setting dressed up as negotiation, and patients will pay for it with fewer cures,” said Dana Whitfield, a spokesperson for the group.",
    "Patient advocates hailed the program. AARP, which represents people over 50, said the negotiations were long overdue and urged the administration to extend them to more drugs.",
    "Health Secretary Laura Bennett defended the program in a call with reporters, saying the companies would still earn healthy profits. She also urged Congress to extend negotiation to drugs bought by private insurers.",
    "Legal experts said the cases could take years to reach the Supreme Court.",
    "Photo: A pharmacist fills a prescription in Arlington, Virginia. (AP Photo/Mark Delaney)",
], [
    t("drugmakers", "drugmaker|pharmaceutical|compan", "oppose", "Medicare drug price negotiations", "medicare|negotiat|price",
      "Drugmakers Sue to Block Medicare Price", "headline group-role-noun verb-cue"),
    t("pharmaceutical companies", "pharmaceutical|drugmaker|compan", "oppose", "government power to negotiate drug prices",
      "negotiat|price", "filed lawsuits on Tuesday challenging", "group-role-noun verb-cue"),
    t("PhRMA", "phrma|pharmaceutical research|lobby", "oppose", "Medicare price negotiation provision",
      "provision|negotiat|price|medicare", "lobbying against the provision", "organization according-to topic-anaphor verb-cue"),
    t("Dana Whitfield", "whitfield|phrma", "oppose", "Medicare price negotiation", "negotiat|price|medicare",
      "This is price-setting dressed up", "quote-speaker title-appositive"),
    t("patient advocates", "patient|advocate", "support", "Medicare price negotiation program", "program|negotiat|medicare",
      "Patient advocates hailed the program", "group-role-noun verb-cue topic-anaphor"),
    t("AARP", "aarp", "support", "Medicare price negotiations", "negotiat|medicare|price",
      "the negotiations were long overdue", "organization reported-speech adjective-cue"),
    t("AARP", "aarp", "support", "extending negotiations to more drugs", "extend|expan|negotiat|more drugs",
      "urged the administration to extend them", "organization addressee verb-cue topic-anaphor"),
    t("Laura Bennett", "bennett", "support", "Medicare price negotiation program", "program|negotiat|medicare",
      "defended the program in a call", "title-appositive verb-cue topic-anaphor"),
    t("Laura Bennett", "bennett", "support", "extending negotiation to drugs bought by private insurers",
      "extend|negotiat|private insur", "She also urged Congress to extend", "pronoun addressee verb-cue"),
], tags="junk forecast")

# 4. Airline merger
doc("lufthansa-ita-approval", [
    "Brussels Clears Lufthansa Stake in ITA Airways With Conditions",
    "BRUSSELS — The European Commission on Wednesday approved Lufthansa’s purchase of a 41 percent stake in Italy’s state-owned carrier ITA Airways, on condition that take-off and landing slots at Milan Linate are handed to rivals and that competitors can fly some transatlantic routes.",
    "The deal, worth 325 million euros, had been held up for months by competition concerns.",
    "Competition Commissioner Ana Ribeiro said the remedies had been tested with rival airlines. “We welcome these commitments, which keep affordable options open for travellers,” she said.",
    "Italian officials welcomed the decision, which ends years of uncertainty over the loss-making airline.",
    "Low-cost rival Ryanair slammed the approval as a sweetheart deal for Lufthansa and said it might consider a legal challenge.",
    "Consumer groups were more cautious. BEUC, the European consumer organisation, said it broadly supported the remedies but would watch fares on Italian domestic routes closely.",
    "Share this article",
    "Advertisement",
], [
    t("European Union", EU, "support", "Lufthansa stake in ITA Airways", "lufthansa|stake|ita",
      "Brussels Clears Lufthansa Stake", "headline capital-metonymy verb-cue"),
    t("European Commission", EU, "support", "Lufthansa stake in ITA Airways", "lufthansa|stake|ita|purchase",
      "The European Commission on Wednesday approved", "organization verb-cue"),
    t("Ana Ribeiro", "ribeiro|commission", "support", "merger commitments", "commitment|remed",
      "We welcome these commitments", "quote-speaker pronoun verb-cue"),
    t("Italy", "ital|rome", "support", "Commission decision on Lufthansa stake", "decision|stake|lufthansa|ita",
      "welcomed the decision", "demonym verb-cue topic-anaphor"),
    t("Ryanair", "ryanair", "oppose", "approval of Lufthansa stake", "approval|stake|lufthansa|deal",
      "Ryanair slammed the approval", "organization verb-cue topic-anaphor"),
    t("BEUC", "beuc|consumer", "support", "merger remedies", "remed|commitment",
      "it broadly supported the remedies", "organization hedge-lowered reported-speech verb-cue"),
], tags="junk")

# 5. University fees
doc("tuition-fee-rise", [
    "Students Vow to Fight Rise in Tuition Fees",
    "By Priya Natarajan, Education Correspondent",
    "Published 5 November 2024",
    "Tuition fees for undergraduates in England will rise to £9,535 a year from next autumn, the first increase since 2017.",
    "Education Secretary Helen Marsh told MPs the rise was necessary to stop universities going bust. She also backed tougher rules for recruitment agents who sign up international students.",
    "Universities UK, which represents 141 institutions, welcomed the announcement but said it would not close a funding gap estimated at £1.7 billion.",
    "The National Union of Students said it would fight the increase on campuses and in Parliament. Its president, Amira Khalid, said students already struggling with rents should not be asked to pay more. The union also called for a rent freeze in university-owned halls.",
    "The Liberal Democrats said ministers should reform the student loan system instead.",
    "Vice-chancellors warned privately that several institutions could still face insolvency next year.",
    "Read more: Which universities are in financial trouble?",
], [
    t("students", "student", "oppose", "tuition fee rise", "fee|tuition|rise|increase",
      "Students Vow to Fight Rise", "headline group-role-noun verb-cue"),
    t("Helen Marsh", "marsh", "support", "tuition fee rise", "fee|tuition|rise|increase",
      "the rise was necessary to stop", "title-appositive reported-speech adjective-cue"),
    t("Helen Marsh", "marsh", "support", "tougher rules for recruitment agents", "agent|rule",
      "She also backed tougher rules", "pronoun verb-cue"),
    t("Universities UK", "universities uk|\\buuk\\b", "support", "tuition fee rise announcement", "announcement|fee|tuition|rise|increase",
      "welcomed the announcement", "organization verb-cue topic-anaphor"),
    t("National Union of Students", "national union of students|\\bnus\\b", "oppose", "tuition fee rise", "fee|tuition|rise|increase",
      "said it would fight the increase", "organization reported-speech verb-cue"),
    t("Amira Khalid", "khalid|national union of students|\\bnus\\b", "oppose", "tuition fee rise",
      "fee|tuition|rise|increase|pay more", "should not be asked to pay more", "title-appositive reported-speech negation"),
    t("National Union of Students", "national union of students|\\bnus\\b|union", "support", "rent freeze in university halls",
      "rent", "The union also called for a rent freeze", "definite-anaphor organization verb-cue"),
    t("Liberal Democrats", "liberal democrat|lib dem", "support", "reform of the student loan system", "loan",
      "ministers should reform the student loan", "organization reported-speech"),
], tags="junk forecast")

# 6. Mining royalties
doc("chile-copper-royalty", [
    "Chile’s Senate Approves Copper Royalty Despite Industry Objections",
    "SANTIAGO, Chile — Chile’s Senate on Wednesday approved a new royalty on large copper mines after years of negotiations between the government, mining companies and opposition lawmakers.",
    "The levy, which applies to companies producing more than 50,000 tonnes a year, is expected to raise about $1.35 billion annually, part of it earmarked for regional development funds.",
    "Finance Minister Mario Castillo hailed the vote as a fair deal for Chileans and for investors. Castillo also dismissed calls from some senators to lower the rate for medium-sized mines.",
    "The National Mining Society, known as Sonami, had lobbied hard against earlier versions of the bill, arguing that higher taxes would make Chilean projects less competitive than those in Peru and Australia. Its president said on Wednesday that the society could live with the final text.",
    "Record copper prices have favoured producers this year, and the metal rose a further 1.2 percent in London trading on Wednesday.",
    "Environmental groups said part of the revenue should go to cleaning up abandoned tailings dams.",
], [
    t("Chilean Senate", "senate|chile", "support", "copper royalty", "royalt|levy",
      "Senate Approves Copper Royalty", "headline organization verb-cue"),
    t("mining industry", "industry|mining|compan", "oppose", "copper royalty", "royalt|levy",
      "Despite Industry Objections", "headline noun-cue group-role-noun"),
    t("Chilean Senate", "senate|chile", "support", "copper royalty", "royalt|levy",
      "Senate on Wednesday approved a new royalty", "organization verb-cue"),
    t("Mario Castillo", "castillo", "support", "copper royalty", "vote|royalt|levy|deal",
      "hailed the vote as a fair deal", "title-appositive verb-cue topic-anaphor"),
    t("Mario Castillo", "castillo", "oppose", "lower royalty rate for medium-sized mines", "rate|lower|medium",
      "Castillo also dismissed calls from some", "surname verb-cue"),
    t("some senators", "senator", "support", "lower royalty rate for medium-sized mines", "rate|lower|medium",
      "dismissed calls from some senators", "noun-cue group-role-noun"),
    t("Sonami", "sonami|mining society", "oppose", "earlier versions of the royalty bill", "bill|version|royalt",
      "had lobbied hard against earlier versions", "organization verb-cue topic-anaphor"),
    t("Sonami", "sonami|mining society|society", "support", "final text of the royalty bill", "final text|bill|royalt",
      "the society could live with the final text", "organization definite-anaphor hedge-lowered reported-speech"),
    t("environmental groups", "environmental", "support", "using royalty revenue to clean up tailings dams", "tailings|clean",
      "should go to cleaning up abandoned", "group-role-noun reported-speech"),
], tags="inanimate forecast place-not-actor")

# 7. Platform regulation
doc("flockr-dsa-fine", [
    "Brussels Slaps €210 Million Fine on Flockr Over Paid Blue Ticks",
    "BRUSSELS (Reuters) — The European Commission fined social media platform Flockr 210 million euros on Thursday, the first penalty under the bloc’s Digital Services Act, saying its paid verification badges deceived users.",
    "Flockr’s founder, Jordan Kessler, lashed out at the decision within minutes, calling it censorship with a price tag. He has long opposed the DSA, which he describes as a gag law.",
    "The company said it would challenge the fine at the EU’s General Court in Luxembourg.",
    "Washington also weighed in. A State Department spokesperson said the United States opposed efforts to punish American companies for protecting free speech.",
    "Digital rights groups welcomed the fine but said it came too late. “Users were misled for more than a year,” said Clara Weiss of the Berlin-based group Digitale Freiheit.",
    "Under the DSA, platforms can be fined up to 6 percent of global annual turnover. The Commission is also investigating Flockr’s handling of illegal content and is expected to issue a second decision next year.",
    "We use cookies to personalise content and ads. Accept all | Manage preferences",
], [
    t("European Commission", EU, "oppose", "Flockr's paid verification badges", "verification|badge|blue tick",
      "saying its paid verification badges deceived", "organization reported-speech"),
    t("Jordan Kessler", "kessler|flockr", "oppose", "EU fine on Flockr", "decision|fine|penalt",
      "lashed out at the decision", "title-appositive verb-cue topic-anaphor"),
    t("Jordan Kessler", "kessler", "oppose", "Digital Services Act", "dsa|digital services act",
      "He has long opposed the DSA", "pronoun verb-cue"),
    t("Flockr", "flockr", "oppose", "EU fine on Flockr", "fine|penalt|decision",
      "would challenge the fine", "definite-anaphor organization verb-cue"),
    t("United States", US + "|state department", "oppose", "EU fine punishing American companies", "punish|fine|compan",
      "the United States opposed efforts to", "reported-speech verb-cue"),
    t("digital rights groups", "digital rights|rights group", "support", "EU fine on Flockr", "fine|penalt",
      "Digital rights groups welcomed the fine", "group-role-noun verb-cue"),
], tags="junk forecast place-not-actor")

# 8. Football governance
doc("football-regulator-backstop", [
    "Premier League Balks at Regulator’s Power Over Broadcast Cash",
    "LONDON — The Premier League has told ministers it cannot support giving a new independent football regulator the final say over how television money is shared with lower divisions, setting up a clash as the Football Governance Bill returns to the House of Lords.",
    "In a letter seen by this newspaper, the league’s chief executive, Tom Hargreaves, argued that the so-called backstop power would deter investment in English clubs. The league has instead offered a voluntary settlement worth £925 million over six years.",
    "The English Football League, which represents 72 clubs below the top flight, has championed the backstop as the only way to force a fairer deal.",
    "Supporters’ groups have also thrown their weight behind the bill. The Football Supporters’ Association said the regulator would finally give fans a voice in decisions such as ground moves and ticket prices.",
    "Sports Minister Karen Doyle said the government did not oppose tweaks to the backstop mechanism.",
    "Top-flight clubs earned a combined £6.1 billion last season, according to Deloitte.",
    "Would a regulator have saved Bury, the club expelled from the league in 2019? The question still divides the game.",
    "Sign up to our free football newsletter, The Final Whistle.",
], [
    t("Premier League", "premier league", "oppose", "regulator's backstop power over broadcast money",
      "regulator|power|backstop|broadcast|television money", "Premier League Balks at Regulator’s Power",
      "headline organization verb-cue"),
    t("Premier League", "premier league", "oppose", "regulator's backstop power over broadcast money",
      "regulator|power|backstop|broadcast|television money|final say", "it cannot support giving a new",
      "organization negation reported-speech"),
    t("Tom Hargreaves", "hargreaves|premier league", "oppose", "regulator's backstop power", "backstop|power|regulator",
      "backstop power would deter investment", "title-appositive reported-speech topic-anaphor"),
    t("Premier League", "premier league|league", "support", "voluntary settlement with lower divisions", "settlement",
      "The league has instead offered a", "definite-anaphor organization verb-cue"),
    t("English Football League", "english football league|\\befl\\b", "support", "regulator's backstop power", "backstop",
      "has championed the backstop", "organization verb-cue"),
    t("supporters' groups", "supporter", "support", "Football Governance Bill", "bill|regulator|governance",
      "thrown their weight behind the bill", "group-role-noun verb-cue"),
    t("Football Supporters' Association", "supporters|\\bfsa\\b", "support", "independent football regulator", "regulator|bill",
      "the regulator would finally give fans", "organization reported-speech"),
    t("Karen Doyle", "doyle|government", "support", "tweaks to the backstop mechanism", "tweak|backstop|change",
      "did not oppose tweaks to the backstop", "title-appositive double-negation reported-speech"),
], tags="junk question")

# 9. Urban transport
doc("dublin-car-ban", [
    "Dublin Businesses Push Back Against City Centre Car Ban",
    "DUBLIN, Ireland — Retailers in Dublin’s city centre have come out against a council plan to ban private cars from the quays along the River Liffey, warning that footfall could fall sharply in the run-up to Christmas.",
    "The ban, which would divert about 18,000 vehicles a day, is due to take effect in August. City planners say buses on the quays currently move more slowly than walking pace at rush hour.",
    "Dublin Chamber, which represents 1,300 firms, said it was not against a cleaner city centre but wanted the ban delayed until a planned metro line opens.",
    "The move was hailed by cycling campaigners. “This is the best thing the council has done for the city in a decade,” said Aoife Brennan of the Dublin Cycling Campaign.",
    "Transport Minister Ciarán Dolan said he favoured the car ban over a congestion charge, which he described as a tax on workers.",
    "Councillors are expected to vote on final details next month.",
    "Photograph: Traffic on Bachelors Walk in Dublin. Credit: Sean Gallagher/Staff",
], [
    t("Dublin businesses", "business|retailer", "oppose", "city centre car ban", "car|ban|plan",
      "Businesses Push Back Against City Centre", "headline group-role-noun verb-cue"),
    t("Dublin retailers", "retailer|business", "oppose", "council plan to ban private cars from the quays", "car|ban|plan",
      "have come out against a council plan", "group-role-noun verb-cue"),
    t("Dublin City Council", "council|dublin", "support", "ban on private cars from the quays", "car|ban|plan",
      "against a council plan to ban", "noun-cue organization"),
    t("Dublin Chamber", "chamber", "support", "cleaner city centre", "clean",
      "it was not against a cleaner", "organization double-negation reported-speech"),
    t("Dublin Chamber", "chamber", "support", "delaying the car ban", "delay",
      "wanted the ban delayed until", "organization reported-speech verb-cue"),
    t("cycling campaigners", "cycl", "support", "city centre car ban", "move|car|ban|plan",
      "The move was hailed by cycling", "passive group-role-noun verb-cue topic-anaphor"),
    t("Aoife Brennan", "brennan|cycling campaign", "support", "city centre car ban", "car|ban|plan|move",
      "the best thing the council has", "quote-speaker adjective-cue topic-anaphor"),
    t("Ciarán Dolan", "dolan", "support", "city centre car ban", "car|ban",
      "he favoured the car ban over", "title-appositive prefer-over reported-speech"),
    t("Ciarán Dolan", "dolan", "oppose", "congestion charge", "congestion",
      "he favoured the car ban over", "title-appositive prefer-over reported-speech"),
], tags="junk forecast")

# 10. Space policy
doc("europe-rockets-split", [
    "France and Germany Split Over Future of Europe’s Rockets",
    "PARIS — France and Germany are at odds over how Europe should build its next generation of rockets, with Paris defending the Ariane programme and Berlin pushing for an open competition among start-ups.",
    "Ariane 6 made its first flight in July 2024 after four years of delays. The European Space Agency has spent about 4 billion euros on its development.",
    "German officials argue that a competition modelled on NASA’s commercial programmes would cut costs. “Europe cannot afford a single national champion any more,” said Frank Lehner, a state secretary in the economy ministry.",
    "The French space agency CNES has resisted that approach, saying it would waste money already spent on Ariane.",
    "Italy, which builds the smaller Vega rocket, has signalled openness to a compromise in which start-ups would compete for a share of institutional launches.",
    "ESA ministers will meet in Bremen in November to decide on funding. A senior agency official said a deal was possible but far from certain.",
    "Advertisement",
], [
    t("France", "france|paris|french", "support", "Ariane programme", "ariane",
      "Paris defending the Ariane programme", "capital-metonymy verb-cue"),
    t("Germany", "german|berlin", "support", "open competition among launch start-ups", r"competition|start.?up",
      "Berlin pushing for an open competition", "capital-metonymy verb-cue"),
    t("Germany", "german|berlin", "support", "open competition among launch start-ups", r"competition|start.?up",
      "German officials argue that a competition", "demonym reported-speech"),
    t("Frank Lehner", "lehner|german", "oppose", "single national launch champion", "champion|single|ariane",
      "Europe cannot afford a single national", "quote-speaker title-appositive negation"),
    t("CNES", "cnes|french space agency|france", "oppose", "open competition among launch start-ups",
      r"approach|competition|start.?up", "has resisted that approach", "organization verb-cue topic-anaphor"),
    t("Italy", "ital|rome", "support", "compromise letting start-ups compete for launches", r"compromise|start.?up|launch",
      "has signalled openness to a compromise", "hedge-lowered verb-cue"),
], tags="junk place-not-actor forecast")

# 11. Nuclear power
doc("niigata-nuclear-restart", [
    "Niigata Governor Signals Openness to Restarting World’s Largest Nuclear Plant",
    "TOKYO (AP) — The governor of Niigata prefecture, Kenji Moriyama, said on Friday he was open to allowing the Kashiwazaki-Kariwa nuclear power plant to resume operations, a key step toward the first restart of a reactor run by Tokyo Electric Power since the 2011 Fukushima disaster.",
    "The plant, with seven reactors and a total capacity of 8.2 gigawatts, has been offline for more than a decade.",
    "The central government has pushed for restarts to cut fuel imports and meet climate targets. Tokyo wants nuclear power to supply about 20 percent of the country’s electricity by 2040, and a weaker yen, which makes imported gas more expensive, favours that shift.",
    "Moriyama said he would seek the views of residents before giving final approval. Moriyama also backed a plan to build two new evacuation roads from the coast.",
    "Anti-nuclear groups in the prefecture said evacuation routes remained inadequate and vowed to fight any restart in court.",
    "The utility, known as TEPCO, welcomed the governor’s remarks and said safety upgrades costing 1.17 trillion yen were complete.",
    "Related: Japan’s nuclear comeback, explained",
], [
    t("Kenji Moriyama", "moriyama|niigata|governor", "support", "restart of Kashiwazaki-Kariwa nuclear plant",
      "restart|nuclear|plant|kashiwazaki", "Governor Signals Openness to Restarting", "headline title-appositive hedge-lowered verb-cue"),
    t("Kenji Moriyama", "moriyama|niigata|governor", "support", "restart of Kashiwazaki-Kariwa nuclear plant",
      "restart|nuclear|plant|kashiwazaki|resume", "he was open to allowing the", "title-appositive reported-speech adjective-cue hedge-lowered"),
    t("Japanese government", "japan|tokyo|government", "support", "nuclear reactor restarts", "restart|nuclear|reactor",
      "has pushed for restarts", "organization verb-cue"),
    t("Japan", "japan|tokyo", "support", "nuclear power supplying 20 percent of electricity", "nuclear",
      "Tokyo wants nuclear power to supply", "capital-metonymy verb-cue"),
    t("Kenji Moriyama", "moriyama", "support", "new evacuation roads", "evacuation road|road",
      "Moriyama also backed a plan to", "surname verb-cue"),
    t("anti-nuclear groups", "anti-nuclear|nuclear group", "oppose", "restart of Kashiwazaki-Kariwa nuclear plant",
      "restart|nuclear|plant|kashiwazaki", "vowed to fight any restart", "group-role-noun verb-cue"),
    t("TEPCO", "tepco|tokyo electric|utility", "support", "restart of Kashiwazaki-Kariwa nuclear plant",
      "remark|restart|plant", "welcomed the governor’s remarks", "definite-anaphor organization verb-cue topic-anaphor"),
], tags="junk inanimate")

# 12. Refugees
doc("chad-refugee-appeal", [
    "UN Refugee Agency Urges Donors to Fund Chad Camps as Arrivals Surge",
    "N’DJAMENA, Chad — The United Nations refugee agency on Tuesday appealed for $400 million to support Sudanese refugees in eastern Chad, where more than 700,000 people have arrived since the war in Sudan began in April 2023.",
    "Aid workers say the camps around Adré hold more than twice the number of people they were built for, and cholera cases rose sharply in August.",
    "“We are calling on every donor to step up now, before the rains,” said Mamadou Diallo, the agency’s representative in Chad. The agency also urged Chad’s neighbours to keep their borders open to people fleeing the fighting.",
    "Chad’s government has kept its border open but has asked for help relocating refugees away from the frontier. N’Djamena opposes any plan to build permanent settlements, according to officials.",
    "The European Union announced an additional 30 million euros in humanitarian aid last week.",
    "Donor fatigue and cuts to U.S. foreign aid mean the appeal is likely to fall short, aid officials said.",
    "This article is part of our Crisis Desk series. Support independent journalism — donate today.",
], [
    t("UNHCR", "unhcr|refugee agency|united nations|\\bun\\b", "support", "donor funding for refugee camps in Chad",
      "fund|camp|refugee|donor", "Urges Donors to Fund Chad Camps", "headline organization addressee verb-cue"),
    t("UNHCR", "unhcr|refugee agency|united nations|\\bun\\b", "support", "$400 million for Sudanese refugees in Chad",
      "refugee|million|fund|appeal", "appealed for $400 million", "organization verb-cue"),
    t("Mamadou Diallo", "diallo|unhcr|refugee agency", "support", "donor funding for refugees in Chad", "donor|fund|step up",
      "We are calling on every donor", "quote-speaker title-appositive addressee"),
    t("UNHCR", "unhcr|refugee agency|agency", "support", "keeping borders open to refugees", "border",
      "urged Chad’s neighbours to keep their", "definite-anaphor organization addressee verb-cue"),
    t("Chad", "chad|n.djamena", "support", "relocating refugees away from the frontier", "relocat",
      "has asked for help relocating refugees", "organization verb-cue"),
    t("Chad", "chad|n.djamena", "oppose", "permanent refugee settlements", "settlement",
      "N’Djamena opposes any plan to build", "capital-metonymy according-to verb-cue"),
], tags="junk forecast")

# 13. Sanctions on a regime
doc("belarus-sanctions-potash", [
    "EU Ministers Back New Belarus Sanctions as Budapest Holds Out on Potash",
    "BRUSSELS — European Union foreign ministers on Monday agreed on a new package of sanctions against Belarus over the imprisonment of more than 1,200 political prisoners, but Hungary balked at extending the measures to the country’s potash exports.",
    "Potash, a key ingredient in fertiliser, is one of Belarus’s biggest sources of foreign currency.",
    "Lithuania and Poland have lobbied for a full ban on Belarusian potash transiting the EU, according to diplomats. Hungarian officials argued that such a ban would push up food prices for European farmers, and Slovakia appeared to side with Budapest.",
    "The bloc’s foreign policy chief, Elena Vrba, said the package sent a clear message to Minsk. “The regime must release all political prisoners, unconditionally,” she said.",
    "Belarus’s foreign ministry dismissed the sanctions as illegitimate and said they would only strengthen the country’s resolve.",
    "Diplomats said the potash measures could be adopted at a summit next month if Budapest lifts its objections.",
], [
    t("EU foreign ministers", r"\beu\b|european union|minister", "support", "new sanctions on Belarus", "sanction|belarus",
      "EU Ministers Back New Belarus Sanctions", "headline group-role-noun verb-cue"),
    t("Hungary", "hungar|budapest", "oppose", "sanctions on Belarusian potash", "potash",
      "Budapest Holds Out on Potash", "headline capital-metonymy verb-cue"),
    t("EU foreign ministers", r"\beu\b|european union|minister", "support", "new sanctions on Belarus", "sanction|belarus|package",
      "foreign ministers on Monday agreed on", "group-role-noun verb-cue"),
    t("Hungary", "hungar|budapest", "oppose", "extending sanctions to Belarusian potash", "potash|extend",
      "Hungary balked at extending the measures", "verb-cue"),
    t("Lithuania", "lithuania|vilnius", "support", "full ban on Belarusian potash transit", "potash|ban",
      "have lobbied for a full ban", "coordination according-to verb-cue"),
    t("Poland", "poland|polish|warsaw", "support", "full ban on Belarusian potash transit", "potash|ban",
      "have lobbied for a full ban", "coordination according-to verb-cue"),
    t("Hungary", "hungar|budapest", "oppose", "full ban on Belarusian potash transit", "ban|potash",
      "Hungarian officials argued that such a ban", "demonym reported-speech topic-anaphor"),
    t("Slovakia", "slovak|bratislava", "oppose", "full ban on Belarusian potash transit", "potash|ban",
      "Slovakia appeared to side with Budapest", "hedge-lowered verb-cue"),
    t("Elena Vrba", r"vrba|\beu\b|european union", "support", "new sanctions package on Belarus", "package|sanction",
      "the package sent a clear message", "title-appositive reported-speech topic-anaphor"),
    t("Elena Vrba", "vrba", "support", "release of all political prisoners in Belarus", "release|political prisoner",
      "The regime must release all political", "quote-speaker pronoun"),
    t("Belarus", "belarus|minsk", "oppose", "EU sanctions on Belarus", "sanction",
      "foreign ministry dismissed the sanctions", "organization verb-cue"),
], tags="hypothetical forecast")

# 14. Election dispute
doc("mozambique-election-dispute", [
    "Mozambique Opposition Rejects Election Result, Calls for Recount",
    "MAPUTO, Mozambique (AP) — Mozambique’s main opposition party on Friday rejected official results showing the ruling Frelimo party winning 71 percent of the presidential vote, and called on the Constitutional Council to order a recount in all 11 provinces.",
    "Opposition leader Daniel Macuácua, who says he won the election, urged supporters to keep protesting peacefully. He also turned down an offer of talks from the outgoing president, calling it a trap.",
    "At least 30 people have been killed in clashes with police since the vote, according to the rights group Plataforma Decide.",
    "European Union observers said they had seen irregularities during the counting at some polling stations. Washington and Pretoria called for restraint on all sides.",
    "Frelimo dismissed the fraud allegations. A party spokesman said Frelimo would not accept any attempt to overturn the count through violence.",
    "The council has until December 23 to certify the results. Will the protests subside before then? Few in Maputo expect so.",
    "Share on Facebook | Share on X | Email",
], [
    t("Mozambican opposition", "opposition", "oppose", "official election result", "result|election",
      "Opposition Rejects Election Result", "headline organization verb-cue"),
    t("Mozambican opposition", "opposition", "support", "recount of the vote", "recount",
      "Calls for Recount", "headline organization verb-cue"),
    t("main opposition party", "opposition", "oppose", "official election result", "result|election",
      "on Friday rejected official results", "organization verb-cue"),
    t("main opposition party", "opposition", "support", "recount of the vote", "recount",
      "called on the Constitutional Council to", "organization addressee verb-cue"),
    t("Daniel Macuácua", "macu[aá]cua|opposition", "support", "peaceful protests", "protest",
      "urged supporters to keep protesting peacefully", "title-appositive addressee verb-cue"),
    t("Daniel Macuácua", "macu[aá]cua", "oppose", "offer of talks from the president", "talk|offer",
      "He also turned down an offer", "pronoun verb-cue"),
    t("outgoing president", "president", "support", "talks with the opposition", "talk",
      "an offer of talks from the", "noun-cue"),
    t("United States", US, "support", "restraint on all sides", "restraint",
      "Washington and Pretoria called for restraint", "coordination capital-metonymy verb-cue"),
    t("South Africa", "south africa|pretoria", "support", "restraint on all sides", "restraint",
      "Washington and Pretoria called for restraint", "coordination capital-metonymy verb-cue"),
    t("Frelimo", "frelimo|ruling party", "oppose", "fraud allegations", "fraud|allegation",
      "Frelimo dismissed the fraud allegations", "organization verb-cue"),
    t("Frelimo", "frelimo|ruling party|spokesman", "oppose", "attempt to overturn the count", "overturn|count",
      "would not accept any attempt to", "organization negation reported-speech"),
], tags="junk question forecast place-not-actor")

# 15. Central bank independence
doc("romania-central-bank", [
    "Economists Slam Plan to Curb Romanian Central Bank’s Independence",
    "BUCHAREST — A proposal by Romania’s ruling coalition to let parliament dismiss the central bank’s governor by a simple majority has drawn sharp criticism from economists and investors, who warn it could unsettle markets already jittery about the country’s budget deficit.",
    "Romania’s deficit reached 8.6 percent of gross domestic product last year, the highest in the European Union.",
    "Coalition lawmakers defended the bill, saying the governor had been in office for more than two decades and that accountability was overdue. “No official in a democracy should be untouchable,” said Sorin Dumitrescu, who drafted the measure.",
    "The European Central Bank said in a legal opinion that the draft would be incompatible with EU treaties, which guarantee the independence of national central banks. Dumitrescu rejected the ECB’s objections as foreign interference.",
    "President Andrei Talpeș said he would not sign the law in its current form.",
    "The leu weakened 0.4 percent against the euro after the bill cleared a committee vote on Tuesday.",
    "If the measure passes the lower house, rating agencies could cut Romania’s debt to junk, analysts at ING said in a note.",
    "Andreea Popescu is our Bucharest correspondent. She previously covered markets in Vienna.",
], [
    t("economists", "economist", "oppose", "plan to let parliament dismiss the central bank governor",
      "plan|proposal|bill|dismiss|governor|independence|curb", "Economists Slam Plan to Curb", "headline group-role-noun verb-cue"),
    t("Romanian ruling coalition", "coalition|romania", "support", "plan to let parliament dismiss the central bank governor",
      "plan|proposal|bill|dismiss|governor", "A proposal by Romania’s ruling coalition", "noun-cue organization"),
    t("economists", "economist", "oppose", "plan to let parliament dismiss the central bank governor",
      "plan|proposal|bill|dismiss|governor", "drawn sharp criticism from economists and investors",
      "passive noun-cue coordination group-role-noun"),
    t("investors", "investor", "oppose", "plan to let parliament dismiss the central bank governor",
      "plan|proposal|bill|dismiss|governor", "drawn sharp criticism from economists and investors",
      "passive noun-cue coordination group-role-noun"),
    t("coalition lawmakers", "coalition|lawmaker", "support", "bill to let parliament dismiss the central bank governor",
      "bill|plan|proposal|dismiss|governor", "Coalition lawmakers defended the bill", "group-role-noun verb-cue topic-anaphor"),
    t("Sorin Dumitrescu", "dumitrescu", "support", "bill to let parliament dismiss the central bank governor",
      "bill|measure|dismiss|governor|accountab", "No official in a democracy should", "quote-speaker"),
    t("European Central Bank", r"\becb\b|european central bank", "oppose", "bill to let parliament dismiss the central bank governor",
      "draft|bill|plan|dismiss|governor", "the draft would be incompatible with", "organization reported-speech adjective-cue topic-anaphor"),
    t("Sorin Dumitrescu", "dumitrescu", "oppose", "ECB objections to the bill", r"objection|\becb\b",
      "Dumitrescu rejected the ECB’s objections", "surname verb-cue"),
    t("Andrei Talpeș", "talpe", "oppose", "bill to let parliament dismiss the central bank governor",
      "law|bill|dismiss|governor", "he would not sign the law", "title-appositive negation reported-speech"),
], tags="junk hypothetical")

# 16. Wildfire policy
doc("bc-cultural-burning", [
    "British Columbia Ranchers, First Nations Back Cultural Burning Plan",
    "VICTORIA, British Columbia — British Columbia will triple the area treated with prescribed and cultural burning over the next five years under a plan released on Monday, after record wildfires in 2023 burned more than 2.8 million hectares.",
    "Forests Minister Ravi Sandhu called the strategy long overdue and essential to protecting rural communities. Sandhu ruled out a province-wide ban on backcountry campfires, however, saying it would be impossible to enforce.",
    "Hot, dry summers and decades of fire suppression favour the spread of large, fast-moving fires, according to the province’s wildfire service.",
    "The BC Cattlemen’s Association said it supported the plan because grazing land lost to overgrown forest had cut herd sizes. Several First Nations leaders said their communities practised cultural burning for thousands of years before it was banned in the 1870s.",
    "Residents of some Okanagan towns said they were worried about smoke and opposed burns within five kilometres of their homes.",
    "The Opposition Conservatives said they favoured mechanical thinning by logging crews over more fire on the landscape.",
    "Fire officials warned that this summer could be one of the worst on record.",
    "Photo: A crew member lights a controlled burn near Kamloops. (Alan Fraser/Staff)",
], [
    t("British Columbia ranchers", "rancher|cattlemen", "support", "cultural burning plan", "burn|plan",
      "Ranchers, First Nations Back Cultural Burning", "headline coordination group-role-noun verb-cue"),
    t("First Nations", "first nation", "support", "cultural burning plan", "burn|plan",
      "Ranchers, First Nations Back Cultural Burning", "headline coordination group-role-noun verb-cue"),
    t("Ravi Sandhu", "sandhu", "support", "prescribed and cultural burning strategy", "strategy|burn|plan",
      "called the strategy long overdue", "title-appositive adjective-cue topic-anaphor"),
    t("Ravi Sandhu", "sandhu", "oppose", "province-wide ban on backcountry campfires", "campfire|ban",
      "Sandhu ruled out a province-wide ban", "surname verb-cue"),
    t("BC Cattlemen's Association", "cattlemen|rancher", "support", "prescribed and cultural burning plan", "burn|plan",
      "said it supported the plan", "organization reported-speech verb-cue topic-anaphor"),
    t("Okanagan residents", "resident|okanagan", "oppose", "burns near homes", "burn",
      "opposed burns within five kilometres", "group-role-noun reported-speech verb-cue"),
    t("BC Conservatives", "conservative", "support", "mechanical thinning by logging crews", "thinning",
      "they favoured mechanical thinning by logging", "organization prefer-over reported-speech"),
    t("BC Conservatives", "conservative", "oppose", "more fire on the landscape", "fire|burn",
      "they favoured mechanical thinning by logging", "organization prefer-over reported-speech"),
], tags="junk inanimate forecast")

# 17. Gun laws
doc("colorado-rifle-ban", [
    "Gun Rights Group Vows to Fight Colorado Assault Weapons Ban",
    "DENVER (AP) — Colorado’s governor signed a law on Thursday banning the sale of most semiautomatic rifles with detachable magazines, making the state the 11th to adopt such restrictions.",
    "Under the law, buyers must complete a safety course and wait 10 days before taking possession. It takes effect in August 2026.",
    "Rocky Mountain Gun Owners said it would file suit the same day, arguing the ban violates the Second Amendment. “We will fight this in every court in the country,” said the group’s director, Tyler Haskins.",
    "Moms Demand Action, a gun-safety group founded after the Sandy Hook shooting, hailed the law as a model for other states. The state’s largest police union did not oppose the measure.",
    "Several county sheriffs have said they will not enforce it.",
    "The National Shooting Sports Foundation, an industry group, estimated that the law would affect about 40 percent of rifles currently sold in the state.",
    "Related coverage: Which states have assault weapons bans?",
], [
    t("Rocky Mountain Gun Owners", "gun owners|gun rights", "oppose", "Colorado assault weapons ban", "ban|assault|rifle|weapon",
      "Gun Rights Group Vows to Fight", "headline organization verb-cue"),
    t("Colorado governor", "governor|colorado", "support", "ban on sale of semiautomatic rifles", "ban|law|rifle|weapon",
      "governor signed a law on Thursday banning", "verb-cue"),
    t("Rocky Mountain Gun Owners", "gun owners|gun rights", "oppose", "Colorado assault weapons ban", "ban|assault|rifle|weapon",
      "arguing the ban violates the Second", "organization reported-speech"),
    t("Tyler Haskins", "haskins|gun owners", "oppose", "Colorado assault weapons ban", "ban|assault|rifle|weapon",
      "We will fight this in every", "quote-speaker title-appositive topic-anaphor"),
    t("Moms Demand Action", "moms demand|gun-safety|gun safety", "support", "Colorado assault weapons ban", "law|ban|rifle|weapon",
      "hailed the law as a model", "organization verb-cue topic-anaphor"),
    t("Colorado police union", "police union|union", "support", "Colorado assault weapons ban", "measure|law|ban|rifle|weapon",
      "did not oppose the measure", "organization double-negation topic-anaphor"),
    t("county sheriffs", "sheriff", "oppose", "Colorado assault weapons ban", "ban|law|measure|rifle|weapon",
      "they will not enforce it", "group-role-noun negation reported-speech topic-anaphor"),
], tags="junk forecast")

# 18. Abortion law
doc("poland-abortion-vote", [
    "Polish Coalition Partner Balks at Abortion Bill",
    "WARSAW, Poland — Poland’s parliament on Friday narrowly rejected a bill that would have decriminalised helping a woman to end a pregnancy, after lawmakers from a junior coalition party voted against it.",
    "The vote was 218 to 215. Under current law, abortion is permitted only when a pregnancy results from rape or incest or threatens the woman’s life.",
    "Prime Minister Piotr Zalewski, who promised during the campaign to liberalise the law, said his government would keep working to change it.",
    "The Roman Catholic bishops’ conference had campaigned against the bill.",
    "Thousands of people gathered outside the parliament building in Warsaw after the vote.",
    "Newsletter: Get the Central Europe Brief in your inbox every Tuesday. Sign up",
], [
    t("junior coalition party", "coalition|psl|polish people|peasant|lawmaker", "oppose", "abortion decriminalisation bill",
      "abortion|bill|decriminali", "Coalition Partner Balks at Abortion Bill", "headline organization verb-cue"),
    t("Polish parliament", "parliament|sejm|poland|polish", "oppose", "abortion decriminalisation bill", "abortion|bill|decriminali",
      "narrowly rejected a bill that would", "organization verb-cue"),
    t("junior coalition party lawmakers", "coalition|psl|polish people|peasant|lawmaker", "oppose", "abortion decriminalisation bill",
      "abortion|bill|decriminali", "coalition party voted against it", "group-role-noun verb-cue topic-anaphor"),
    t("Piotr Zalewski", "zalewski", "support", "liberalising the abortion law", "liberali|abortion|law",
      "promised during the campaign to liberalise", "title-appositive verb-cue"),
    t("Polish government", "zalewski|government|poland|polish", "support", "changing the abortion law", "abortion|law|liberali|change",
      "his government would keep working to", "reported-speech topic-anaphor"),
    t("Catholic bishops' conference", "bishop|church|catholic", "oppose", "abortion decriminalisation bill", "abortion|bill|decriminali",
      "had campaigned against the bill", "organization verb-cue"),
], tags="junk place-not-actor")

# 19. Drug decriminalisation
doc("oregon-drug-recriminalisation", [
    "Oregon Lawmakers Vote to Recriminalise Drug Possession",
    "SALEM, Oregon (AP) — Oregon lawmakers on Friday voted to make possession of small amounts of hard drugs a crime again, rolling back a first-in-the-nation decriminalisation law passed by ballot measure in 2020.",
    "Overdose deaths in Oregon rose from 280 in 2019 to more than 1,380 in 2023, according to state figures, though researchers have not established that the law itself caused the increase.",
    "Governor Elaine Porter said she would sign the bill, which also expands funding for addiction treatment.",
    "Drug policy reform advocates lashed out at the decision. “Sending people to jail for being sick has never worked,” said Marcus Reyes of the Drug Policy Alliance.",
    "Business leaders in Portland largely backed the change. Police chiefs said they would prefer treatment referrals over jail for first-time offenders.",
    "The law takes effect on September 1.",
    "Advertisement",
], [
    t("Oregon lawmakers", "lawmaker|legislat|oregon", "support", "recriminalising drug possession", "recriminali|possession|crime",
      "Lawmakers Vote to Recriminalise Drug Possession", "headline group-role-noun verb-cue"),
    t("Oregon lawmakers", "lawmaker|legislat|oregon", "support", "recriminalising drug possession", "recriminali|possession|crime",
      "voted to make possession of small", "group-role-noun verb-cue"),
    t("Oregon lawmakers", "lawmaker|legislat|oregon", "oppose", "drug decriminalisation law", "decriminali",
      "rolling back a first-in-the-nation decriminalisation law", "group-role-noun verb-cue"),
    t("Elaine Porter", "porter|governor", "support", "bill recriminalising drug possession", "bill|recriminali|possession",
      "she would sign the bill", "title-appositive reported-speech"),
    t("drug policy reform advocates", "advocate|drug policy|reform", "oppose", "recriminalising drug possession",
      "decision|recriminali|possession|bill", "reform advocates lashed out at the decision", "group-role-noun verb-cue topic-anaphor"),
    t("Marcus Reyes", "reyes|drug policy alliance", "oppose", "jailing drug users", "jail|recriminali|possession",
      "Sending people to jail for being", "quote-speaker"),
    t("Portland business leaders", "business", "support", "recriminalising drug possession", "change|recriminali|possession",
      "largely backed the change", "group-role-noun hedge-lowered verb-cue topic-anaphor"),
    t("police chiefs", "police", "support", "treatment referrals for first-time offenders", "treatment|referral",
      "would prefer treatment referrals over jail", "group-role-noun prefer-over reported-speech"),
    t("police chiefs", "police", "oppose", "jail for first-time drug offenders", "jail",
      "would prefer treatment referrals over jail", "group-role-noun prefer-over reported-speech"),
], tags="junk")

# 20. Shipping emissions
doc("imo-shipping-levy", [
    "Pacific Nations Push for Global Levy on Shipping Emissions",
    "LONDON (Reuters) — Small island states in the Pacific renewed their call on Monday for a levy of at least $150 per tonne on greenhouse gas emissions from ships, as talks opened at the International Maritime Organization’s headquarters in London. They also want most of the revenue to go to the countries most exposed to climate change.",
    "Shipping accounts for nearly 3 percent of global emissions, roughly the same as Germany.",
    "The European Union, Brazil and Kenya have backed a levy, though Brasília prefers a lower rate.",
    "Saudi Arabia and other oil producers oppose any levy, arguing it would raise costs for developing countries that depend on imports. Riyadh favours a fuel standard over a carbon price, according to delegates.",
    "China has not said publicly whether it would accept a levy.",
    "“The ocean is rising around us while we negotiate commas,” said Losa Teuila, Tuvalu’s climate envoy.",
    "A final decision is expected in October.",
], [
    t("Pacific island nations", "pacific|island", "support", "global levy on shipping emissions", "levy",
      "Pacific Nations Push for Global Levy", "headline group-role-noun verb-cue"),
    t("Pacific small island states", "pacific|island", "support", "global levy on shipping emissions", "levy",
      "renewed their call on Monday for", "group-role-noun noun-cue"),
    t("Pacific small island states", "pacific|island", "support", "levy revenue for climate-vulnerable countries", "revenue",
      "They also want most of the", "pronoun verb-cue"),
    t("European Union", EU, "support", "global levy on shipping emissions", "levy",
      "Brazil and Kenya have backed a levy", "coordination verb-cue"),
    t("Brazil", "brazil|bras[ií]lia", "support", "global levy on shipping emissions", "levy",
      "Brazil and Kenya have backed a levy", "coordination verb-cue"),
    t("Kenya", "kenya|nairobi", "support", "global levy on shipping emissions", "levy",
      "Brazil and Kenya have backed a levy", "coordination verb-cue"),
    t("Brazil", "brazil|bras[ií]lia", "support", "lower levy rate", "lower|rate",
      "Brasília prefers a lower rate", "capital-metonymy verb-cue"),
    t("Saudi Arabia", "saudi|riyadh", "oppose", "global levy on shipping emissions", "levy",
      "oil producers oppose any levy", "coordination verb-cue"),
    t("oil producers", "oil producer|producer", "oppose", "global levy on shipping emissions", "levy",
      "oil producers oppose any levy", "coordination group-role-noun verb-cue"),
    t("Saudi Arabia", "saudi|riyadh", "support", "fuel standard for ships", "fuel standard",
      "Riyadh favours a fuel standard over", "capital-metonymy prefer-over according-to"),
    t("Saudi Arabia", "saudi|riyadh", "oppose", "carbon price on shipping", "carbon pric",
      "Riyadh favours a fuel standard over", "capital-metonymy prefer-over according-to"),
], tags="forecast place-not-actor")

# 21. Press release (speaker): offshore wind auctions
doc("press-nordwind-offshore", [
    "NordWind Energy Welcomes Government Decision to Expand Offshore Wind Auctions",
    "PRESS RELEASE",
    "Hamburg, 12 March 2025",
    "NordWind Energy today welcomed the federal government’s decision to raise the volume of offshore wind capacity auctioned this year to 5.5 gigawatts.",
    "We have long argued that predictable auction volumes are the single most important factor for investment in the supply chain, from steel foundations to installation vessels.",
    "However, we continue to oppose negative bidding, under which developers pay the state for the right to build. This model has driven up costs in other markets and contributed to cancelled projects.",
    "We prefer two-sided contracts for difference over the current system, as they protect both consumers and investors from price swings.",
    "“Today’s decision is a strong signal for the industry and for jobs in northern Germany,” said Katrin Albers, Chief Executive Officer of NordWind Energy.",
    "About NordWind Energy: NordWind Energy develops and operates offshore wind farms in the North Sea and the Baltic Sea, with 3.2 GW in operation. Media contact: press@nordwind.example",
], [
    t("NordWind Energy", "nordwind", "support", "expansion of offshore wind auctions", "decision|auction|offshore wind",
      "NordWind Energy Welcomes Government Decision", "headline organization verb-cue"),
    t("NordWind Energy", "nordwind", "support", "expansion of offshore wind auctions", "decision|auction|offshore wind",
      "NordWind Energy today welcomed the federal", "organization verb-cue"),
    t("German federal government", "government|german|federal", "support", "raising offshore wind auction volumes",
      "auction|offshore wind|volume", "Government Decision to Expand Offshore Wind", "headline noun-cue organization"),
    t("German federal government", "government|german|federal", "support", "raising offshore wind auction volumes",
      "auction|offshore wind|volume", "the federal government’s decision to raise", "noun-cue organization"),
    t("NordWind Energy", "nordwind", "support", "predictable auction volumes", "auction volume|predictab",
      "We have long argued that predictable", "speaker-document verb-cue"),
    t("NordWind Energy", "nordwind", "oppose", "negative bidding", "negative bidding",
      "we continue to oppose negative bidding", "speaker-document verb-cue"),
    t("NordWind Energy", "nordwind", "support", "two-sided contracts for difference", r"contracts? for difference|\bcfd",
      "We prefer two-sided contracts for difference", "speaker-document prefer-over"),
    t("NordWind Energy", "nordwind", "oppose", "current auction system", "system",
      "We prefer two-sided contracts for difference", "speaker-document prefer-over"),
    t("Katrin Albers", "albers|nordwind", "support", "expansion of offshore wind auctions", "decision|auction|offshore wind",
      "decision is a strong signal", "quote-speaker title-appositive adjective-cue topic-anaphor"),
], tags="junk", speaker="NordWind Energy")

# 22. NGO statement (speaker): offshore asylum processing
doc("statement-refugee-network-transfers", [
    "Statement on the Proposed Transfer of Asylum Seekers to Third Countries",
    "Refugee Rights Network | 3 June 2025",
    "The Refugee Rights Network strongly condemns the government’s plan to transfer people seeking asylum to processing centres in third countries.",
    "We urge members of parliament to vote against the Safe Transfer Bill when it comes before the House next week.",
    "Similar schemes elsewhere have cost hundreds of millions of pounds without deterring dangerous crossings. Last year 36,800 people crossed the Channel in small boats.",
    "We do not object to faster processing of claims, and we have repeatedly called for more caseworkers to clear the backlog of 90,000 cases.",
    "We also welcome the Home Affairs Committee’s decision to hold public hearings on the bill.",
    "“This plan is cruel, costly and unworkable,” said Hana Mirza, the network’s director.",
    "Ends. For media enquiries contact press@rrn.example. Notes to editors: The Refugee Rights Network is a coalition of 45 organisations working with refugees.",
], [
    t("Refugee Rights Network", "refugee rights|network", "oppose", "transfer of asylum seekers to third countries",
      r"transfer|third countr|plan", "strongly condemns the government’s plan", "organization verb-cue"),
    t("government", "government", "support", "transfer of asylum seekers to third countries", r"transfer|third countr|plan",
      "the government’s plan to transfer people", "noun-cue organization"),
    t("Refugee Rights Network", "refugee rights|network", "oppose", "Safe Transfer Bill", "safe transfer|bill|transfer",
      "We urge members of parliament to", "speaker-document addressee verb-cue"),
    t("Refugee Rights Network", "refugee rights|network", "support", "faster processing of asylum claims", "processing|faster",
      "We do not object to faster", "speaker-document double-negation"),
    t("Refugee Rights Network", "refugee rights|network", "support", "more asylum caseworkers", "caseworker",
      "we have repeatedly called for more", "speaker-document verb-cue"),
    t("Refugee Rights Network", "refugee rights|network", "support", "public hearings on the bill", "hearing",
      "We also welcome the Home Affairs", "speaker-document verb-cue"),
    t("Home Affairs Committee", "home affairs|committee", "support", "public hearings on the bill", "hearing",
      "Home Affairs Committee’s decision to hold", "noun-cue organization"),
    t("Hana Mirza", "mirza|refugee rights|network", "oppose", "transfer of asylum seekers to third countries",
      r"plan|transfer|third countr", "This plan is cruel, costly and unworkable", "quote-speaker title-appositive adjective-cue topic-anaphor"),
], tags="junk", speaker="Refugee Rights Network")

# 23. Government statement (speaker): deep-sea mining
doc("statement-costa-rica-seabed", [
    "Statement by the Delegation of Costa Rica to the Council of the International Seabed Authority",
    "Kingston, 17 July 2025",
    "Costa Rica reiterates its support for a precautionary pause on deep-sea mining until the science is clear.",
    "We cannot accept any attempt to begin commercial exploitation unilaterally, outside the framework of this Authority.",
    "We are alarmed by moves to seek a licence from a national government under a domestic law dating from 1980. Such a step undermines four decades of multilateral work on the law of the sea.",
    "Our delegation welcomes the growing number of states, now 38, that have joined the call for a moratorium.",
    "We would not oppose a mining code that includes binding environmental thresholds and an effective compensation fund.",
    "Thank you, Madam President.",
], [
    t("Costa Rica", "costa rica", "support", "precautionary pause on deep-sea mining", r"pause|moratorium|deep.sea mining",
      "reiterates its support for a precautionary pause", "noun-cue"),
    t("Costa Rica", "costa rica", "oppose", "unilateral commercial exploitation of the seabed", "exploitation|unilateral",
      "We cannot accept any attempt", "speaker-document negation"),
    t("Costa Rica", "costa rica", "oppose", "seeking a mining licence under national law", r"licen[cs]e|moves",
      "We are alarmed by moves to", "speaker-document adjective-cue"),
    t("Costa Rica", "costa rica", "support", "states joining the call for a deep-sea mining moratorium", "moratorium|states|number",
      "Our delegation welcomes the growing number", "speaker-document verb-cue"),
    t("38 states", "state", "support", "moratorium on deep-sea mining", "moratorium",
      "have joined the call for a moratorium", "noun-cue group-role-noun"),
    t("Costa Rica", "costa rica", "support", "mining code with binding environmental thresholds", "mining code|code",
      "We would not oppose a mining code", "speaker-document double-negation"),
], tags="place-not-actor", speaker="Costa Rica")

# 24. Union press release (speaker): single-pilot cockpits
doc("press-pilots-single-pilot", [
    "Pilots’ Union Rejects Single-Pilot Cockpits, Calls on EASA to Halt Study",
    "Brussels, 9 October 2025 — The European Cockpit Crew Union (ECCU) today rejected proposals to allow airliners to fly with only one pilot at the controls during the cruise phase of long-haul flights.",
    "We call on the European Union Aviation Safety Agency to halt its research programme on so-called extended minimum crew operations.",
    "Aircraft manufacturers have argued that automation now makes a second pilot unnecessary for parts of a flight. We do not share that view. Fatigue, incapacitation and system failures happen, and two trained pilots remain the last line of defence.",
    "We are not against new cockpit technology. We welcome any automation that supports two pilots rather than replacing one.",
    "A survey of 6,900 pilots by the union found that 72 percent had experienced fatigue on long-haul rosters in the past year.",
    "Ends. Press contact: media@eccu.example",
], [
    t("European Cockpit Crew Union", "cockpit crew union|eccu|union|pilot", "oppose", "single-pilot cockpits",
      r"single.pilot|one pilot|minimum crew", "Pilots’ Union Rejects Single-Pilot Cockpits", "headline organization verb-cue"),
    t("European Cockpit Crew Union", "cockpit crew union|eccu|union|pilot", "support", "halting EASA research on single-pilot operations",
      "halt|study|research", "Calls on EASA to Halt Study", "headline organization addressee verb-cue"),
    t("European Cockpit Crew Union", "cockpit crew union|eccu|union", "oppose", "single-pilot operations",
      r"single.pilot|one pilot|minimum crew|proposal", "today rejected proposals to allow airliners", "organization verb-cue"),
    t("European Cockpit Crew Union", "cockpit crew union|eccu|union", "support", "halting EASA research on single-pilot operations",
      "halt|research|study|minimum crew", "We call on the European Union", "speaker-document addressee verb-cue"),
    t("aircraft manufacturers", "manufacturer", "support", "single-pilot operations",
      r"single.pilot|one pilot|second pilot|minimum crew|automation", "Aircraft manufacturers have argued that automation",
      "group-role-noun reported-speech"),
    t("European Cockpit Crew Union", "cockpit crew union|eccu|union", "oppose", "single-pilot operations",
      r"view|second pilot|single.pilot|one pilot|minimum crew", "We do not share that view",
      "speaker-document negation topic-anaphor"),
    t("European Cockpit Crew Union", "cockpit crew union|eccu|union", "support", "new cockpit technology", "technolog|automation",
      "We are not against new cockpit technology", "speaker-document double-negation"),
    t("European Cockpit Crew Union", "cockpit crew union|eccu|union", "support", "automation that supports two pilots", "automation",
      "We welcome any automation that supports", "speaker-document verb-cue"),
], tags="junk inanimate place-not-actor", speaker="European Cockpit Crew Union")

# 25. Mayor's statement (speaker): shared e-scooters
doc("statement-bologna-scooters", [
    "Statement From the Mayor of Bologna on Shared E-Scooters",
    "Office of the Mayor | 21 May 2025",
    "I have decided not to renew the city’s contracts with shared e-scooter operators when they expire in September.",
    "Last year our hospitals treated 412 people injured in e-scooter accidents, and scooters left on pavements remain the top complaint we receive from residents with disabilities.",
    "I know that many young people rely on these vehicles, and I do not dismiss their concerns.",
    "That is why I back the expansion of the bike-sharing network to 3,000 bicycles and support the regional government’s proposal for a cheaper youth transit pass.",
    "The operators have lobbied the city council to keep the scheme, offering to cap speeds at 15 kilometres per hour. I respect their proposal, but I do not believe it solves the problem.",
    "The city will review the decision in two years, after an independent evaluation.",
    "Elena Rossi, Mayor of Bologna",
], [
    t("Elena Rossi", "rossi|mayor|bologna", "oppose", "renewing shared e-scooter contracts", r"contract|scooter|renew",
      "decided not to renew the city’s", "speaker-document negation verb-cue"),
    t("Elena Rossi", "rossi|mayor|bologna", "support", "expansion of the bike-sharing network", r"bike.sharing|bike",
      "I back the expansion of the", "speaker-document verb-cue"),
    t("Elena Rossi", "rossi|mayor|bologna", "support", "cheaper youth transit pass", "youth|transit pass|pass",
      "support the regional government’s proposal", "speaker-document verb-cue"),
    t("regional government", "regional government|region|emilia", "support", "cheaper youth transit pass", "youth|transit pass|pass",
      "the regional government’s proposal for a", "noun-cue organization"),
    t("e-scooter operators", "operator", "support", "keeping the shared e-scooter scheme", "scheme|scooter",
      "have lobbied the city council to", "group-role-noun addressee verb-cue definite-anaphor"),
    t("e-scooter operators", "operator", "support", "speed cap of 15 km/h", "speed|cap",
      "offering to cap speeds at 15", "group-role-noun verb-cue"),
    t("Elena Rossi", "rossi|mayor|bologna", "oppose", "operators' speed cap proposal", "proposal|speed|cap",
      "I do not believe it solves", "speaker-document negation topic-anaphor"),
], tags="junk forecast", speaker="Elena Rossi")

# 26. Government statement (speaker): plastics treaty
doc("statement-kenya-plastics", [
    "Kenya Statement at the Close of the Plastics Treaty Negotiations",
    "Geneva, 15 August 2025",
    "Kenya regrets that this session has ended without an agreed text.",
    "We have consistently supported a legally binding instrument that covers the full life cycle of plastics, from production to disposal.",
    "A treaty limited to waste management will not solve the crisis our coastal communities see every day, and we will not sign one.",
    "We thank Switzerland for hosting these talks in Geneva.",
    "Kenya stands with the more than 100 countries that have called for global targets to reduce plastic production.",
    "Some producer states have argued that production curbs lie outside the mandate of these negotiations. Kenya rejects that reading of the mandate.",
    "We will return to the next session ready to work with all delegations.",
], [
    t("Kenya", "kenya|nairobi", "support", "legally binding plastics instrument covering the full life cycle",
      "binding|instrument|treaty|life cycle", "We have consistently supported a legally", "speaker-document verb-cue"),
    t("Kenya", "kenya|nairobi", "oppose", "treaty limited to waste management", "waste|treaty",
      "we will not sign one", "speaker-document negation topic-anaphor"),
    t("Kenya", "kenya|nairobi", "support", "global targets to reduce plastic production", "target|production",
      "Kenya stands with the more than", "verb-cue"),
    t("more than 100 countries", "countr", "support", "global targets to reduce plastic production", "target|production",
      "have called for global targets", "group-role-noun verb-cue"),
    t("producer states", "producer", "oppose", "plastic production curbs in the treaty", "production|curb",
      "producer states have argued that production", "group-role-noun reported-speech"),
    t("Kenya", "kenya|nairobi", "oppose", "reading that production curbs lie outside the mandate", "reading|mandate|curb|production",
      "Kenya rejects that reading of the mandate", "verb-cue topic-anaphor"),
], tags="place-not-actor", speaker="Kenya")

# 27. Tobacco
doc("nz-smokefree-repeal", [
    "Health Groups Slam New Zealand’s Repeal of Smokefree Generation Law",
    "WELLINGTON, New Zealand (AP) — New Zealand’s parliament voted on Tuesday to repeal a world-first law that would have banned the sale of cigarettes to anyone born after January 1, 2009.",
    "The law, passed in 2022, would also have cut the number of stores allowed to sell tobacco from about 6,000 to 600.",
    "Associate Health Minister Brent Walsh said the ban would have created a black market for cigarettes. Walsh has championed vaping as a way to help smokers quit.",
    "The Health Coalition Aotearoa said the repeal was a gift to the tobacco industry that would cost thousands of lives. Māori health leaders, whose communities have the highest smoking rates, also spoke out against the decision.",
    "According to the Ministry of Health, 6.8 percent of adults smoked daily in 2023, down from 13.3 percent a decade earlier.",
    "Philip Morris International said it supported the government’s approach of encouraging smokers to switch to less harmful products.",
    "Will smoking rates keep falling without the ban? Researchers at the University of Otago say it is too early to tell.",
    "Advertisement",
], [
    t("health groups", "health", "oppose", "repeal of smokefree generation law", "repeal|smokefree",
      "Health Groups Slam New Zealand’s Repeal", "headline group-role-noun verb-cue"),
    t("New Zealand parliament", "parliament|new zealand", "support", "repeal of smokefree generation law", "repeal|smokefree",
      "voted on Tuesday to repeal a", "organization verb-cue"),
    t("Brent Walsh", "walsh", "oppose", "smokefree generation ban", "ban|smokefree|generation",
      "the ban would have created a", "title-appositive reported-speech"),
    t("Brent Walsh", "walsh", "support", "vaping to help smokers quit", "vap",
      "Walsh has championed vaping", "surname verb-cue"),
    t("Health Coalition Aotearoa", "health coalition|aotearoa", "oppose", "repeal of smokefree generation law", "repeal|smokefree",
      "the repeal was a gift to", "organization reported-speech"),
    t("Māori health leaders", "m[aā]ori", "oppose", "repeal of smokefree generation law", "decision|repeal|smokefree",
      "also spoke out against the decision", "group-role-noun verb-cue topic-anaphor"),
    t("Philip Morris International", "philip morris|\\bpmi\\b", "support", "encouraging smokers to switch to less harmful products",
      "approach|switch|harm", "said it supported the government’s approach", "organization reported-speech verb-cue"),
    t("New Zealand government", "government|new zealand", "support", "encouraging smokers to switch to less harmful products",
      "approach|switch|harm", "the government’s approach of encouraging smokers", "noun-cue organization"),
], tags="question junk")

# 28. AI regulation
doc("california-ai-bill-lobbying", [
    "Tech Industry Lobbied Against California AI Safety Bill, Filings Show",
    "SACRAMENTO, California — Technology companies and trade groups spent more than $4 million lobbying against a California bill that would require developers of the most powerful artificial intelligence models to test them for catastrophic risks, according to state disclosure filings.",
    "The bill, known as SB 2210, would apply only to models costing more than $100 million to train.",
    "In a letter to the bill’s author, the venture capital firm Redline Partners argued that the measure would drive start-ups out of the state.",
    "The bill’s author, state Senator Rachel Kim, dismissed those claims. “This bill asks the biggest labs to do what they have already promised to do,” Kim said.",
    "Some AI researchers have thrown their weight behind the measure, among them two winners of the Turing Award.",
    "The governor has not said whether he will sign it. He has until September 30 to decide.",
    "If he vetoes the bill, supporters could try to put the issue before voters in 2026.",
    "Share this article",
], [
    t("tech industry", "tech|industry|compan", "oppose", "California AI safety bill", r"\bai\b|bill|safety|sb 2210",
      "Tech Industry Lobbied Against California AI", "headline group-role-noun verb-cue"),
    t("technology companies", "technology compan|tech|compan", "oppose", "California AI safety bill", r"\bai\b|bill|safety|sb 2210",
      "spent more than $4 million lobbying against", "coordination group-role-noun according-to verb-cue"),
    t("trade groups", "trade group", "oppose", "California AI safety bill", r"\bai\b|bill|safety|sb 2210",
      "spent more than $4 million lobbying against", "coordination group-role-noun according-to verb-cue"),
    t("Redline Partners", "redline", "oppose", "California AI safety bill", r"measure|bill|\bai\b|safety",
      "argued that the measure would drive", "organization reported-speech topic-anaphor"),
    t("Rachel Kim", "kim", "oppose", "claims that the bill would drive start-ups away", r"claim|start.?up",
      "dismissed those claims", "title-appositive verb-cue topic-anaphor"),
    t("Rachel Kim", "kim", "support", "California AI safety bill", r"bill|\bai\b|safety|sb 2210",
      "This bill asks the biggest labs", "quote-speaker surname"),
    t("AI researchers", "researcher", "support", "California AI safety bill", r"measure|bill|\bai\b|safety",
      "have thrown their weight behind the measure", "group-role-noun verb-cue topic-anaphor"),
], tags="hypothetical junk")

# 29. Minimum wage
doc("germany-minimum-wage", [
    "German Employers Reject Call for €15 Minimum Wage",
    "BERLIN — Germany’s main employers’ federation on Wednesday rejected a call by Labour Minister Jonas Feld to raise the minimum wage to 15 euros an hour, saying the decision must be left to an independent commission of unions and employers.",
    "The minimum wage currently stands at 12.82 euros an hour and affects about 6 million workers. A tight labour market already supports higher pay in many sectors.",
    "Feld, a Social Democrat, said a higher floor would boost demand and reduce in-work poverty. “Work has to pay,” he told the Bild newspaper.",
    "The federation’s president, Stefan Berger, warned that a jump to 15 euros would cost jobs in eastern Germany, where wages are lower. The federation has instead called for tax cuts on overtime pay.",
    "The minister’s demand was backed by the DGB trade union confederation.",
    "The commission is expected to publish its recommendation by the end of June.",
    "Economists at the Ifo institute estimated that a rise to 15 euros could cost up to 140,000 jobs, though other studies found smaller effects.",
], [
    t("German employers", "employer|bda|federation", "oppose", "€15 minimum wage", "minimum wage|15|wage",
      "German Employers Reject Call for €15", "headline group-role-noun verb-cue"),
    t("employers' federation", "employer|bda|federation", "oppose", "€15 minimum wage", "minimum wage|15|wage",
      "employers’ federation on Wednesday rejected a call", "organization verb-cue"),
    t("Jonas Feld", "feld|labour minister", "support", "€15 minimum wage", "minimum wage|15|wage",
      "a call by Labour Minister Jonas", "noun-cue title-appositive"),
    t("employers' federation", "employer|bda|federation", "support", "independent commission setting the minimum wage", "commission",
      "the decision must be left to", "organization reported-speech"),
    t("Jonas Feld", "feld", "support", "higher minimum wage floor", "floor|minimum wage|wage|15",
      "said a higher floor would boost", "surname reported-speech"),
    t("Stefan Berger", "berger|federation|bda", "oppose", "€15 minimum wage", "15|jump|minimum wage|wage",
      "warned that a jump to 15", "title-appositive reported-speech"),
    t("employers' federation", "employer|bda|federation", "support", "tax cuts on overtime pay", "overtime|tax cut",
      "The federation has instead called for", "definite-anaphor organization verb-cue"),
    t("DGB", "dgb|trade union|confederation", "support", "€15 minimum wage", "demand|minimum wage|wage|15",
      "The minister’s demand was backed by", "passive organization verb-cue topic-anaphor"),
], tags="inanimate forecast")

# 30. Trade deal and farmers
doc("mercosur-french-farmers", [
    "French Farmers Block Roads as Paris Vows to Fight Mercosur Deal",
    "By Claire Dubois and Marco Silva",
    "PARIS/BRUSSELS (Reuters) — Hundreds of French farmers blocked motorways around Paris and Lyon on Monday in protest against the European Union’s trade agreement with the Mercosur bloc, and the French government repeated that it would not sign the deal in its current form.",
    "The agreement, concluded in December after 25 years of negotiations, would create a market of more than 700 million people.",
    "Farmers say the agreement would expose them to cheap beef and poultry produced under weaker environmental rules. “We are not against trade, we are against unfair competition,” said Jean-Luc Perrin, a cattle farmer from Burgundy.",
    "Germany and Spain have pushed hard for the agreement, arguing it would open new markets for car makers and wine producers.",
    "The European Commission, which negotiated the deal, has defended it as a strategic necessity. Poland has also voiced objections, according to diplomats.",
    "If Italy joins France and Poland in opposing the deal, the three could form a blocking minority.",
], [
    t("France", "france|paris|french", "oppose", "EU-Mercosur trade deal", "mercosur|deal|agreement",
      "Paris Vows to Fight Mercosur Deal", "headline capital-metonymy verb-cue"),
    t("French farmers", "farmer", "oppose", "EU-Mercosur trade deal", "mercosur|deal|agreement",
      "in protest against the European Union’s trade", "group-role-noun noun-cue"),
    t("France", "france|paris|french", "oppose", "EU-Mercosur trade deal", "mercosur|deal|agreement",
      "it would not sign the deal", "demonym negation reported-speech"),
    t("French farmers", "farmer", "oppose", "EU-Mercosur trade deal", "mercosur|deal|agreement",
      "Farmers say the agreement would expose", "group-role-noun reported-speech"),
    t("Jean-Luc Perrin", "perrin", "support", "trade", "trade",
      "We are not against trade", "quote-speaker double-negation"),
    t("Jean-Luc Perrin", "perrin", "oppose", "unfair competition", "competition",
      "we are against unfair competition", "quote-speaker verb-cue"),
    t("Germany", "german|berlin", "support", "EU-Mercosur trade deal", "mercosur|deal|agreement",
      "Germany and Spain have pushed hard", "coordination verb-cue"),
    t("Spain", "spain|spanish|madrid", "support", "EU-Mercosur trade deal", "mercosur|deal|agreement",
      "Germany and Spain have pushed hard", "coordination verb-cue"),
    t("European Commission", EU, "support", "EU-Mercosur trade deal", "mercosur|deal|agreement",
      "has defended it as a strategic", "organization verb-cue topic-anaphor"),
    t("Poland", "poland|polish|warsaw", "oppose", "EU-Mercosur trade deal", "mercosur|deal|agreement",
      "Poland has also voiced objections", "noun-cue according-to"),
], tags="hypothetical place-not-actor")

# 31. Housing and tourist rentals
doc("barcelona-tourist-flats", [
    "Barcelona to Scrap Tourist Flats by 2028; Owners Vow Legal Fight",
    "BARCELONA, Spain — Barcelona’s mayor, Jordi Puigvert, said on Friday the city would not renew the licences of its 10,101 tourist apartments when they expire in November 2028, in an effort to bring down soaring rents.",
    "Rents in the city have risen 68 percent in the past decade, according to the municipal housing observatory.",
    "Puigvert said the apartments should be returned to residents. “This is the biggest decision we have taken on housing in decades,” he added.",
    "Apartur, the association of tourist apartment owners, said the plan was illegal and vowed to challenge it in court.",
    "Neighbourhood associations welcomed the announcement but said the city should also crack down on new hotel construction.",
    "The measure favours long-term tenants over short-stay visitors in a city that received 15.6 million tourists last year.",
    "Spain’s housing ministry has signalled it favours similar limits in other cities under pressure from tourism.",
    "Read more: Europe’s cities fight back against overtourism",
], [
    t("Barcelona city council", "barcelona|city|council|puigvert", "support", "scrapping tourist flat licences", r"tourist|flat|licen|scrap",
      "Barcelona to Scrap Tourist Flats", "headline verb-cue"),
    t("tourist flat owners", "owner|apartur", "oppose", "scrapping tourist flat licences", r"tourist|flat|licen|scrap|plan",
      "Owners Vow Legal Fight", "headline group-role-noun noun-cue"),
    t("Jordi Puigvert", "puigvert|barcelona|city", "oppose", "renewing tourist apartment licences", r"licen[cs]|tourist|renew",
      "the city would not renew the", "title-appositive negation reported-speech"),
    t("Jordi Puigvert", "puigvert", "support", "returning tourist apartments to residents", "return|apartment|resident",
      "the apartments should be returned to", "surname reported-speech"),
    t("Apartur", "apartur|owner", "oppose", "scrapping tourist flat licences", r"plan|tourist|licen|scrap",
      "vowed to challenge it in court", "organization verb-cue topic-anaphor"),
    t("neighbourhood associations", "neighbo|association|resident", "support", "scrapping tourist flat licences",
      r"announcement|tourist|plan|licen|scrap", "Neighbourhood associations welcomed the announcement", "group-role-noun verb-cue topic-anaphor"),
    t("neighbourhood associations", "neighbo|association|resident", "support", "crackdown on new hotel construction", "hotel",
      "should also crack down on new", "group-role-noun reported-speech"),
    t("Spanish housing ministry", "housing ministry|spain|spanish|madrid", "support", "limits on tourist flats in other cities",
      "limit|tourist", "has signalled it favours similar limits", "organization hedge-lowered verb-cue"),
], tags="junk inanimate")

# 32. Data centres and water
doc("santiago-data-centre-water", [
    "Residents Oppose Water-Hungry Data Centre Planned for Drought-Hit Santiago Suburb",
    "SANTIAGO, Chile — A proposed data centre in the Santiago suburb of Quilicura would use up to 7.6 million litres of water a day, according to the project’s environmental filing, at a time when the region is in its 15th year of drought.",
    "The developer, US-based Stratacloud, has said it is willing to switch to air cooling, which uses little water but more electricity.",
    "Local residents and environmental groups have criticised the plan. “They are taking our water to cool computers,” said Marta Figueroa, a community organiser in Quilicura.",
    "Chile’s environment ministry is reviewing the filing. The project was backed by the previous government, which courted foreign technology investment.",
    "Ministers are expected to rule on the project by December.",
    "Image: An artist’s rendering of the planned facility. Courtesy of Stratacloud",
], [
    t("Quilicura residents", "resident", "oppose", "Stratacloud data centre", r"data cent|project|plan",
      "Residents Oppose Water-Hungry Data Centre", "headline group-role-noun verb-cue"),
    t("Stratacloud", "stratacloud|developer", "support", "switching the data centre to air cooling", "air cooling|cooling",
      "it is willing to switch to", "organization hedge-lowered adjective-cue reported-speech"),
    t("Quilicura residents", "resident", "oppose", "Stratacloud data centre", r"data cent|project|plan",
      "environmental groups have criticised the plan", "coordination group-role-noun verb-cue topic-anaphor"),
    t("environmental groups", "environmental", "oppose", "Stratacloud data centre", r"data cent|project|plan",
      "environmental groups have criticised the plan", "coordination group-role-noun verb-cue topic-anaphor"),
    t("Marta Figueroa", "figueroa", "oppose", "Stratacloud data centre water use", r"data cent|water|plan|project",
      "They are taking our water", "quote-speaker title-appositive"),
    t("previous Chilean government", "government|chile", "support", "Stratacloud data centre", r"project|data cent",
      "The project was backed by the", "passive organization verb-cue topic-anaphor"),
], tags="junk forecast")

# 33. Olympic bid
doc("hamburg-olympic-referendum", [
    "Hamburg Voters Will Decide on 2040 Olympic Bid",
    "HAMBURG, Germany — Hamburg will hold a referendum in May on whether to bid for the 2040 Summer Olympics, the city senate announced on Tuesday.",
    "Mayor Anke Vogt has thrown her support behind the bid, saying the Games would speed up investment in housing and public transport. She also backed holding the sailing events in Kiel.",
    "The Greens, her coalition partner, said they were not opposed to the bid but wanted a legal cap on public spending.",
    "The German Olympic Sports Confederation, which will choose a German candidate city next year, welcomed the referendum but has not said which city it prefers.",
    "Hamburg voters rejected a bid for the 2024 Games in a 2015 referendum, amid concerns over costs.",
    "The anti-Olympics alliance NOlympia said it would campaign against the bid again. “Nothing has changed: the Games are too expensive and the IOC takes the profits,” said its spokesperson, Lena Hoffmann.",
    "Berlin, Munich and the Rhine-Ruhr region are also considering bids. Would the federal government back more than one city? A spokesperson declined to comment.",
], [
    t("Anke Vogt", "vogt|mayor", "support", "Hamburg 2040 Olympic bid", "bid|olympic|games",
      "has thrown her support behind the", "title-appositive noun-cue"),
    t("Anke Vogt", "vogt", "support", "holding Olympic sailing events in Kiel", "sailing|kiel",
      "She also backed holding the sailing", "pronoun verb-cue"),
    t("Hamburg Greens", "green", "support", "Hamburg 2040 Olympic bid", "bid|olympic|games",
      "they were not opposed to the bid", "organization double-negation reported-speech"),
    t("Hamburg Greens", "green", "support", "legal cap on public Olympic spending", "cap|spending",
      "wanted a legal cap on public", "organization reported-speech verb-cue"),
    t("German Olympic Sports Confederation", "olympic sports confederation|dosb", "support", "Hamburg Olympic referendum", "referendum",
      "welcomed the referendum", "organization verb-cue"),
    t("Hamburg voters", "voter|hamburg", "oppose", "bid for the 2024 Games", "2024|bid|games|olympic",
      "Hamburg voters rejected a bid", "group-role-noun verb-cue"),
    t("NOlympia", "nolympia", "oppose", "Hamburg 2040 Olympic bid", "bid|olympic|games",
      "would campaign against the bid again", "organization reported-speech verb-cue"),
    t("Lena Hoffmann", "hoffmann|nolympia", "oppose", "Hamburg 2040 Olympic bid", "games|bid|olympic",
      "the Games are too expensive", "quote-speaker title-appositive adjective-cue"),
], tags="place-not-actor question")

# 34. Whaling
doc("iceland-whaling-licence", [
    "Conservationists Condemn Iceland’s New Whaling Licence",
    "REYKJAVIK, Iceland (AP) — Iceland’s government on Wednesday issued a five-year licence allowing the country’s only whaling company to hunt up to 209 fin whales a year, drawing condemnation from animal welfare groups and several foreign governments.",
    "Fisheries Minister Gunnar Einarsson defended the decision, saying scientific advice showed the stock could sustain the catch.",
    "The licence was criticised by Britain, Australia and the United States in a joint statement.",
    "Hvalur, the whaling company, welcomed the licence and said the hunt would begin in June.",
    "Polls suggest interest in whale meat among Icelanders is low, and most of the meat is exported to Japan. Tokyo has not commented on the decision.",
], [
    t("conservationists", "conservation", "oppose", "Iceland's fin whaling licence", r"whal|licen",
      "Conservationists Condemn Iceland’s New Whaling Licence", "headline group-role-noun verb-cue"),
    t("Icelandic government", "iceland|reykjav", "support", "fin whaling licence", r"whal|licen",
      "government on Wednesday issued a five-year licence", "organization verb-cue"),
    t("animal welfare groups", "animal welfare|welfare", "oppose", "Iceland's fin whaling licence", r"whal|licen",
      "drawing condemnation from animal welfare groups", "noun-cue group-role-noun"),
    t("foreign governments", "foreign government|government", "oppose", "Iceland's fin whaling licence", r"whal|licen",
      "drawing condemnation from animal welfare groups", "noun-cue group-role-noun coordination"),
    t("Gunnar Einarsson", "einarsson", "support", "Iceland's fin whaling licence", r"decision|licen|whal",
      "Gunnar Einarsson defended the decision", "title-appositive verb-cue topic-anaphor"),
    t("United Kingdom", UK, "oppose", "Iceland's fin whaling licence", r"whal|licen",
      "The licence was criticised by Britain", "passive coordination verb-cue"),
    t("Australia", "australia|canberra", "oppose", "Iceland's fin whaling licence", r"whal|licen",
      "The licence was criticised by Britain", "passive coordination verb-cue"),
    t("United States", US, "oppose", "Iceland's fin whaling licence", r"whal|licen",
      "The licence was criticised by Britain", "passive coordination verb-cue"),
    t("Hvalur", "hvalur|whaling company", "support", "Iceland's fin whaling licence", r"whal|licen",
      "the whaling company, welcomed the licence", "organization verb-cue"),
])

# 35. Offshore asylum processing
doc("italy-albania-migrant-centres", [
    "Italian Judges Order Migrants Returned From Albania as Rome Defends Deal",
    "ROME (AP) — A court in Rome on Friday ordered the release of 12 migrants who had been taken to a new Italian-run processing centre in Albania, ruling that their countries of origin could not be considered safe.",
    "The centres, which will cost about 670 million euros over five years, are the centrepiece of a 2023 agreement between Italy and Albania to process some asylum claims outside the European Union.",
    "Interior Minister Paolo Ferretti lashed out at the judges, accusing them of playing politics, and insisted that the transfers must continue. Ferretti has also called for an EU-wide list of safe countries of origin.",
    "Opposition parties called the scheme a costly failure and urged the government to bring the money home.",
    "Albanian officials said Tirana remained committed to the agreement.",
    "Brussels is watching the experiment closely. The European Commission has said it is studying the model.",
    "Could other governments copy the scheme?",
], [
    t("Italy", "ital|rome", "support", "Italy-Albania migrant deal", r"deal|agreement|albania",
      "Rome Defends Deal", "headline capital-metonymy verb-cue"),
    t("Paolo Ferretti", "ferretti", "oppose", "court ruling on migrants held in Albania", r"judge|ruling|court|release",
      "lashed out at the judges", "title-appositive verb-cue"),
    t("Paolo Ferretti", "ferretti", "support", "transfers of migrants to Albania", "transfer",
      "insisted that the transfers must continue", "reported-speech verb-cue"),
    t("Paolo Ferretti", "ferretti", "support", "EU-wide list of safe countries of origin", r"safe countr|list",
      "Ferretti has also called for an", "surname verb-cue"),
    t("Italian opposition parties", "opposition", "oppose", "Albania migrant centres scheme", r"scheme|albania|deal|centre",
      "called the scheme a costly failure", "organization noun-cue"),
    t("Italian opposition parties", "opposition", "support", "bringing the money for the Albania scheme home", "money|bring|home",
      "urged the government to bring the", "organization addressee verb-cue"),
    t("Albania", "albania|tirana", "support", "Italy-Albania migrant deal", r"agreement|deal",
      "Tirana remained committed to the agreement", "capital-metonymy demonym reported-speech adjective-cue"),
], tags="question place-not-actor")

# 36. Antitrust
doc("google-adtech-remedies", [
    "Publishers Back Breakup of Google’s Ad Business as Remedies Trial Opens",
    "ALEXANDRIA, Virginia (Reuters) — The Justice Department asked a federal judge on Monday to force Google to sell its AdX advertising exchange, arguing that only a breakup would restore competition in online advertising.",
    "The judge ruled in April that Google had illegally monopolised key advertising technology markets.",
    "Google opposes a breakup, saying it would harm the publishers and advertisers who use its tools. The company has instead offered to make its exchange work more easily with rival platforms.",
    "“A forced divestiture is an extreme remedy that goes far beyond the court’s ruling,” said Paul Hadley, Google’s vice president of regulatory affairs.",
    "The News/Media Alliance, which represents more than 2,000 publishers, said a sale was the only way to stop Google from taking an outsized cut of advertising revenue.",
    "The trial is expected to last two weeks, with a ruling likely later this year.",
], [
    t("publishers", "publisher", "support", "breakup of Google's ad business", r"breakup|break up|adx|sale|divest",
      "Publishers Back Breakup of Google’s Ad", "headline group-role-noun verb-cue"),
    t("US Justice Department", r"justice department|department of justice|\bdoj\b|united states|u\.s\.", "support",
      "forced sale of Google's AdX exchange", r"adx|sell|sale|breakup|divest",
      "asked a federal judge on Monday", "organization addressee verb-cue"),
    t("Google", "google", "oppose", "breakup of Google's ad business", r"breakup|break up|sale|divest",
      "Google opposes a breakup", "organization verb-cue"),
    t("Google", "google|company", "support", "making AdX interoperable with rival platforms",
      r"interoperab|rival platform|work more easily|exchange", "The company has instead offered to", "definite-anaphor organization verb-cue"),
    t("Paul Hadley", "hadley|google", "oppose", "forced divestiture of AdX", r"divest|breakup|sale",
      "A forced divestiture is an extreme", "quote-speaker title-appositive adjective-cue"),
    t("News/Media Alliance", r"news.media alliance|alliance|publisher", "support", "forced sale of Google's AdX exchange",
      r"sale|breakup|divest|adx", "said a sale was the only way", "organization reported-speech"),
], tags="forecast")

# 37. Tariffs on electric vehicles
doc("eu-china-ev-tariffs", [
    "Beijing Slams EU Tariffs on Electric Cars as Berlin Urges Talks",
    "BRUSSELS/BEIJING (Reuters) — China’s commerce ministry on Wednesday condemned the European Union’s decision to impose tariffs of up to 35.3 percent on electric vehicles made in China, calling the duties protectionist.",
    "The duties, which come on top of a standard 10 percent car tariff, follow a year-long investigation into state subsidies.",
    "Ten member states, including France, Italy and Poland, voted in favour of the tariffs last month, while Germany, Hungary and three others voted against. Paris has pushed for even higher duties, according to two officials familiar with the talks.",
    "German carmakers, which sell heavily in China, fear retaliation. German officials said a negotiated settlement over minimum prices remained the best outcome.",
    "EU Trade Commissioner Lars Hedman said the bloc remained open to a price undertaking from Chinese manufacturers.",
    "BYD, China’s largest electric car maker, is building factories in Hungary and Turkey, which would allow it to avoid the duties.",
    "Advertisement",
], [
    t("China", "china|beijing|chinese", "oppose", "EU tariffs on Chinese electric vehicles", r"tariff|dut",
      "Beijing Slams EU Tariffs", "headline capital-metonymy verb-cue"),
    t("Germany", "german|berlin", "support", "talks on EV tariffs", r"talk|negotiat|settlement",
      "Berlin Urges Talks", "headline capital-metonymy verb-cue"),
    t("Chinese commerce ministry", "china|beijing|chinese|commerce ministry", "oppose", "EU tariffs on Chinese electric vehicles",
      r"tariff|dut|decision", "commerce ministry on Wednesday condemned", "organization verb-cue"),
    t("European Union", EU, "support", "tariffs on Chinese electric vehicles", r"tariff|dut",
      "the European Union’s decision to impose tariffs", "noun-cue organization"),
    t("ten EU member states", "member state", "support", "tariffs on Chinese electric vehicles", r"tariff|dut",
      "voted in favour of the tariffs", "group-role-noun verb-cue"),
    t("France", "france|paris|french", "support", "tariffs on Chinese electric vehicles", r"tariff|dut",
      "voted in favour of the tariffs", "coordination verb-cue"),
    t("Italy", "ital|rome", "support", "tariffs on Chinese electric vehicles", r"tariff|dut",
      "voted in favour of the tariffs", "coordination verb-cue"),
    t("Poland", "poland|polish|warsaw", "support", "tariffs on Chinese electric vehicles", r"tariff|dut",
      "voted in favour of the tariffs", "coordination verb-cue"),
    t("Germany", "german|berlin", "oppose", "tariffs on Chinese electric vehicles", r"tariff|dut",
      "Hungary and three others voted against", "coordination verb-cue"),
    t("Hungary", "hungar|budapest", "oppose", "tariffs on Chinese electric vehicles", r"tariff|dut",
      "Hungary and three others voted against", "coordination verb-cue"),
    t("France", "france|paris|french", "support", "higher duties on Chinese electric vehicles", r"higher dut|dut|tariff",
      "Paris has pushed for even higher", "capital-metonymy according-to verb-cue"),
    t("Germany", "german|berlin", "support", "negotiated settlement over minimum prices", r"settlement|minimum price|negotiat",
      "German officials said a negotiated settlement", "demonym reported-speech"),
    t("European Union", EU + "|hedman|bloc", "support", "price undertaking from Chinese manufacturers", r"price undertaking|undertaking",
      "the bloc remained open to a", "definite-anaphor reported-speech adjective-cue hedge-lowered"),
], tags="junk")

# 38. Antarctic marine protection
doc("antarctic-sanctuary-blocked", [
    "China and Russia Block Antarctic Marine Sanctuary for Eighth Year",
    "HOBART, Australia — A proposal to create a vast marine protected area in the Weddell Sea off Antarctica failed again on Friday after China and Russia withheld their consent at the annual meeting of the Commission for the Conservation of Antarctic Marine Living Resources in Hobart.",
    "The commission operates by consensus, so a single member can block any decision.",
    "The proposal, backed by the European Union, Norway and more than 20 other members, would protect 2.2 million square kilometres of ocean. Australia said it would not give up on the plan.",
    "Russian delegates argued that there was not enough scientific evidence to justify closing the area to krill fishing. Beijing has said it supports conservation but wants areas kept open for what it calls rational use.",
    "Conservation groups said the failure showed the consensus rule was broken. “Every year of delay lets the krill fishery expand,” said Tom Lindqvist of the Antarctic and Southern Ocean Coalition.",
    "Krill catches reached a record 500,000 tonnes last season, according to commission data.",
], [
    t("China", "china|beijing|chinese", "oppose", "Weddell Sea marine protected area", r"sanctuary|protected area|weddell|marine",
      "China and Russia Block Antarctic Marine", "headline coordination verb-cue"),
    t("Russia", "russia|moscow", "oppose", "Weddell Sea marine protected area", r"sanctuary|protected area|weddell|marine",
      "China and Russia Block Antarctic Marine", "headline coordination verb-cue"),
    t("China", "china|beijing|chinese", "oppose", "Weddell Sea marine protected area", r"sanctuary|protected area|weddell|marine|proposal",
      "China and Russia withheld their consent", "coordination verb-cue"),
    t("Russia", "russia|moscow", "oppose", "Weddell Sea marine protected area", r"sanctuary|protected area|weddell|marine|proposal",
      "China and Russia withheld their consent", "coordination verb-cue"),
    t("European Union", EU, "support", "Weddell Sea marine protected area", r"proposal|protected area|sanctuary|weddell",
      "backed by the European Union, Norway", "passive coordination verb-cue"),
    t("Norway", "norw|oslo", "support", "Weddell Sea marine protected area", r"proposal|protected area|sanctuary|weddell",
      "backed by the European Union, Norway", "passive coordination verb-cue"),
    t("Australia", "australia|canberra", "support", "Weddell Sea marine protected area", r"plan|proposal|protected area|sanctuary|weddell",
      "would not give up on the plan", "double-negation reported-speech topic-anaphor"),
    t("Russia", "russia|moscow|russian", "oppose", "closing the Weddell Sea to krill fishing", r"clos|krill|protected area|sanctuary",
      "Russian delegates argued that there was", "demonym reported-speech negation"),
    t("China", "china|beijing", "support", "Antarctic conservation", "conservation",
      "Beijing has said it supports conservation", "capital-metonymy reported-speech verb-cue"),
    t("China", "china|beijing", "support", "keeping Antarctic waters open for fishing", r"open|rational use|fishing",
      "wants areas kept open for what", "capital-metonymy verb-cue"),
    t("conservation groups", "conservation", "oppose", "consensus rule of the Antarctic commission", "consensus",
      "the consensus rule was broken", "group-role-noun reported-speech adjective-cue"),
], tags="place-not-actor")

# 39. Football governance: World Cup hosting
doc("norway-fa-saudi-world-cup", [
    "Norway’s Football Federation Refuses to Back Saudi World Cup Bid",
    "OSLO, Norway — Norway’s football federation said on Tuesday it would not support Saudi Arabia’s bid to host the 2034 World Cup, citing concerns over the treatment of migrant workers and the process FIFA used to award the tournament.",
    "Saudi Arabia is the only candidate. FIFA’s 211 member associations are expected to confirm the kingdom as host by acclamation at an online congress on December 11.",
    "“We cannot in good conscience endorse a process with no competition and no binding human rights guarantees,” federation president Ingrid Haugland said.",
    "Amnesty International and Human Rights Watch have urged FIFA to delay the vote until Riyadh commits to labour reforms.",
    "The Saudi sports ministry dismissed the criticism, saying the kingdom had carried out historic reforms.",
    "England’s Football Association and Germany’s DFB have said they will vote in favour.",
    "Advertisement",
], [
    t("Norwegian Football Federation", r"norw|football federation|\bnff\b", "oppose", "Saudi 2034 World Cup bid", r"world cup|bid|saudi|2034",
      "Football Federation Refuses to Back Saudi", "headline organization negation"),
    t("Norwegian Football Federation", r"norw|football federation|\bnff\b", "oppose", "Saudi 2034 World Cup bid", r"world cup|bid|saudi|2034",
      "it would not support Saudi Arabia’s", "organization negation reported-speech"),
    t("Saudi Arabia", "saudi|riyadh|kingdom", "support", "hosting the 2034 World Cup", r"world cup|host|2034|bid",
      "Saudi Arabia’s bid to host the 2034", "noun-cue"),
    t("Ingrid Haugland", r"haugland|football federation|norw", "oppose", "World Cup award process", r"process|bid|award|world cup",
      "We cannot in good conscience endorse", "quote-speaker title-appositive negation"),
    t("Amnesty International", "amnesty", "support", "delaying the World Cup vote", r"delay|vote",
      "have urged FIFA to delay the", "coordination organization addressee verb-cue"),
    t("Human Rights Watch", r"human rights watch|\bhrw\b", "support", "delaying the World Cup vote", r"delay|vote",
      "have urged FIFA to delay the", "coordination organization addressee verb-cue"),
    t("Saudi sports ministry", "saudi|riyadh|kingdom|sports ministry", "oppose", "criticism of the Saudi World Cup bid", "criticism",
      "sports ministry dismissed the criticism", "organization demonym verb-cue"),
    t("Football Association", r"football association|\bfa\b|england|english", "support", "Saudi 2034 World Cup bid",
      r"world cup|bid|saudi|2034|vote", "have said they will vote in", "coordination organization reported-speech"),
    t("DFB", r"\bdfb\b|german", "support", "Saudi 2034 World Cup bid", r"world cup|bid|saudi|2034|vote",
      "have said they will vote in", "coordination organization reported-speech"),
], tags="junk forecast")

# 40. Drug policy: cannabis
doc("germany-cannabis-repeal", [
    "Conservatives Vow to Repeal Germany’s Cannabis Law",
    "BERLIN — Germany’s conservative Christian Democrats on Sunday promised to scrap the partial legalisation of cannabis, setting up a fight over a law that has been in force for less than a year.",
    "Since April 2024, adults have been allowed to possess up to 25 grams in public and to grow three plants at home.",
    "Health Minister Jens Albrecht dismissed the plan as a step back into the dark ages.",
    "Police unions, which had opposed legalisation from the start, backed the conservatives’ pledge.",
    "According to the German Hemp Association, about 300 cannabis clubs have applied for licences. Its director, Felix Krämer, said a repeal would hand the market back to criminal dealers.",
    "If the conservatives win the election, they would need a coalition partner to pass a repeal. Polls suggest the issue matters less to voters than migration and the economy.",
    "Who will form the next government? Follow our live election coverage.",
], [
    t("Christian Democrats", r"conservative|christian democrat|\bcdu\b", "oppose", "Germany's cannabis law", r"cannabis|legali",
      "Conservatives Vow to Repeal Germany’s Cannabis", "headline organization verb-cue"),
    t("Christian Democrats", r"conservative|christian democrat|\bcdu\b", "oppose", "partial legalisation of cannabis", r"cannabis|legali",
      "promised to scrap the partial legalisation", "organization verb-cue"),
    t("Jens Albrecht", "albrecht", "oppose", "repeal of the cannabis law", r"plan|repeal|scrap",
      "dismissed the plan as a step", "title-appositive verb-cue topic-anaphor"),
    t("police unions", "police", "oppose", "cannabis legalisation", r"legali|cannabis",
      "had opposed legalisation from the start", "group-role-noun verb-cue"),
    t("police unions", "police", "support", "repeal of the cannabis law", r"pledge|repeal|scrap",
      "backed the conservatives’ pledge", "group-role-noun verb-cue topic-anaphor"),
    t("Felix Krämer", r"kr[aä]mer|hemp association", "oppose", "repeal of the cannabis law", "repeal",
      "said a repeal would hand the", "title-appositive reported-speech"),
], tags="hypothetical question junk forecast")

# ---------------------------------------------------------------------------
# Documents that state no stance at all: every triple a tool finds here is a
# false positive.

doc("none-boe-rates-preview", [
    "Bank of England Expected to Hold Rates as Inflation Stalls at 3.8%",
    "By Thomas Reid, Economics Editor",
    "Updated 18 September 2025, 06:00 BST",
    "The Bank of England is expected to keep interest rates on hold at 4 percent on Thursday, after figures showed inflation stuck at 3.8 percent in August, almost double the bank’s target.",
    "Economists polled by Reuters forecast that seven of the nine members of the Monetary Policy Committee will vote to leave rates unchanged, with two likely to favour a cut.",
    "Food prices rose 5.1 percent in the year to August. Higher energy bills and a weaker pound have supported the case for caution, while a cooling jobs market favours lower borrowing costs.",
    "If inflation falls faster than expected, the bank could cut rates again in November, according to analysts at Capital Economics.",
    "Will mortgage rates fall before Christmas? Lenders have already begun trimming fixed-rate deals.",
    "Sign up to our Money newsletter for weekly tips. Enter your email address",
], tags="forecast inanimate hypothetical question junk no-stance")

doc("none-storm-power-cuts", [
    "Storm Harriet Leaves 200,000 Homes Without Power Across Ireland and Scotland",
    "DUBLIN — Storm Harriet brought gusts of up to 140 kilometres per hour to the west of Ireland on Saturday, cutting power to about 200,000 homes and businesses and forcing the cancellation of dozens of flights at Dublin and Glasgow airports.",
    "Met Éireann, the Irish weather service, issued a red warning for counties Galway, Mayo and Donegal, its highest level.",
    "ESB Networks said crews were working to restore supply but some customers could be without electricity until Tuesday.",
    "In Scotland, ScotRail suspended all services north of Perth. A spokesperson said trains would resume once lines had been checked for fallen trees.",
    "The storm is expected to move towards Norway on Sunday.",
    "Photo: Waves crash over the promenade in Salthill, Galway. (Photo: Aidan Crowley)",
    "Share this article",
], tags="junk forecast place-not-actor no-stance")

doc("none-chile-cherries-trade-war", [
    "What a Trade War Would Mean for Chile’s Cherry Growers",
    "SANTIAGO, Chile — Chile shipped about 400,000 tonnes of cherries last season, more than 90 percent of them to China, making the fruit the country’s most valuable farm export after wine.",
    "If Washington imposes new tariffs on Chinese goods, Beijing could retaliate against American fruit, which might in theory open more space for Chilean growers.",
    "But if Chinese demand weakens, prices could fall sharply, growers’ associations warn.",
    "Would Santiago seek a new trade deal with Beijing in that case? Officials at the foreign ministry declined to speculate.",
    "Talks between Chinese and Chilean officials in Shanghai last month focused on inspection rules for blueberries.",
    "Read more: Chile’s farmers turn to drip irrigation as drought drags on",
], tags="hypothetical question place-not-actor junk no-stance")

doc("none-sudan-talks-jeddah", [
    "Delegations Arrive in Jeddah as Sudan Ceasefire Talks Resume",
    "JEDDAH, Saudi Arabia (AP) — Delegations from Sudan’s army and the paramilitary Rapid Support Forces arrived in Jeddah on Sunday for a new round of talks hosted by Saudi Arabia and the United States, according to a statement from the Saudi foreign ministry.",
    "The talks in Jeddah follow an earlier round in Geneva in August that the army did not attend.",
    "The war, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to UN figures.",
    "Mediators said the first session would focus on humanitarian access to the besieged city of El Fasher.",
    "A senior diplomat said it was too early to say whether a ceasefire was within reach.",
    "The talks are expected to last at least a week.",
], tags="place-not-actor forecast no-stance")

doc("none-airline-profits", [
    "Airline Profits Soar as Summer Demand Holds Up",
    "By Sarah Lindgren",
    "July 30, 2025",
    "Europe’s biggest airlines reported record second-quarter profits this week, as strong demand for summer travel outweighed higher costs for fuel and staff.",
    "Air France-KLM posted an operating profit of 1.1 billion euros, up 35 percent from a year earlier, while IAG, the owner of British Airways and Iberia, said bookings for the third quarter were ahead of last year.",
    "Strong demand supports higher fares, and tight aircraft supply favours incumbents with large fleets, analysts at Bernstein wrote in a note.",
    "Shares in Lufthansa rose 4 percent in Frankfurt trading.",
    "Airlines are expected to carry a record 5 billion passengers worldwide this year, according to the International Air Transport Association.",
    "Advertisement",
], tags="inanimate forecast junk place-not-actor no-stance")

doc("none-deep-sea-mining-explainer", [
    "Is Deep-Sea Mining About to Begin? What to Know",
    "By Hannah Okoye",
    "Companies have been exploring the floor of the Pacific Ocean for decades in search of potato-sized nodules rich in nickel, cobalt and manganese, metals used in electric car batteries.",
    "So why has no one started mining? The International Seabed Authority, which regulates mining in international waters, has not yet agreed on rules for commercial extraction.",
    "If the authority fails to adopt a mining code, a company could seek a licence from a national government instead, a route that lawyers say would be open to legal challenge.",
    "How much metal is down there? Estimates for the Clarion-Clipperton Zone alone run to 21 billion tonnes of nodules.",
    "The authority’s council will meet again in Kingston in March.",
    "Hannah Okoye covers oceans and climate. She previously reported from Lagos and Nairobi.",
], tags="question hypothetical junk place-not-actor forecast no-stance")

doc("none-berlin-marathon", [
    "Kenyan Runner Smashes Course Record at Berlin Marathon",
    "BERLIN — Kenya’s Mary Wanjiru won the Berlin Marathon on Sunday in 2 hours, 11 minutes and 3 seconds, breaking the course record by nearly a minute on a cool, windless morning.",
    "Ethiopia’s Tigist Alemu finished second, 48 seconds behind, and Germany’s Lena Brandt was third.",
    "More than 45,000 runners from 150 countries took part, organisers said.",
    "Wanjiru, 27, said she had trained at altitude in Iten for four months. “I felt strong from the start, and the crowd carried me,” she said.",
    "Race officials said temperatures of 11 degrees Celsius at the start were close to ideal, and cool, still air favours fast times.",
    "Photo: Mary Wanjiru crosses the finish line at the Brandenburg Gate. Credit: Markus Hoffer/Staff",
    "Share this article",
], tags="junk inanimate place-not-actor no-stance")

doc("none-lima-corruption-trial", [
    "Trial of Former Peruvian Energy Minister Opens in Lima",
    "LIMA, Peru (AP) — The corruption trial of a former Peruvian energy minister accused of taking $2.3 million in bribes from a construction firm opened in Lima on Monday.",
    "Prosecutors have filed charges of money laundering and collusion. The former minister did not speak in court.",
    "The case is one of several linked to contracts for a gas pipeline in southern Peru that was cancelled in 2017.",
    "The presiding judge said the trial would hear from 84 witnesses and could last up to a year.",
    "The hearing in Lima was broadcast live on state television.",
    "Read more: Peru’s revolving door of presidents",
], tags="no-stance forecast place-not-actor junk")


# ---------------------------------------------------------------------------
# Checks and output

def _sentence_count(text):
    """Rough count of sentences (headline and junk lines count as one each)."""
    n = 0
    for para in text.split("\n\n"):
        parts = [p for p in re.split(r"(?<=[.?!])\s+(?=[“\"A-Z])", para.strip()) if p]
        n += len(parts)
    return n


def check(docs):
    assert 40 <= len(docs) <= 50, len(docs)
    check_common(docs, DOC_TAGS, 3, 8, forbidden_in_regex=("(?<", "(?i", "(?P"))
    for d in docs:
        text = d["text"]
        headline = text.split("\n\n", 1)[0]
        assert not headline.endswith("."), (d["id"], "headline ends with a full stop")
        assert "\n" not in headline, d["id"]
        n_sent = _sentence_count(text)
        assert 5 <= n_sent <= 14, (d["id"], n_sent)
        if not d["triples"]:
            assert "no-stance" in d["tags"], d["id"]
        for tr in d["triples"]:
            where = (d["id"], tr["evidence"])
            assert not re.search(r"[.!?]\s", tr["evidence"]), ("evidence spans sentences", where)
            if "speaker-document" in tr["tags"]:
                assert d.get("speaker") == tr["actor"], ("speaker-document actor must be the speaker", where)
    n_triples = sum(len(d["triples"]) for d in docs)
    assert n_triples >= 150, n_triples
    assert sum(1 for d in docs if d.get("speaker")) >= 5
    tag_counts = count_tags(docs)
    check_tag_coverage(tag_counts)
    return n_triples, tag_counts


def main():
    n_triples, tag_counts = check(DOCS)
    write_jsonl(DOCS, OUT)
    n_empty = sum(1 for d in DOCS if not d["triples"])
    n_speaker = sum(1 for d in DOCS if d.get("speaker"))
    support = sum(1 for d in DOCS for tr in d["triples"] if tr["stance"] == S)
    print(f"wrote {OUT}")
    print(f"documents: {len(DOCS)} ({n_empty} without triples, {n_speaker} with speaker)")
    print(f"triples: {n_triples} (support {support}, oppose {n_triples - support})")
    print("tag counts (document-level + triple-level):")
    for tag, n in sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {tag:18s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
