#!/usr/bin/env python3
"""Builds news_gold.jsonl: a gold evaluation set for stancegraph.

Short news-style documents, written fresh for this project (none is a real
article; people are invented, and statements attributed to real countries and
organisations are invented for testing). Each document carries the
actor-stance-topic triples a careful analyst would annotate, or none (with a
document-level tag saying why: page junk, hypothetical, question, ...).

Run:  python3 make_gold.py      (writes news_gold.jsonl next to this file)

Conventions beyond the spec (tests/data/gold/README.md):
- "X's plan/proposal/decision/request/offer to/for Y" and "the proposal by X to Y"
  count as X supporting Y (noun-cue); "X's law/bill/policy" alone does not.
- "X blocked / sued to block / vetoed Y" is X opposing Y; "X urged Z to do Y" is
  X supporting Y (the topic is Y, taken literally).
- Court rulings, abstentions, "declined to comment", signing/initialling and
  announcements are not stances.
"""
import os
import re

from gold_builder import ALLOWED_TAGS, O, S, check_common, check_tag_coverage, count_tags, make_doc, write_jsonl
from gold_builder import triple as t

D = []


def doc(id, text, *triples, speaker=None, tags=None):
    D.append(make_doc(id, text, triples, speaker=speaker, tags=tags))


# US / UK / common actor patterns
US = r"united states|washington|\bu\.?s\.?\b|america"
UK = r"britain|british|united kingdom|london|\buk\b"

# ---------------------------------------------------------------- climate and energy

doc("climate-eu-2040-headline",
    "EU Ministers Back 2040 Climate Target Despite Polish Objections\n\n"
    "Environment ministers meeting in Luxembourg on Tuesday endorsed a 90% cut in net greenhouse gas "
    "emissions by 2040. Poland voted against the target, arguing that its coal regions needed more time. "
    "The Commission will now draft the legal text.",
    t("EU environment ministers", r"minister", S, "2040 climate target", r"2040|climate target|emission",
      "EU Ministers Back 2040 Climate Target", "headline group-role-noun verb-cue"),
    t("Poland", r"poland|polish|warsaw", O, "2040 climate target", r"2040|climate target|emission|target",
      "Despite Polish Objections", "headline demonym noun-cue"),
    t("environment ministers", r"minister", S, "90% cut in net emissions by 2040", r"cut|emission|2040",
      "endorsed a 90% cut", "group-role-noun verb-cue"),
    t("Poland", r"poland|polish|warsaw", O, "2040 climate target", r"target|2040|emission",
      "Poland voted against the target", "topic-anaphor adjective-cue"))

doc("energy-belgium-doel-quote",
    "\u201cWe will not extend the life of the Doel reactors beyond 2035,\u201d Energy Minister Lotte Vermeulen "
    "told public broadcaster VRT on Sunday. Vermeulen instead called for faster permits for offshore wind "
    "farms in the North Sea. Belgium gets about 40% of its electricity from nuclear power.",
    t("Lotte Vermeulen", r"vermeulen|belgi", O, "extending the life of the Doel reactors",
      r"doel|reactor|nuclear|extend|extension", "We will not extend the life",
      "quote-speaker title-appositive negation verb-cue"),
    t("Lotte Vermeulen", r"vermeulen", S, "faster permits for offshore wind farms",
      r"offshore wind|wind farm|permit", "Vermeulen instead called for", "surname verb-cue"))

doc("energy-indonesia-coal",
    "Indonesia has pledged to retire 13 coal-fired power plants by 2030 under a $20 billion financing "
    "package agreed in 2022. The plants supply roughly a fifth of the grid on Java.",
    t("Indonesia", r"indonesia|jakarta", S, "retiring coal-fired power plants", r"coal|retire|plant",
      "Indonesia has pledged to retire", "verb-cue"))

doc("speech-tuvalu-climate",
    "Madam President, our islands are disappearing beneath the sea. We call for a fossil fuel "
    "non-proliferation treaty, and we urge all major emitters to phase out coal before 2030. We cannot "
    "accept carbon offsets that allow the richest countries to keep polluting.",
    t("Tuvalu", r"tuvalu", S, "fossil fuel non-proliferation treaty", r"non-proliferation|fossil fuel|treaty",
      "We call for a fossil fuel", "speaker-document verb-cue"),
    t("Tuvalu", r"tuvalu", S, "coal phase-out by major emitters before 2030", r"coal|phase",
      "we urge all major emitters", "speaker-document addressee verb-cue"),
    t("Tuvalu", r"tuvalu", O, "carbon offsets", r"offset",
      "We cannot accept carbon offsets", "speaker-document negation verb-cue"),
    speaker="Tuvalu")

doc("energy-canada-carbon-tax",
    "Canada\u2019s Conservatives have vowed to scrap the consumer carbon tax, which they blame for higher "
    "grocery prices. Environmental groups defended the levy as the cheapest way to cut emissions. The tax "
    "currently adds about 17 cents to a litre of gasoline.",
    t("Conservative Party of Canada", r"conservative", O, "consumer carbon tax", r"carbon tax|carbon price|levy",
      "vowed to scrap the consumer carbon tax", "organization verb-cue"),
    t("environmental groups", r"environmental", S, "consumer carbon tax", r"levy|carbon tax|carbon price",
      "Environmental groups defended the levy", "group-role-noun topic-anaphor verb-cue"))

doc("energy-germany-heating-law-passive",
    "Germany\u2019s heating law is opposed by the Free Democrats, who say it will drive up costs for "
    "homeowners. The Greens, the law\u2019s main architects, have promised to defend it in the Bundestag.",
    t("Free Democratic Party", r"free democrat|\bfdp\b", O, "heating law", r"heating law|heating",
      "is opposed by the Free Democrats", "passive organization"),
    t("Greens", r"green", S, "heating law", r"heating law|heating|\bit\b|\blaw\b",
      "have promised to defend it", "organization topic-anaphor verb-cue"))

doc("energy-scotland-fishermen-fear",
    "Scottish fishermen fear the planned expansion of offshore wind zones in the Moray Firth, saying it will "
    "close traditional fishing grounds. The Scottish government said it remains committed to the expansion.",
    t("Scottish fishermen", r"fisher", O, "expansion of offshore wind zones", r"offshore wind|expansion|wind zone",
      "Scottish fishermen fear the planned expansion", "group-role-noun verb-cue"),
    t("Scottish government", r"scottish government|scotland|scottish", S, "expansion of offshore wind zones",
      r"expansion|offshore wind|wind zone", "it remains committed to the expansion",
      "reported-speech pronoun adjective-cue topic-anaphor"))

doc("energy-kenya-geothermal-offer",
    "Japan\u2019s development agency JICA has offered Kenya a concessional loan of 40 billion yen to expand "
    "geothermal power at Olkaria. Kenyan Energy Cabinet Secretary Peter Mwangi welcomed the offer.",
    t("JICA", r"jica|japan", S, "loan to Kenya for geothermal power", r"geothermal|loan|olkaria",
      "has offered Kenya a concessional loan", "organization verb-cue"),
    t("Peter Mwangi", r"mwangi|kenya", S, "JICA geothermal loan", r"offer|loan|geothermal",
      "welcomed the offer", "title-appositive topic-anaphor verb-cue"))

doc("energy-alaska-lease-headline",
    "Alaska Native Groups Split Over Arctic Drilling Plan\n\n"
    "The Inupiat Community of the Arctic Slope said it opposes the lease sale, while the North Slope Borough "
    "supports it as a source of jobs and tax revenue.",
    t("Inupiat Community of the Arctic Slope", r"inupiat", O, "Arctic oil lease sale", r"lease|drilling",
      "said it opposes the lease sale", "organization reported-speech verb-cue"),
    t("North Slope Borough", r"north slope", S, "Arctic oil lease sale", r"lease|drilling|\bit\b",
      "the North Slope Borough supports it", "organization topic-anaphor verb-cue"))

doc("energy-vietnam-lng-prefer",
    "Vietnam\u2019s industry ministry favours liquefied natural gas over new coal plants in its updated power "
    "development plan, officials told Reuters.",
    t("Vietnam", r"vietnam|hanoi|ministry", S, "liquefied natural gas", r"lng|liquefied natural gas|\bgas\b",
      "favours liquefied natural gas over new coal", "prefer-over organization reported-speech"),
    t("Vietnam", r"vietnam|hanoi|ministry", O, "new coal plants", r"coal",
      "favours liquefied natural gas over new coal", "prefer-over organization reported-speech"))

doc("energy-india-solar-duty-junk",
    "Solar Installers Criticise Import Duties on Panels\n\n"
    "By Priya Raman, Energy Correspondent\n\n"
    "India\u2019s solar installers have criticised the new basic customs duty on imported modules, arguing it will "
    "slow rooftop adoption. The Ministry of New and Renewable Energy defended the duty as necessary to build a "
    "domestic supply chain.\n\n"
    "Priya Raman covers energy and climate from New Delhi. Follow her on X.\n\n"
    "Read more: India\u2019s solar auction hits record low price",
    t("solar installers", r"installer", O, "import duties on solar panels", r"dut|tariff",
      "Solar Installers Criticise Import Duties", "headline group-role-noun verb-cue"),
    t("Indian solar installers", r"installer", O, "basic customs duty on imported modules", r"dut|tariff",
      "have criticised the new basic customs duty", "group-role-noun verb-cue"),
    t("Ministry of New and Renewable Energy", r"ministry|\bmnre\b|india", S, "basic customs duty on modules",
      r"dut|tariff", "defended the duty as necessary", "organization topic-anaphor verb-cue"))

doc("energy-opec-cuts-according",
    "Saudi Arabia pushed for deeper output cuts at Sunday\u2019s OPEC+ meeting, but the United Arab Emirates "
    "resisted the move, according to two delegates.",
    t("Saudi Arabia", r"saudi|riyadh", S, "deeper output cuts", r"output cut|\bcuts?\b",
      "Saudi Arabia pushed for deeper output cuts", "verb-cue according-to"),
    t("United Arab Emirates", r"emirates|\buae\b|abu dhabi", O, "deeper output cuts", r"move|output cut|\bcuts?\b",
      "the United Arab Emirates resisted the move", "verb-cue topic-anaphor according-to"))

doc("energy-pacific-deep-sea-mining",
    "Fiji and Palau fear the start of commercial deep-sea mining in the Pacific and have called for a "
    "moratorium. The International Seabed Authority meets in Kingston in July.",
    t("Fiji", r"fiji|suva", O, "commercial deep-sea mining", r"deep-sea mining|mining",
      "Fiji and Palau fear the start", "coordination verb-cue"),
    t("Palau", r"palau", O, "commercial deep-sea mining", r"deep-sea mining|mining",
      "Fiji and Palau fear the start", "coordination verb-cue"),
    t("Fiji", r"fiji|suva", S, "moratorium on deep-sea mining", r"moratorium",
      "have called for a moratorium", "coordination verb-cue"),
    t("Palau", r"palau", S, "moratorium on deep-sea mining", r"moratorium",
      "have called for a moratorium", "coordination verb-cue"))

doc("speech-greenpeace-norway-mining",
    "We welcome today\u2019s decision by the Norwegian parliament to pause deep-sea mining licences. But we "
    "will keep pushing for a permanent ban, and we urge the government to join the 32 countries calling for "
    "a moratorium.",
    t("Greenpeace", r"greenpeace", S, "pause of deep-sea mining licences", r"pause|deep-sea|licen[cs]e|decision",
      "We welcome today", "speaker-document verb-cue"),
    t("Norway", r"norw|parliament|storting|oslo", S, "pause of deep-sea mining licences",
      r"pause|deep-sea|licen[cs]e", "decision by the Norwegian parliament", "noun-cue demonym"),
    t("Greenpeace", r"greenpeace", S, "permanent ban on deep-sea mining", r"ban|deep-sea",
      "we will keep pushing for a permanent ban", "speaker-document verb-cue"),
    t("Greenpeace", r"greenpeace", S, "Norway joining the moratorium", r"moratorium|join",
      "we urge the government to join", "speaker-document addressee verb-cue"),
    t("32 countries", r"countr|\b32\b", S, "moratorium on deep-sea mining", r"moratorium",
      "the 32 countries calling for a moratorium", "group-role-noun verb-cue"),
    speaker="Greenpeace")

doc("energy-norway-shipping-tax",
    "Norway supports a global tax on shipping emissions, but the United States opposes it. The International "
    "Maritime Organization will vote on the measure in October.",
    t("Norway", r"norw|oslo", S, "global tax on shipping emissions", r"shipping|emission|tax|levy",
      "Norway supports a global tax", "verb-cue"),
    t("United States", US, O, "global tax on shipping emissions", r"shipping|emission|tax|levy|\bit\b",
      "the United States opposes it", "verb-cue topic-anaphor"))

doc("energy-maersk-pension-fund",
    "Denmark\u2019s largest pension fund backs a shareholder resolution asking Maersk to set a 2040 net-zero "
    "target, a spokesperson said on Thursday.",
    t("Danish pension fund", r"pension fund|\bfund\b", S, "shareholder resolution on a 2040 net-zero target",
      r"resolution|net-zero|2040", "largest pension fund backs a shareholder resolution",
      "organization verb-cue reported-speech"))

doc("energy-verdant-namibia-company",
    "Verdant Energy has offered to build a 600-megawatt solar plant in Namibia. The company wants a 25-year "
    "power purchase agreement with the state utility, NamPower.",
    t("Verdant Energy", r"verdant", S, "600-megawatt solar plant in Namibia", r"solar|plant|namibia",
      "has offered to build a 600-megawatt", "organization verb-cue"),
    t("Verdant Energy", r"verdant|company", S, "25-year power purchase agreement",
      r"power purchase|agreement|\bppa\b", "The company wants a 25-year", "definite-anaphor organization verb-cue"))

doc("energy-iea-renewables-agency",
    "The International Energy Agency urged governments to triple renewable power capacity by 2030. The agency "
    "also warned against approving new oil and gas fields.",
    t("International Energy Agency", r"international energy agency|\biea\b|agency", S,
      "tripling renewable capacity by 2030", r"renewable|tripl", "urged governments to triple renewable",
      "organization addressee verb-cue"),
    t("International Energy Agency", r"international energy agency|\biea\b|agency", O,
      "new oil and gas fields", r"oil|gas field", "The agency also warned against",
      "definite-anaphor verb-cue"))

doc("energy-bottom-trawling-passive",
    "The ban on bottom trawling in marine protected areas was welcomed by conservation groups but criticised "
    "by the Danish Fishermen\u2019s Association.",
    t("conservation groups", r"conservation", S, "ban on bottom trawling in protected areas", r"trawl|ban",
      "was welcomed by conservation groups", "passive group-role-noun"),
    t("Danish Fishermen's Association", r"fishermen|fishing", O, "ban on bottom trawling in protected areas",
      r"trawl|ban", "criticised by the Danish Fishermen", "passive organization"))

# ---------------------------------------------------------------- trade and tariffs

doc("trade-canada-steel-headline",
    "Canada Rejects U.S. Steel Tariffs, Vows Countermeasures\n\n"
    "Ottawa on Friday rejected the 25% tariffs on steel imports that took effect at midnight and said it would "
    "impose duties on American bourbon and motorcycles. Canadian steelmakers welcomed the government\u2019s "
    "response.",
    t("Canada", r"canada|ottawa", O, "U.S. steel tariffs", r"tariff",
      "Canada Rejects U.S. Steel Tariffs", "headline verb-cue"),
    t("Canada", r"canada|ottawa", S, "countermeasures against U.S. tariffs", r"countermeasure|retaliat|dut",
      "Vows Countermeasures", "headline verb-cue"),
    t("Canada", r"canada|ottawa", O, "25% steel tariffs", r"tariff",
      "Ottawa on Friday rejected", "capital-metonymy verb-cue"),
    t("Canada", r"canada|ottawa", S, "duties on American bourbon and motorcycles",
      r"dut|bourbon|motorcycle|countermeasure|retaliat", "said it would impose duties",
      "capital-metonymy reported-speech pronoun verb-cue"),
    t("Canadian steelmakers", r"steelmaker", S, "government's response to the tariffs",
      r"response|countermeasure|retaliat|dut", "Canadian steelmakers welcomed",
      "group-role-noun topic-anaphor verb-cue"))

doc("trade-mercosur-farmers-carmakers",
    "French farm unions condemned the EU\u2013Mercosur trade agreement on Wednesday, while German carmakers "
    "voiced support for the deal. Brazil\u2019s foreign ministry said ratification could take up to two years.",
    t("French farm unions", r"farm union|farmer|union", O, "EU-Mercosur trade agreement", r"mercosur|trade agreement",
      "French farm unions condemned", "group-role-noun verb-cue"),
    t("German carmakers", r"carmaker", S, "EU-Mercosur trade agreement", r"deal|mercosur|trade agreement",
      "German carmakers voiced support for the deal", "group-role-noun noun-cue topic-anaphor"))

doc("trade-china-ev-duties",
    "Beijing condemned the provisional EU duties on Chinese electric vehicles as \u201cnaked protectionism\u201d. "
    "Germany voted against the duties in a non-binding ballot of member states, while Hungary abstained.",
    t("China", r"china|beijing|chinese", O, "EU duties on Chinese electric vehicles",
      r"dut|tariff|electric vehicle", "Beijing condemned the provisional EU duties", "capital-metonymy verb-cue"),
    t("Germany", r"german|berlin", O, "EU duties on Chinese electric vehicles", r"dut|tariff|electric vehicle",
      "Germany voted against the duties", "adjective-cue topic-anaphor"))

doc("trade-uk-sector-deal-prefer",
    "Britain\u2019s trade secretary, Helen Ashdown, said London would prefer a sector-by-sector deal with "
    "Washington over a comprehensive free trade agreement.",
    t("United Kingdom", UK + r"|ashdown", S, "sector-by-sector deal with the U.S.", r"sector",
      "London would prefer a sector-by-sector deal",
      "prefer-over capital-metonymy reported-speech title-appositive"),
    t("United Kingdom", UK + r"|ashdown", O, "comprehensive free trade agreement with the U.S.",
      r"free trade agreement|comprehensive|\bfta\b", "London would prefer a sector-by-sector deal",
      "prefer-over capital-metonymy reported-speech title-appositive"))

doc("trade-india-wto-fisheries",
    "India blocked the adoption of the fisheries subsidies agreement at the WTO ministerial conference in "
    "Abu Dhabi, insisting on exemptions for small-scale fishers.",
    t("India", r"india|new delhi", O, "WTO fisheries subsidies agreement", r"fisher|subsid",
      "India blocked the adoption", "verb-cue"),
    t("India", r"india|new delhi", S, "exemptions for small-scale fishers", r"exemption|small-scale",
      "insisting on exemptions", "verb-cue"))

doc("trade-asean-code-of-conduct",
    "ASEAN foreign ministers pushed for the swift conclusion of a code of conduct in the South China Sea at "
    "their meeting in Vientiane. Beijing has said it is committed to the negotiations.",
    t("ASEAN foreign ministers", r"asean|foreign minister", S, "code of conduct in the South China Sea",
      r"code of conduct", "ASEAN foreign ministers pushed for", "organization group-role-noun verb-cue"),
    t("China", r"china|beijing", S, "code of conduct negotiations", r"negotiation|code of conduct|talks",
      "it is committed to the negotiations", "capital-metonymy reported-speech adjective-cue topic-anaphor"))

doc("trade-bca-super-tax-opposition",
    "The Business Council of Australia\u2019s opposition to the proposed tax on unrealised superannuation gains "
    "has hardened, chief executive Sarah Lindqvist said on Monday.",
    t("Business Council of Australia", r"business council|\bbca\b", O, "tax on unrealised superannuation gains",
      r"unreali[sz]ed|superannuation|tax", "opposition to the proposed tax",
      "organization noun-cue reported-speech"))

doc("trade-au-afcfta",
    "The African Union called on member states to fully implement the African Continental Free Trade Area, "
    "saying intra-African trade remains below 15% of the total.",
    t("African Union", r"african union|\bau\b", S, "implementation of the AfCFTA",
      r"afcfta|continental free trade|free trade area", "called on member states to fully implement",
      "organization addressee verb-cue"))

doc("trade-japan-rice-headline",
    "Japanese Farm Lobby Warns Against Opening Rice Market\n\n"
    "JA-Zenchu, the national federation of agricultural cooperatives, said any deal that lowered rice tariffs "
    "would be unacceptable to its members.",
    t("JA-Zenchu", r"zenchu|farm lobby|japan", O, "opening the rice market", r"rice",
      "Warns Against Opening Rice Market", "headline group-role-noun verb-cue"),
    t("JA-Zenchu", r"zenchu|federation", O, "deal lowering rice tariffs", r"rice|tariff|deal",
      "would be unacceptable to its members", "organization title-appositive reported-speech adjective-cue"))

doc("trade-mexico-tariffs-quote",
    "\u201cWe reject these tariffs entirely,\u201d said a spokesperson for the Mexican economy ministry. "
    "The duties would apply to tomatoes, avocados and auto parts.",
    t("Mexico", r"mexic|ministry|spokes", O, "tariffs on Mexican goods", r"tariff|dut",
      "We reject these tariffs entirely", "quote-speaker organization demonym verb-cue"))

doc("trade-swiss-framework-hedge",
    "The Swiss government broadly welcomed the new framework agreement with the EU, though it said parts of "
    "the wage protection rules still needed work.",
    t("Switzerland", r"swiss|switzerland|bern", S, "framework agreement with the EU",
      r"framework agreement|agreement", "broadly welcomed the new framework",
      "hedge-lowered demonym verb-cue"))

doc("trade-china-seafood-hedge",
    "Beijing appears to favour a phased lifting of its ban on Japanese seafood imports, according to people "
    "briefed on the talks.",
    t("China", r"china|beijing", S, "phased lifting of the ban on Japanese seafood", r"seafood|lift|ban",
      "Beijing appears to favour a phased lifting",
      "hedge-lowered capital-metonymy according-to verb-cue"))

doc("trade-india-rcep-demonym",
    "Indian officials ruled out joining the Regional Comprehensive Economic Partnership, citing the risk of a "
    "flood of cheap Chinese goods.",
    t("India", r"india|new delhi", O, "joining RCEP", r"regional comprehensive|\brcep\b|partnership",
      "Indian officials ruled out joining", "demonym verb-cue"))

doc("trade-soybean-association",
    "The American Soybean Association criticized the new tariffs on Chinese imports, warning that they invite "
    "retaliation against U.S. farmers. Soybean exports to China fell 40% last year.",
    t("American Soybean Association", r"soybean", O, "tariffs on Chinese imports", r"tariff",
      "criticized the new tariffs", "organization verb-cue"))

# ---------------------------------------------------------------- health

doc("health-who-pandemic-agreement",
    "The World Health Organization welcomed the adoption of the pandemic agreement on Tuesday. Slovakia "
    "objected to the text and called for a recorded vote.",
    t("World Health Organization", r"world health|\bwho\b", S, "pandemic agreement", r"pandemic",
      "welcomed the adoption of the pandemic", "organization verb-cue"),
    t("Slovakia", r"slovak|bratislava", O, "pandemic agreement", r"text|pandemic",
      "Slovakia objected to the text", "topic-anaphor verb-cue"),
    t("Slovakia", r"slovak|bratislava", S, "recorded vote on the agreement", r"recorded vote|\bvote\b",
      "called for a recorded vote", "verb-cue"))

doc("health-nigeria-sugar-tax",
    "Health Minister Dr. Amara Okafor defended the proposed sugar tax in the Senate on Thursday, saying "
    "obesity rates had doubled in a decade. Beverage makers lobbied hard against the levy.",
    t("Amara Okafor", r"okafor", S, "sugar tax", r"sugar",
      "defended the proposed sugar tax", "title-appositive verb-cue"),
    t("beverage makers", r"beverage", O, "sugar tax", r"levy|sugar",
      "lobbied hard against the levy", "group-role-noun topic-anaphor adjective-cue"))

doc("health-nsw-nurses-strike",
    "Nurses in New South Wales walked off the job on Wednesday, demanding a 15% pay rise. The state\u2019s "
    "premier said the claim was unaffordable and urged the union to return to arbitration.",
    t("NSW nurses", r"nurse", S, "15% pay rise", r"pay rise|\b15\b|pay",
      "demanding a 15% pay rise", "group-role-noun verb-cue"),
    t("NSW premier", r"premier", O, "nurses' 15% pay claim", r"claim|pay rise|pay",
      "the claim was unaffordable", "reported-speech topic-anaphor adjective-cue"),
    t("NSW premier", r"premier", S, "return to arbitration", r"arbitration",
      "urged the union to return to arbitration", "addressee verb-cue"))

doc("health-measles-mandate",
    "Paediatricians\u2019 associations urged the government to make measles vaccination compulsory for school "
    "entry after the third outbreak this year. Education Minister Karin Holm said she was hesitant to introduce "
    "a mandate.",
    t("paediatricians' associations", r"paediatrician|pediatrician", S, "compulsory measles vaccination",
      r"measles|vaccin|compulsory|mandat", "urged the government to make measles",
      "group-role-noun addressee verb-cue"),
    t("Karin Holm", r"holm", O, "measles vaccination mandate", r"mandate|vaccin|measles",
      "she was hesitant to introduce a mandate",
      "title-appositive reported-speech pronoun adjective-cue topic-anaphor"))

doc("health-uk-smoking-ban",
    "The Tobacco Manufacturers\u2019 Association criticised the generational smoking ban, which would stop "
    "anyone born after 2008 from ever legally buying cigarettes. The bill was backed by 415 MPs at its second "
    "reading.",
    t("Tobacco Manufacturers' Association", r"tobacco manufacturers|tobacco", O, "generational smoking ban",
      r"smoking ban|generational|smoking", "criticised the generational smoking ban", "organization verb-cue"),
    t("MPs", r"\bmps?\b|lawmaker|members? of parliament", S, "generational smoking ban bill",
      r"bill|smoking", "was backed by 415 MPs", "passive group-role-noun topic-anaphor"))

doc("health-us-drug-prices",
    "Pharmaceutical companies have sued to block Medicare drug price negotiations, while patient groups "
    "such as AARP have praised the program.",
    t("pharmaceutical companies", r"pharmaceutical|drugmaker|pharma", O, "Medicare drug price negotiations",
      r"negotiation|medicare|drug price", "sued to block Medicare drug price", "group-role-noun verb-cue"),
    t("AARP", r"aarp|patient", S, "Medicare drug price negotiations", r"program|negotiation|medicare|drug price",
      "AARP have praised the program", "organization topic-anaphor verb-cue"))

doc("health-maternity-closures",
    "Dr. Elena Marsh, the chief executive of Harbourview Hospital, has criticised the health authority\u2019s "
    "plan to close two rural maternity units. She said the closures would force women to travel more than "
    "100 kilometres to give birth.",
    t("Elena Marsh", r"marsh", O, "closing two rural maternity units", r"maternity|clos",
      "has criticised the health authority", "title-appositive verb-cue"),
    t("health authority", r"health authority|authority", S, "closing two rural maternity units",
      r"maternity|clos", "plan to close two rural maternity units", "organization noun-cue"))

doc("health-diallo-user-fees-minister",
    "Health Minister Amina Diallo has pledged to abolish user fees at public clinics. The minister also backed "
    "a levy on alcohol to fund the change.",
    t("Amina Diallo", r"diallo|minister", S, "abolishing user fees at public clinics", r"user fee|fee",
      "has pledged to abolish user fees", "title-appositive verb-cue"),
    t("Amina Diallo", r"diallo|minister", S, "levy on alcohol", r"alcohol|levy",
      "The minister also backed", "definite-anaphor verb-cue"))

doc("health-pharmacists-hedge",
    "The national pharmacists\u2019 guild tentatively endorsed the plan to let pharmacists prescribe antibiotics "
    "for minor infections, pending details on training.",
    t("pharmacists' guild", r"pharmacist|guild", S, "letting pharmacists prescribe antibiotics",
      r"prescri|antibiotic", "tentatively endorsed the plan", "hedge-lowered organization verb-cue"))

doc("health-insulin-double-negation",
    "The pharmaceutical industry never opposed the price caps on insulin, its main lobby group said on "
    "Tuesday.",
    t("pharmaceutical industry", r"pharma|industry|lobby", S, "price caps on insulin", r"insulin|price cap",
      "never opposed the price caps", "double-negation group-role-noun reported-speech verb-cue"))

doc("health-ivf-doubt",
    "Private clinic operators doubt the wisdom of price controls on IVF treatment, their industry association "
    "said in a submission to the ministry.",
    t("private clinic operators", r"clinic|operator", O, "price controls on IVF treatment",
      r"price control|ivf", "doubt the wisdom of price controls", "group-role-noun verb-cue reported-speech"))

doc("health-sweden-hospital-out-of-question",
    "Cutting the hospital budget is out of the question, Health Minister Sofia Lindgren told the Riksdag on "
    "Wednesday.",
    t("Sofia Lindgren", r"lindgren", O, "cutting the hospital budget", r"hospital budget|\bcut",
      "is out of the question", "title-appositive adjective-cue reported-speech"))

# ---------------------------------------------------------------- labour and strikes

doc("labour-heathrow-pay",
    "Security staff at Heathrow Airport rejected the latest pay offer by a margin of three to one, the Unite "
    "union said on Monday. Unite called on the airport to return to talks.",
    t("Heathrow security staff", r"security staff|staff|worker", O, "latest pay offer", r"pay offer|offer",
      "rejected the latest pay offer", "group-role-noun verb-cue reported-speech"),
    t("Unite", r"unite", S, "return to talks", r"talks",
      "Unite called on the airport", "organization addressee verb-cue"))

doc("labour-korea-doctors",
    "Trainee doctors in South Korea have resisted the government\u2019s plan to increase medical school "
    "admissions by 2,000 places. The Korean Medical Association said it backs the doctors\u2019 walkout.",
    t("trainee doctors", r"doctor", O, "increasing medical school admissions", r"medical school|admission",
      "have resisted the government", "group-role-noun verb-cue"),
    t("South Korean government", r"government|korea|seoul", S, "increasing medical school admissions",
      r"medical school|admission", "plan to increase medical school admissions", "noun-cue"),
    t("Korean Medical Association", r"korean medical association|\bkma\b", S, "doctors' walkout",
      r"walkout|strike", "said it backs the doctors", "organization reported-speech verb-cue"))

doc("labour-france-pension-strike",
    "French unions have called a nationwide strike against the plan to raise the pension age to 64. The CFDT, "
    "usually the most moderate of the unions, also rejected the proposal. The prime minister\u2019s office said "
    "the reform was not negotiable.",
    t("French unions", r"union", O, "raising the pension age to 64", r"pension|retirement age|\b64\b",
      "strike against the plan", "group-role-noun adjective-cue"),
    t("CFDT", r"cfdt", O, "raising the pension age to 64", r"proposal|pension|retirement age",
      "also rejected the proposal", "organization topic-anaphor verb-cue"),
    t("French government", r"prime minister|government|france|french", S, "pension reform",
      r"reform|pension", "the reform was not negotiable", "reported-speech topic-anaphor adjective-cue"))

doc("labour-amazon-coventry",
    "Amazon warehouse workers in Coventry voted against union recognition for the GMB by a narrow margin. "
    "The GMB said it would push for a new ballot next year.",
    t("Amazon warehouse workers", r"worker", O, "union recognition for the GMB", r"recognition|union",
      "voted against union recognition", "group-role-noun adjective-cue"),
    t("GMB", r"\bgmb\b", S, "new recognition ballot", r"ballot",
      "said it would push for a new ballot", "organization reported-speech verb-cue"))

doc("labour-germany-minimum-wage",
    "Germany\u2019s employers\u2019 federation BDA warned against raising the minimum wage to 15 euros, while "
    "the DGB trade union confederation insisted on the increase.",
    t("BDA", r"\bbda\b|employer", O, "raising the minimum wage to 15 euros", r"minimum wage|\b15\b",
      "warned against raising the minimum wage", "organization verb-cue"),
    t("DGB", r"\bdgb\b|trade union", S, "raising the minimum wage to 15 euros", r"increase|minimum wage",
      "insisted on the increase", "organization verb-cue topic-anaphor"))

doc("labour-spain-four-day-double-negation",
    "Spain\u2019s largest employers\u2019 group, CEOE, said it is not opposed to a pilot of the four-day week in "
    "small firms, provided it is voluntary.",
    t("CEOE", r"ceoe|employer", S, "four-day week pilot", r"four-day|pilot",
      "it is not opposed to a pilot", "organization reported-speech double-negation adjective-cue title-appositive"))

doc("labour-rmt-driver-only",
    "RMT general secretary Owen Pryce said members would not accept driver-only operation on suburban lines. "
    "He also demanded a guarantee of no compulsory redundancies.",
    t("RMT members", r"member|\brmt\b|pryce", O, "driver-only operation", r"driver-only",
      "members would not accept driver-only operation",
      "reported-speech negation title-appositive group-role-noun verb-cue"),
    t("Owen Pryce", r"pryce|\brmt\b", S, "guarantee of no compulsory redundancies", r"redundanc|guarantee",
      "He also demanded a guarantee", "pronoun verb-cue"))

doc("labour-writers-guild-ai",
    "The Writers Guild said its members are determined to win protections against the use of AI in "
    "scriptwriting. Talks with the studios resume on Monday.",
    t("Writers Guild", r"writers guild|member|writer", S, "protections against AI in scriptwriting",
      r"protection|\bai\b|artificial intelligence", "its members are determined to win protections",
      "organization reported-speech adjective-cue"))

doc("labour-norway-nurses-quote",
    "\u201cThe union will not sign an agreement that cuts night-shift pay,\u201d said Ingrid Solberg, who leads the "
    "Norwegian Nurses Organisation. \u201cWe are willing to strike for as long as it takes.\u201d",
    t("Norwegian Nurses Organisation", r"union|solberg|nurse", O, "agreement cutting night-shift pay",
      r"night-shift|agreement|pay", "will not sign an agreement",
      "quote-speaker title-appositive negation verb-cue"),
    t("Norwegian Nurses Organisation", r"union|solberg|nurse", S, "strike", r"strike",
      "We are willing to strike", "quote-speaker adjective-cue"))

doc("labour-lithium-miners-double-negation",
    "Chile\u2019s largest miners\u2019 union does not object to the state taking a majority stake in lithium "
    "projects, its president said.",
    t("Chilean miners' union", r"miner|union", S, "state majority stake in lithium projects",
      r"lithium|stake|state", "does not object to the state taking",
      "double-negation organization reported-speech verb-cue"))

doc("labour-ila-automation-double-negation",
    "Under the new six-year contract, the International Longshoremen\u2019s Association is no longer opposed to "
    "semi-automated cranes at East Coast ports.",
    t("International Longshoremen's Association", r"longshore|\bila\b", S, "semi-automated cranes at ports",
      r"crane|automat", "is no longer opposed to semi-automated", "double-negation organization adjective-cue"))

doc("labour-unison-pay-hedge",
    "Unison largely backs the revised NHS pay deal, its head of health said on Friday, and will recommend "
    "that members accept it.",
    t("Unison", r"unison", S, "revised NHS pay deal", r"pay deal|\bpay\b|\bit\b",
      "largely backs the revised", "hedge-lowered organization reported-speech verb-cue"),
    t("Unison", r"unison", S, "members accepting the pay deal", r"pay deal|\bpay\b|\bit\b|accept",
      "will recommend that members accept it", "organization topic-anaphor verb-cue"))

doc("labour-rail-bullets",
    "What we know so far:\n"
    "- The RMT has rejected the 3% offer.\n"
    "- Network Rail says it is willing to return to talks.\n"
    "- Services are expected to be disrupted until Friday.",
    t("RMT", r"\brmt\b", O, "3% pay offer", r"offer|\b3%",
      "The RMT has rejected the 3% offer", "organization verb-cue"),
    t("Network Rail", r"network rail", S, "returning to talks", r"talks",
      "it is willing to return to talks", "organization reported-speech pronoun adjective-cue"))

doc("labour-ireland-teachers-union",
    "The Teachers\u2019 Union of Ireland has demanded smaller class sizes in secondary schools. The union "
    "rejected the department\u2019s offer of 800 extra teaching posts as inadequate.",
    t("Teachers' Union of Ireland", r"teachers|union|\btui\b", S, "smaller class sizes", r"class size",
      "has demanded smaller class sizes", "organization verb-cue"),
    t("Teachers' Union of Ireland", r"teachers|union|\btui\b", O, "department's offer of 800 teaching posts",
      r"offer|teaching post", "The union rejected the department", "definite-anaphor verb-cue"),
    t("Department of Education", r"department", S, "800 extra teaching posts", r"teaching post|\b800\b",
      "offer of 800 extra teaching posts", "organization noun-cue"))

# ---------------------------------------------------------------- housing

doc("housing-lisbon-rentals",
    "Tenants\u2019 groups praised the new cap on short-term rental licences in Lisbon\u2019s historic centre. "
    "Airbnb said that it would challenge the rules in court.",
    t("tenants' groups", r"tenant", S, "cap on short-term rental licences", r"short-term|rental|licen[cs]e|\bcap\b",
      "Tenants\u2019 groups praised", "group-role-noun verb-cue"),
    t("Airbnb", r"airbnb", O, "cap on short-term rental licences", r"rule|short-term|rental|licen[cs]e|\bcap\b",
      "it would challenge the rules in court", "organization reported-speech topic-anaphor verb-cue"))

doc("housing-riverside-mayor-headline",
    "Mayor Vows to Build 50,000 Homes on Former Rail Land\n\n"
    "Riverside Mayor Tomas Herrera on Monday pledged to build 50,000 affordable homes on disused rail yards. "
    "Herrera said he was determined to push the plan through the council despite objections from "
    "homeowners\u2019 associations.",
    t("Tomas Herrera", r"herrera|mayor", S, "building 50,000 homes on rail land", r"home|housing|50,000",
      "Mayor Vows to Build 50,000 Homes", "headline verb-cue"),
    t("Tomas Herrera", r"herrera|mayor", S, "building 50,000 affordable homes", r"home|housing|50,000",
      "pledged to build 50,000 affordable homes", "title-appositive verb-cue"),
    t("Tomas Herrera", r"herrera", S, "housing plan", r"plan|home|housing",
      "he was determined to push the plan", "surname reported-speech pronoun adjective-cue topic-anaphor"),
    t("homeowners' associations", r"homeowner", O, "housing plan", r"plan|home|housing",
      "despite objections from homeowners", "group-role-noun noun-cue topic-anaphor"))

doc("housing-canada-foreign-buyers",
    "Ottawa defended its ban on foreign buyers of residential property, which it has extended until 2027. "
    "Real estate boards in British Columbia criticised the extension, saying it had done little to improve "
    "affordability.",
    t("Canada", r"canada|ottawa", S, "ban on foreign buyers of residential property", r"foreign buyer|\bban\b",
      "Ottawa defended its ban", "capital-metonymy verb-cue"),
    t("B.C. real estate boards", r"real estate", O, "extension of the foreign buyer ban",
      r"extension|\bban\b|foreign buyer", "criticised the extension", "group-role-noun topic-anaphor verb-cue"))

doc("housing-spain-non-eu-tax",
    "Spain\u2019s prime minister proposed a 100% tax on homes bought by non-EU residents. The People\u2019s Party "
    "said that it opposes the measure, calling it populist.",
    t("Spanish prime minister", r"prime minister|spain|spanish", S, "100% tax on homes bought by non-EU residents",
      r"100%|tax|non-eu", "proposed a 100% tax", "verb-cue"),
    t("People's Party", r"people.s party|\bpp\b|partido popular", O, "100% tax on homes bought by non-EU residents",
      r"measure|tax", "it opposes the measure", "organization reported-speech topic-anaphor verb-cue"))

doc("housing-auckland-prefer",
    "Several members of the Auckland council prefer intensifying housing near train stations over expanding "
    "the city\u2019s urban boundary.",
    t("Auckland council members", r"council|member", S, "intensifying housing near train stations",
      r"intensif|station", "prefer intensifying housing near train stations", "prefer-over group-role-noun"),
    t("Auckland council members", r"council|member", O, "expanding the urban boundary", r"urban boundary|expan",
      "prefer intensifying housing near train stations", "prefer-over group-role-noun"))

doc("housing-berlin-rent-cap",
    "Berlin\u2019s housing senator said she would not support a new rent cap, after the previous cap was ruled "
    "unconstitutional in 2021.",
    t("Berlin housing senator", r"senator", O, "new rent cap", r"rent cap",
      "would not support a new rent cap", "reported-speech pronoun negation verb-cue"))

doc("housing-heathrow-runway-nouns",
    "Business groups voiced backing for a third runway at Heathrow, while local councils stepped up their "
    "criticism of the project.",
    t("business groups", r"business", S, "third runway at Heathrow", r"runway|heathrow",
      "voiced backing for a third runway", "group-role-noun noun-cue"),
    t("local councils", r"council", O, "third runway at Heathrow", r"project|runway|heathrow",
      "stepped up their criticism of the project", "group-role-noun noun-cue topic-anaphor"))

# ---------------------------------------------------------------- technology and AI

doc("tech-eu-ai-rules-delay",
    "Tech industry groups urged Brussels to delay the rules for general-purpose AI models, saying guidance was "
    "not yet ready. The Commission rejected the request on Friday.",
    t("tech industry groups", r"tech|industry", S, "delaying rules for general-purpose AI",
      r"delay|\bai\b|general-purpose|rule", "urged Brussels to delay the rules",
      "group-role-noun addressee verb-cue"),
    t("European Commission", r"commission|\beu\b|european", O, "delaying rules for general-purpose AI",
      r"request|delay", "The Commission rejected the request", "organization topic-anaphor verb-cue"))

doc("tech-ai-safety-bill-veto",
    "State lawmakers approved a bill requiring safety tests for the largest AI models. The governor vetoed it "
    "on Sunday, arguing that it would stifle innovation.",
    t("state lawmakers", r"lawmaker|legislat", S, "AI safety testing bill", r"bill|safety test|\bai\b",
      "State lawmakers approved a bill", "group-role-noun verb-cue"),
    t("the governor", r"governor", O, "AI safety testing bill", r"bill|\bit\b|safety test|\bai\b",
      "The governor vetoed it", "topic-anaphor verb-cue"))

doc("tech-australia-social-media-ban",
    "Communications Minister Rachel Tan defended the ban on social media accounts for under-16s. Tech "
    "companies including Meta and TikTok have criticized the law as rushed.",
    t("Rachel Tan", r"\btan\b", S, "social media ban for under-16s", r"social media|\bban\b|under-16",
      "defended the ban on social media", "title-appositive verb-cue"),
    t("Meta", r"meta|tech compan", O, "social media ban for under-16s", r"\blaw\b|social media|\bban\b",
      "have criticized the law", "coordination organization topic-anaphor verb-cue"),
    t("TikTok", r"tiktok|tech compan", O, "social media ban for under-16s", r"\blaw\b|social media|\bban\b",
      "have criticized the law", "coordination organization topic-anaphor verb-cue"))

doc("tech-dutch-export-controls",
    "The Dutch government is wary of extending export controls to the servicing of chipmaking machines already "
    "sold to China, according to three people familiar with the matter.",
    t("Netherlands", r"netherlands|dutch|hague", O, "extending export controls to servicing of chip machines",
      r"export control|servic", "is wary of extending export controls", "demonym adjective-cue according-to"))

doc("tech-kestrel-encryption",
    "Kestrel, the encrypted messaging app, said it would rather withdraw from Britain than comply with the "
    "scanning requirement in the Online Safety Act.",
    t("Kestrel", r"kestrel", O, "message-scanning requirement in the Online Safety Act",
      r"scanning|online safety", "would rather withdraw from Britain",
      "organization title-appositive reported-speech verb-cue"))

doc("tech-dma-us-lawmakers-headline",
    "U.S. Lawmakers Criticise EU Digital Rules as Unfair to American Firms\n\n"
    "Republican members of the House Judiciary Committee said they opposed the Digital Markets Act. "
    "Commission spokesperson Lea Zanetti said the EU stands by the law.",
    t("U.S. lawmakers", r"lawmaker|republican|congress", O, "EU digital rules", r"digital rule|digital markets|\bdma\b",
      "U.S. Lawmakers Criticise EU Digital Rules", "headline group-role-noun verb-cue"),
    t("House Judiciary Committee Republicans", r"republican|judiciary|committee", O, "Digital Markets Act",
      r"digital markets|\bdma\b", "said they opposed the Digital Markets Act", "group-role-noun reported-speech verb-cue"),
    t("European Union", r"\beu\b|european|commission|zanetti", S, "Digital Markets Act",
      r"\blaw\b|digital markets|\bdma\b", "the EU stands by the law", "reported-speech topic-anaphor verb-cue"))

doc("tech-india-ai-labels",
    "India\u2019s IT ministry has proposed mandatory labels on AI-generated content. Industry body Nasscom "
    "sought more time for consultations, while digital rights groups criticised the proposal as too vague.",
    t("Indian IT ministry", r"ministry|india", S, "mandatory labels on AI-generated content", r"label|ai-generated",
      "has proposed mandatory labels", "organization verb-cue"),
    t("Nasscom", r"nasscom", S, "more time for consultations on AI labels", r"consultation|time",
      "sought more time for consultations", "organization verb-cue"),
    t("digital rights groups", r"digital rights", O, "mandatory labels on AI-generated content",
      r"proposal|label", "criticised the proposal as too vague", "group-role-noun topic-anaphor verb-cue"))

doc("tech-doj-google-adtech",
    "The Justice Department is seeking the breakup of Google\u2019s advertising technology business. The company "
    "said it would appeal, calling the remedy extreme.",
    t("Justice Department", r"justice department|\bdoj\b|department of justice", S,
      "breakup of Google's ad tech business", r"breakup|break up|ad tech|advertising",
      "is seeking the breakup", "organization verb-cue"),
    t("Google", r"google|company", O, "breakup of Google's ad tech business", r"remedy|breakup|break up|ad tech",
      "The company said it would appeal", "definite-anaphor organization reported-speech topic-anaphor"))

doc("tech-facial-recognition",
    "Liberty and Big Brother Watch condemned the police\u2019s use of live facial recognition at the Notting Hill "
    "Carnival.",
    t("Liberty", r"liberty", O, "police use of live facial recognition", r"facial recognition",
      "condemned the police", "coordination organization verb-cue"),
    t("Big Brother Watch", r"big brother", O, "police use of live facial recognition", r"facial recognition",
      "condemned the police", "coordination organization verb-cue"))

doc("tech-cii-semiconductor-group",
    "The Confederation of Indian Industry welcomed the production-linked incentive scheme for semiconductors. "
    "The group also called for lower import duties on components.",
    t("Confederation of Indian Industry", r"confederation|\bcii\b|group", S,
      "production-linked incentive scheme for semiconductors", r"incentive|semiconductor",
      "welcomed the production-linked incentive", "organization verb-cue"),
    t("Confederation of Indian Industry", r"confederation|\bcii\b|group", S, "lower import duties on components",
      r"import dut|dut", "The group also called for", "definite-anaphor verb-cue"))

# ---------------------------------------------------------------- migration

doc("migration-italy-albania-centres",
    "Rome defended its migrant processing centres in Albania on Friday after a court in Rome ordered the release "
    "of 12 men held there. Human rights groups condemned the scheme as costly and cruel.",
    t("Italy", r"ital|rome", S, "migrant processing centres in Albania", r"processing cent|albania|migrant",
      "Rome defended its migrant processing", "capital-metonymy verb-cue"),
    t("human rights groups", r"human rights", O, "migrant processing centres in Albania",
      r"scheme|processing cent|albania", "Human rights groups condemned the scheme",
      "group-role-noun topic-anaphor verb-cue"))

doc("migration-hungary-poland-pact",
    "Hungary\u2019s government has said it will not implement the EU migration pact, and Poland has ruled out "
    "accepting relocated asylum seekers.",
    t("Hungary", r"hungar|budapest", O, "implementing the EU migration pact", r"migration pact|\bpact\b",
      "it will not implement the EU migration pact", "reported-speech negation pronoun verb-cue"),
    t("Poland", r"poland|polish|warsaw", O, "accepting relocated asylum seekers", r"relocat|asylum",
      "Poland has ruled out accepting", "verb-cue"))

doc("speech-mexico-migration",
    "Mexico reaffirms its commitment to the Global Compact for Migration. We reject the criminalisation of "
    "migrants, and we call on all states to guarantee access to asylum.",
    t("Mexico", r"mexic", S, "Global Compact for Migration", r"global compact|compact",
      "reaffirms its commitment to the Global Compact", "speaker-document noun-cue"),
    t("Mexico", r"mexic", O, "criminalisation of migrants", r"criminali[sz]",
      "We reject the criminalisation", "speaker-document verb-cue"),
    t("Mexico", r"mexic", S, "guaranteed access to asylum", r"asylum",
      "we call on all states to guarantee", "speaker-document addressee verb-cue"),
    speaker="Mexico")

doc("migration-home-secretary-hedge",
    "The Home Secretary appeared to back the idea of offshore return hubs during a visit to Rome on Tuesday, "
    "though she stopped short of a formal commitment.",
    t("Home Secretary", r"home secretary|secretary", S, "offshore return hubs", r"return hub|offshore",
      "appeared to back the idea", "hedge-lowered verb-cue"))

doc("migration-germany-border-controls",
    "German police unions have voiced support for extending controls at the borders with Poland and Austria. "
    "Warsaw and Vienna criticised the move as a breach of Schengen rules.",
    t("German police unions", r"police union|union", S, "extending border controls", r"border|control",
      "have voiced support for extending", "group-role-noun noun-cue"),
    t("Poland", r"poland|warsaw|polish", O, "extending German border controls", r"move|border|control",
      "Warsaw and Vienna criticised the move", "capital-metonymy coordination topic-anaphor verb-cue"),
    t("Austria", r"austria|vienna", O, "extending German border controls", r"move|border|control",
      "Warsaw and Vienna criticised the move", "capital-metonymy coordination topic-anaphor verb-cue"))

doc("migration-birthright-states",
    "Twenty-two states sued to block the executive order ending birthright citizenship. The order was due to "
    "take effect on February 19.",
    t("22 U.S. states", r"states", O, "executive order ending birthright citizenship", r"birthright|executive order",
      "sued to block the executive order", "group-role-noun verb-cue"))

doc("migration-mauritania-according",
    "According to a leaked memo, the European Commission plans to offer Mauritania \u20ac210 million to curb "
    "irregular departures toward the Canary Islands.",
    t("European Commission", r"commission|\beu\b|european", S, "funding for Mauritania to curb departures",
      r"mauritania|\u20ac210|210|curb|departure|fund", "plans to offer Mauritania",
      "according-to organization verb-cue"))

doc("migration-canada-student-cap",
    "Canada\u2019s immigration minister defended a cap on international student permits. University leaders said "
    "they were cautious about the cap, warning of lost revenue.",
    t("Canadian immigration minister", r"minister|canada", S, "cap on international student permits",
      r"\bcap\b|student permit", "defended a cap on international student", "verb-cue"),
    t("university leaders", r"universit|leader", O, "cap on international student permits",
      r"\bcap\b|student permit", "they were cautious about the cap",
      "group-role-noun reported-speech pronoun adjective-cue topic-anaphor"))

doc("migration-unhcr-uganda",
    "The UN refugee agency praised Uganda\u2019s open-door refugee policy, which allows refugees to work and own "
    "land. Uganda hosts more than 1.7 million refugees.",
    t("UNHCR", r"unhcr|refugee agency|\bun\b", S, "Uganda's open-door refugee policy", r"refugee policy|open-door",
      "praised Uganda\u2019s open-door refugee policy", "organization verb-cue"))

doc("migration-kremlin-peacekeepers-according",
    "According to a statement from the Kremlin, Moscow rejects the deployment of European peacekeepers in "
    "Ukraine.",
    t("Russia", r"russia|moscow|kremlin", O, "deployment of European peacekeepers in Ukraine",
      r"peacekeep|deployment", "Moscow rejects the deployment", "according-to capital-metonymy verb-cue"))

# ---------------------------------------------------------------- elections and parties

doc("elections-romania-runoff",
    "Three smaller parties endorsed Ana Petrescu, the centrist candidate, ahead of Sunday\u2019s presidential "
    "runoff. Petrescu\u2019s rival, nationalist Victor Dinu, rejected calls to debate her on television.",
    t("three smaller parties", r"part", S, "Ana Petrescu's candidacy", r"petrescu|candida",
      "Three smaller parties endorsed Ana Petrescu", "group-role-noun verb-cue"),
    t("Victor Dinu", r"dinu", O, "televised debate with Petrescu", r"debate",
      "rejected calls to debate her", "title-appositive verb-cue"))

doc("elections-greens-coalition-hedge",
    "The Greens ruled out joining a coalition with the far-right Freedom Alliance. Party co-leader Jonas Weber "
    "said they were open to talks with the conservatives.",
    t("Greens", r"green", O, "coalition with the Freedom Alliance", r"coalition|freedom alliance",
      "The Greens ruled out joining a coalition", "organization verb-cue"),
    t("Greens", r"green|weber", S, "talks with the conservatives", r"talks|conservative",
      "they were open to talks", "hedge-lowered reported-speech pronoun title-appositive adjective-cue"))

doc("elections-uk-proportional-representation",
    "Britain\u2019s Liberal Democrats renewed their push for proportional representation at their spring "
    "conference, and Reform UK said it backs a change to the voting system.",
    t("Liberal Democrats", r"liberal democrat|lib dem", S, "proportional representation", r"proportional",
      "renewed their push for proportional", "organization noun-cue"),
    t("Reform UK", r"reform", S, "changing the voting system", r"voting system|proportional|electoral",
      "said it backs a change", "organization reported-speech verb-cue"))

doc("elections-lagos-teachers-headline",
    "Teachers\u2019 Union Endorses Okoro for Governor\n\n"
    "The Lagos branch of the Nigeria Union of Teachers said it backs Okoro\u2019s plan to hire 20,000 teachers. "
    "Okoro is running against two-term incumbent Sani Bello.",
    t("Nigeria Union of Teachers", r"union|teacher", S, "Okoro's bid for governor", r"okoro|governor",
      "Union Endorses Okoro for Governor", "headline organization verb-cue"),
    t("Nigeria Union of Teachers (Lagos)", r"union|teacher", S, "plan to hire 20,000 teachers",
      r"hire|teacher|plan", "said it backs Okoro", "organization reported-speech verb-cue"),
    t("Okoro", r"okoro", S, "hiring 20,000 teachers", r"hire|teacher",
      "plan to hire 20,000 teachers", "noun-cue"))

doc("elections-voting-age-double-negation",
    "The Christian Democrats are no longer against lowering the voting age to 16 for European elections, party "
    "officials said.",
    t("Christian Democrats", r"christian democrat|\bcdu\b", S, "lowering the voting age to 16",
      r"voting age|\b16\b", "are no longer against lowering",
      "organization double-negation reported-speech adjective-cue"))

doc("elections-ortiz-nomination-passive",
    "The nomination of Rachel Ortiz as ambassador to Mexico was endorsed by the Senate Foreign Relations "
    "Committee on a 14\u20138 vote. Two Republicans joined Democrats in supporting her.",
    t("Senate Foreign Relations Committee", r"committee|senate", S, "Rachel Ortiz's nomination", r"ortiz|nominat",
      "was endorsed by the Senate Foreign Relations", "passive organization"),
    t("two Republican senators", r"republican", S, "Rachel Ortiz's nomination", r"ortiz|nominat|\bher\b",
      "Two Republicans joined Democrats in supporting her", "group-role-noun verb-cue topic-anaphor"),
    t("Democratic senators", r"democrat", S, "Rachel Ortiz's nomination", r"ortiz|nominat|\bher\b",
      "Two Republicans joined Democrats in supporting her", "group-role-noun verb-cue topic-anaphor coordination"))

doc("elections-india-one-nation",
    "The Congress party opposes the \u201cOne Nation, One Election\u201d proposal, which would synchronise national "
    "and state polls. A parliamentary committee is examining the bill.",
    t("Indian National Congress", r"congress", O, "One Nation, One Election proposal",
      r"one nation|one election|simultaneous|synchroni", "The Congress party opposes", "organization verb-cue"))

doc("elections-afd-ban",
    "Several SPD lawmakers have called for a ban on the Alternative for Germany, but the chancellor said he was "
    "sceptical about such a move.",
    t("SPD lawmakers", r"\bspd\b|lawmaker|social democrat", S, "banning the AfD",
      r"\bban\b|afd|alternative for germany", "have called for a ban on the Alternative",
      "group-role-noun verb-cue"),
    t("the chancellor", r"chancellor", O, "banning the AfD", r"\bban\b|move|afd|alternative for germany",
      "he was sceptical about such a move", "reported-speech pronoun adjective-cue topic-anaphor"))

doc("elections-reid-welfare-surname",
    "Labour MP Joanna Reid represents a former mining constituency in County Durham. Reid said she would vote "
    "against the welfare bill next week.",
    t("Joanna Reid", r"\breid\b", O, "welfare bill", r"welfare",
      "she would vote against the welfare bill", "surname reported-speech pronoun adjective-cue"))

doc("elections-kenya-atieno-surname",
    "Grace Atieno, the leader of the opposition coalition, arrived in Mombasa on Friday. Atieno has called for "
    "an independent audit of the voter register before next year\u2019s election.",
    t("Grace Atieno", r"atieno", S, "independent audit of the voter register", r"audit|voter register",
      "Atieno has called for an independent audit", "surname verb-cue"))

doc("elections-ortega-credit-cap-senator",
    "Senator Luis Ortega has proposed capping credit card interest rates at 10%. The senator said he was "
    "determined to force a vote this year.",
    t("Luis Ortega", r"ortega", S, "capping credit card interest rates at 10%", r"credit card|interest rate|\bcap",
      "has proposed capping credit card", "title-appositive verb-cue"),
    t("Luis Ortega", r"ortega|senator", S, "vote on the credit card rate cap", r"\bvote\b|credit card|\bcap",
      "he was determined to force a vote", "definite-anaphor reported-speech adjective-cue"))

doc("elections-swiss-pension-poll",
    "A majority of Swiss voters are in favour of a 13th monthly pension payment, a poll by gfs.bern showed on "
    "Friday.",
    t("Swiss voters", r"voter|swiss", S, "13th monthly pension payment", r"13th|pension",
      "are in favour of a 13th monthly pension", "group-role-noun adjective-cue"))

doc("elections-us-tax-cuts-favor",
    "Most Senate Republicans favor extending the 2017 tax cuts permanently, while Democrats want them to expire "
    "for households earning over $400,000.",
    t("Senate Republicans", r"republican", S, "extending the 2017 tax cuts", r"tax cut|extend",
      "Most Senate Republicans favor extending", "group-role-noun verb-cue"),
    t("Democrats", r"democrat", S, "expiry of the tax cuts for high earners", r"tax cut|expir|\bthem\b",
      "Democrats want them to expire", "group-role-noun topic-anaphor verb-cue"))

# ---------------------------------------------------------------- defence and security

doc("defence-nato-hargrove-eastern-flank",
    "U.S. Ambassador to NATO Daniel Hargrove said Washington supports a permanent allied presence on the "
    "alliance\u2019s eastern flank. Hargrove also urged European allies to raise defence spending to 3.5% of GDP.",
    t("United States", US + r"|hargrove", S, "permanent allied presence on the eastern flank",
      r"permanent|presence|eastern flank", "Washington supports a permanent allied",
      "title-appositive reported-speech capital-metonymy verb-cue"),
    t("Daniel Hargrove", r"hargrove", S, "raising European defence spending to 3.5% of GDP",
      r"defen[cs]e spending|3\.5", "Hargrove also urged European allies", "surname addressee verb-cue"))

doc("defence-au-sudan-bloc",
    "The African Union called for an immediate ceasefire in Sudan and condemned attacks on civilians in El "
    "Fasher. The bloc also rejected any plan to partition the country.",
    t("African Union", r"african union|\bau\b", S, "immediate ceasefire in Sudan", r"ceasefire",
      "called for an immediate ceasefire", "organization verb-cue"),
    t("African Union", r"african union|\bau\b", O, "attacks on civilians in El Fasher", r"attack|civilian",
      "condemned attacks on civilians", "organization verb-cue"),
    t("African Union", r"african union|\bau\b|bloc", O, "partition of Sudan", r"partition",
      "The bloc also rejected", "definite-anaphor verb-cue"))

doc("defence-oman-yemen-truce",
    "Oman welcomed the truce in Yemen and offered to host further talks in Muscat, the foreign ministry said in "
    "a statement.",
    t("Oman", r"oman|muscat", S, "truce in Yemen", r"truce",
      "Oman welcomed the truce", "verb-cue reported-speech"),
    t("Oman", r"oman|muscat", S, "hosting further Yemen talks in Muscat", r"talks|host",
      "offered to host further talks", "verb-cue reported-speech"))

doc("defence-philippines-water-cannon",
    "Manila condemned the use of water cannon by Chinese coast guard vessels near Second Thomas Shoal and "
    "called on Beijing to respect the 2016 arbitral ruling.",
    t("Philippines", r"philippine|manila", O, "Chinese coast guard's use of water cannon", r"water cannon",
      "Manila condemned the use of water cannon", "capital-metonymy verb-cue"),
    t("Philippines", r"philippine|manila", S, "respect for the 2016 arbitral ruling", r"arbitra|ruling|2016",
      "called on Beijing to respect", "capital-metonymy addressee verb-cue"))

doc("defence-armenia-azerbaijan-peace",
    "Armenia and Azerbaijan said they remained committed to the peace agreement initialled last week. Russia\u2019s "
    "foreign ministry criticised the deal for sidelining Moscow.",
    t("Armenia", r"armenia|yerevan", S, "Armenia-Azerbaijan peace agreement", r"peace",
      "they remained committed to the peace", "coordination reported-speech pronoun adjective-cue"),
    t("Azerbaijan", r"azerbaijan|baku", S, "Armenia-Azerbaijan peace agreement", r"peace",
      "they remained committed to the peace", "coordination reported-speech pronoun adjective-cue"),
    t("Russia", r"russia|moscow|foreign ministry", O, "Armenia-Azerbaijan peace agreement", r"deal|peace",
      "criticised the deal for sidelining", "organization topic-anaphor verb-cue"))

doc("defence-congo-m23-talks",
    "The East African Community urged Kinshasa and the M23 rebels to return to talks. Congo\u2019s government "
    "said it was willing to resume negotiations but refused to negotiate directly with the rebels.",
    t("East African Community", r"east african community|\beac\b", S, "return to talks between Kinshasa and M23",
      r"talks|negotiation", "urged Kinshasa and the M23 rebels", "organization addressee verb-cue"),
    t("DR Congo", r"congo|kinshasa|\bdrc\b", S, "resuming negotiations", r"negotiation|talks",
      "it was willing to resume negotiations", "reported-speech pronoun adjective-cue"),
    t("DR Congo", r"congo|kinshasa|\bdrc\b", O, "direct negotiations with the M23 rebels", r"direct|rebel|m23",
      "refused to negotiate directly", "verb-cue"))

doc("defence-ecowas-sahel-withdrawal",
    "ECOWAS leaders appealed for Mali, Burkina Faso and Niger to reconsider their withdrawal from the bloc. The "
    "three juntas said the decision was irreversible.",
    t("ECOWAS", r"ecowas|leader", S, "Sahel states reconsidering their withdrawal", r"withdraw|reconsider",
      "appealed for Mali, Burkina Faso and Niger", "organization group-role-noun addressee verb-cue"),
    t("Sahel juntas", r"junta|mali|burkina|niger", S, "withdrawal from ECOWAS", r"decision|withdraw",
      "the decision was irreversible", "group-role-noun reported-speech topic-anaphor adjective-cue"))

doc("defence-turkey-f16-request",
    "Ankara\u2019s request for F-16 fighter jets was approved by the State Department on Friday.",
    t("Turkey", r"turk|ankara", S, "F-16 fighter jets", r"f-16|fighter",
      "request for F-16 fighter jets", "capital-metonymy noun-cue"),
    t("U.S. State Department", r"state department|" + US, S, "sale of F-16s to Turkey",
      r"f-16|fighter|request|sale", "was approved by the State Department", "passive organization topic-anaphor"))

doc("defence-seoul-weapons-hesitant",
    "Seoul remains hesitant to send lethal weapons directly to Ukraine, South Korean officials said on "
    "Wednesday.",
    t("South Korea", r"korea|seoul", O, "sending lethal weapons to Ukraine", r"weapon|lethal",
      "Seoul remains hesitant to send", "capital-metonymy adjective-cue reported-speech"))

doc("defence-gaza-egypt-qatar",
    "Egypt and Qatar are pushing for a return to the second phase of the Gaza ceasefire, Egyptian officials said "
    "on Sunday.",
    t("Egypt", r"egypt|cairo", S, "second phase of the Gaza ceasefire", r"ceasefire|second phase",
      "Egypt and Qatar are pushing for", "coordination reported-speech verb-cue"),
    t("Qatar", r"qatar|doha", S, "second phase of the Gaza ceasefire", r"ceasefire|second phase",
      "Egypt and Qatar are pushing for", "coordination reported-speech verb-cue"))

doc("defence-haiti-kenya-caricom",
    "Kenya offered to lead a multinational security mission in Haiti, and the Caribbean Community welcomed the "
    "offer.",
    t("Kenya", r"kenya|nairobi", S, "leading a security mission in Haiti", r"mission|haiti",
      "Kenya offered to lead", "verb-cue"),
    t("Caribbean Community", r"caribbean community|caricom", S, "Kenya-led security mission in Haiti",
      r"offer|mission|haiti", "the Caribbean Community welcomed the offer", "organization topic-anaphor verb-cue"))

doc("defence-spain-spending-refuse",
    "Spain has refused to commit to spending 5% of GDP on defence, saying 2.1% is enough to meet its NATO "
    "obligations.",
    t("Spain", r"spain|madrid|spanish", O, "spending 5% of GDP on defence", r"5%|spending|target",
      "refused to commit to spending", "verb-cue"))

doc("defence-ottawa-treaty-backing",
    "Lithuania\u2019s withdrawal from the Ottawa treaty banning anti-personnel mines won backing from Latvia and "
    "Estonia, but drew criticism from the International Committee of the Red Cross.",
    t("Latvia", r"latvia|riga", S, "Lithuania's withdrawal from the Ottawa treaty", r"withdraw|ottawa|mine",
      "won backing from Latvia and Estonia", "coordination noun-cue"),
    t("Estonia", r"estonia|tallinn", S, "Lithuania's withdrawal from the Ottawa treaty", r"withdraw|ottawa|mine",
      "won backing from Latvia and Estonia", "coordination noun-cue"),
    t("ICRC", r"red cross|\bicrc\b", O, "Lithuania's withdrawal from the Ottawa treaty", r"withdraw|ottawa|mine",
      "drew criticism from the International Committee", "organization noun-cue"))

doc("defence-japan-taiwan-patrols",
    "Japanese officials are cautious about joining any U.S.-led naval patrols in the Taiwan Strait, according to "
    "a government source.",
    t("Japan", r"japan|tokyo", O, "joining U.S.-led naval patrols in the Taiwan Strait", r"patrol|taiwan",
      "Japanese officials are cautious about", "demonym adjective-cue according-to"))

doc("defence-nato-air-defence-alliance",
    "NATO pledged to keep supplying air defence systems to Ukraine at its summit in The Hague. The alliance also "
    "condemned Russia\u2019s repeated violations of Polish airspace.",
    t("NATO", r"nato|alliance", S, "supplying air defence systems to Ukraine", r"air defen[cs]e",
      "NATO pledged to keep supplying", "organization verb-cue"),
    t("NATO", r"nato|alliance", O, "Russian violations of Polish airspace", r"airspace|violation",
      "The alliance also condemned", "definite-anaphor verb-cue"))

doc("defence-sweden-gotland-no-objection",
    "Sweden has no objection to allied troops being stationed on Gotland, the defence minister told parliament.",
    t("Sweden", r"sweden|swedish|stockholm|defen[cs]e minister", S, "stationing allied troops on Gotland",
      r"troop|gotland|station", "has no objection to allied troops",
      "double-negation noun-cue reported-speech"))

doc("defence-un-restraint-india-pakistan",
    "The UN secretary-general appealed for maximum restraint from India and Pakistan after the strikes.",
    t("UN Secretary-General", r"secretary-general|\bun\b|united nations", S, "restraint by India and Pakistan",
      r"restraint", "appealed for maximum restraint", "organization verb-cue"))

doc("defence-e3-iran-inspectors",
    "France, Germany and Britain urged Iran to resume cooperation with UN nuclear inspectors before the IAEA "
    "board meets in June.",
    t("France", r"france|paris|french", S, "Iran resuming cooperation with UN inspectors", r"inspector|cooperation|iaea",
      "urged Iran to resume cooperation", "coordination addressee verb-cue"),
    t("Germany", r"german|berlin", S, "Iran resuming cooperation with UN inspectors", r"inspector|cooperation|iaea",
      "urged Iran to resume cooperation", "coordination addressee verb-cue"),
    t("United Kingdom", UK, S, "Iran resuming cooperation with UN inspectors", r"inspector|cooperation|iaea",
      "urged Iran to resume cooperation", "coordination addressee verb-cue"))

doc("defence-slovakia-sanctions-passive",
    "The latest EU sanctions package against Russia was blocked by Slovakia, which demanded guarantees on gas "
    "supplies. Diplomats said a deal could come next week.",
    t("Slovakia", r"slovak|bratislava", O, "EU sanctions package against Russia", r"sanction",
      "was blocked by Slovakia", "passive verb-cue"),
    t("Slovakia", r"slovak|bratislava", S, "guarantees on gas supplies", r"guarantee|\bgas\b",
      "which demanded guarantees on gas", "verb-cue"))

doc("defence-estonia-ceasefire-quote",
    "\u201cOur position is clear: we oppose any ceasefire that rewards aggression,\u201d Estonian Foreign Minister "
    "Kristjan Tamm said in Tallinn.",
    t("Kristjan Tamm", r"\btamm\b|estonia", O, "ceasefire that rewards aggression", r"ceasefire",
      "we oppose any ceasefire", "quote-speaker title-appositive verb-cue"))

doc("defence-turkey-black-sea-demonym",
    "Turkish officials rejected the proposal to station European naval forces in the Black Sea, saying it would "
    "violate the Montreux Convention.",
    t("Turkey", r"turk|ankara", O, "stationing European naval forces in the Black Sea",
      r"proposal|naval|black sea|station", "Turkish officials rejected the proposal", "demonym verb-cue"))

doc("defence-hungary-accession-hedge",
    "Hungary seemed to rule out supporting the opening of Ukraine\u2019s EU accession talks at this stage, the "
    "prime minister\u2019s spokesman told reporters.",
    t("Hungary", r"hungar|budapest", O, "opening Ukraine's EU accession talks", r"accession|ukrain",
      "seemed to rule out supporting", "hedge-lowered verb-cue reported-speech"))

doc("defence-canada-submarines-hedge",
    "In principle, Ottawa supports a joint European\u2013Canadian purchase of submarines, a senior official said.",
    t("Canada", r"canada|ottawa", S, "joint European-Canadian submarine purchase", r"submarine|purchase",
      "In principle, Ottawa supports", "hedge-lowered capital-metonymy reported-speech verb-cue"))

doc("defence-china-myanmar-envoy-double-negation",
    "China did not oppose the appointment of a UN special envoy for Myanmar, diplomats said.",
    t("China", r"china|beijing|chinese", S, "appointment of a UN special envoy for Myanmar",
      r"envoy|appointment|myanmar", "China did not oppose the appointment",
      "double-negation reported-speech verb-cue"))

doc("defence-czech-veto-quote-surname",
    "\u201cWe will veto any treaty change that expands majority voting,\u201d said Czech Prime Minister Pavel Nov\u00e1k. "
    "Nov\u00e1k added that Prague would back enlargement to the Western Balkans.",
    t("Pavel Nov\u00e1k", r"nov[a\u00e1]k|czech", O, "treaty change expanding majority voting",
      r"treaty change|majority voting", "We will veto any treaty change", "quote-speaker title-appositive verb-cue"),
    t("Czech Republic", r"czech|prague|nov[a\u00e1]k", S, "EU enlargement to the Western Balkans",
      r"enlargement|western balkans|balkan", "Prague would back enlargement",
      "surname capital-metonymy reported-speech verb-cue"))

doc("defence-belarus-sanctions-quote",
    "\u201cSanctions relief for Minsk is off the table until all political prisoners are freed,\u201d the French "
    "foreign minister said.",
    t("France", r"france|french|foreign minister", O, "sanctions relief for Belarus", r"sanction",
      "Sanctions relief for Minsk is off the table", "quote-speaker demonym adjective-cue"))

doc("defence-norway-fund-tesla",
    "Norway\u2019s sovereign wealth fund voted against the pay package for Tesla\u2019s chief executive. The fund "
    "also supported a shareholder proposal on child labour in supply chains.",
    t("Norwegian sovereign wealth fund", r"fund|norw", O, "Tesla CEO pay package", r"pay package|\bpay\b",
      "voted against the pay package", "organization adjective-cue"),
    t("Norwegian sovereign wealth fund", r"fund|norw", S, "shareholder proposal on child labour",
      r"proposal|child labour|child labor", "The fund also supported", "definite-anaphor verb-cue"))

doc("speech-kenya-somalia-mission",
    "Kenya is ready to contribute troops to the stabilisation mission in Somalia. We urge the international "
    "community to provide predictable funding for African-led peace operations. Kenya will not accept any "
    "drawdown before Somali forces are prepared.",
    t("Kenya", r"kenya|nairobi", S, "contributing troops to the Somalia mission", r"troop|mission|somalia|stabili",
      "Kenya is ready to contribute troops", "speaker-document adjective-cue"),
    t("Kenya", r"kenya|nairobi", S, "predictable funding for African-led peace operations",
      r"funding|peace operation", "We urge the international community", "speaker-document addressee verb-cue"),
    t("Kenya", r"kenya|nairobi", O, "premature drawdown in Somalia", r"drawdown",
      "Kenya will not accept any drawdown", "speaker-document negation verb-cue"),
    speaker="Kenya")

doc("speech-brazil-un-general-debate",
    "Brazil supports the reform of the Security Council and the inclusion of new permanent members from Africa "
    "and Latin America. We oppose unilateral sanctions imposed outside the framework of this Organization. I "
    "also wish to reiterate our support for a two-state solution.",
    t("Brazil", r"brazil|bras[i\u00ed]lia", S, "Security Council reform", r"security council|reform",
      "Brazil supports the reform", "speaker-document verb-cue"),
    t("Brazil", r"brazil|bras[i\u00ed]lia", S, "inclusion of new permanent members from Africa and Latin America",
      r"permanent|inclusion", "Brazil supports the reform", "speaker-document coordination verb-cue"),
    t("Brazil", r"brazil|bras[i\u00ed]lia", O, "unilateral sanctions", r"sanction|unilateral",
      "We oppose unilateral sanctions", "speaker-document verb-cue"),
    t("Brazil", r"brazil|bras[i\u00ed]lia", S, "two-state solution", r"two-state",
      "reiterate our support for a two-state solution", "speaker-document noun-cue"),
    speaker="Brazil")

doc("speech-eu-wto-appellate-body",
    "The European Union regrets the decision to block the appointment of new Appellate Body members. We stand "
    "ready to engage with all members on dispute settlement reform, and we welcome the proposal by Guatemala to "
    "relaunch the selection process.",
    t("European Union", r"european union|\beu\b", O, "blocking Appellate Body appointments",
      r"appellate|appointment|block", "regrets the decision to block", "speaker-document verb-cue"),
    t("European Union", r"european union|\beu\b", S, "dispute settlement reform", r"dispute settlement|reform",
      "We stand ready to engage", "speaker-document adjective-cue"),
    t("European Union", r"european union|\beu\b", S, "Guatemala's proposal to relaunch Appellate Body selection",
      r"proposal|guatemala|selection|relaunch", "we welcome the proposal by Guatemala",
      "speaker-document verb-cue"),
    t("Guatemala", r"guatemala", S, "relaunching the Appellate Body selection process", r"selection|relaunch",
      "the proposal by Guatemala to relaunch", "noun-cue"),
    speaker="European Union")

# ---------------------------------------------------------------- central banks and budgets

doc("budget-imf-pakistan",
    "The International Monetary Fund urged Pakistan to widen its tax base and warned against new energy "
    "subsidies in its latest review.",
    t("IMF", r"\bimf\b|international monetary fund", S, "widening Pakistan's tax base", r"tax base",
      "urged Pakistan to widen its tax base", "organization addressee verb-cue"),
    t("IMF", r"\bimf\b|international monetary fund", O, "new energy subsidies", r"subsid",
      "warned against new energy subsidies", "organization verb-cue"))

doc("cb-ecb-nunez-quote",
    "\u201cI would favour a pause in July,\u201d ECB Governing Council member Isabel Nu\u00f1ez told reporters in Madrid, "
    "adding that inflation risks remained balanced.",
    t("Isabel Nu\u00f1ez", r"nu[\u00f1n]ez", S, "pause in ECB rate cuts in July", r"pause",
      "I would favour a pause in July", "quote-speaker title-appositive verb-cue"))

doc("cb-fed-independence",
    "Four former Treasury secretaries defended the independence of the Federal Reserve in a joint letter on "
    "Monday, after the president called for steep interest rate cuts.",
    t("former Treasury secretaries", r"treasury secretar|secretar", S, "Federal Reserve independence",
      r"independence|federal reserve|\bfed\b", "defended the independence of the Federal Reserve",
      "group-role-noun verb-cue"),
    t("the president", r"president", S, "steep interest rate cuts", r"rate cut|interest rate",
      "the president called for steep", "verb-cue"))

doc("budget-germany-debt-brake",
    "The Free Democrats insist on keeping the debt brake, while the Social Democrats want to loosen it to fund "
    "infrastructure.",
    t("Free Democratic Party", r"free democrat|\bfdp\b", S, "keeping the debt brake", r"debt brake",
      "insist on keeping the debt brake", "organization verb-cue"),
    t("Social Democratic Party", r"social democrat|\bspd\b", S, "loosening the debt brake",
      r"debt brake|loosen|\bit\b", "the Social Democrats want to loosen it", "organization topic-anaphor verb-cue"))

doc("budget-kenya-finance-bill-passive",
    "Kenya\u2019s finance bill was rejected by opposition lawmakers and youth-led protest groups, who said new taxes "
    "on bread and mobile money would hurt the poor.",
    t("opposition lawmakers", r"opposition|lawmaker", O, "Kenya's finance bill", r"finance bill|\btax",
      "was rejected by opposition lawmakers", "passive group-role-noun coordination"),
    t("youth-led protest groups", r"protest|youth", O, "Kenya's finance bill", r"finance bill|\btax",
      "was rejected by opposition lawmakers", "passive group-role-noun coordination"))

doc("budget-uk-welfare-headline",
    "Labour Backbenchers Threaten to Vote Against Welfare Cuts\n\n"
    "More than 120 Labour MPs signed an amendment opposing the cuts to disability benefits. The chancellor said "
    "the government would not back down.",
    t("Labour backbenchers", r"backbench|labour|\bmps?\b", O, "welfare cuts", r"welfare|\bcut|benefit",
      "Threaten to Vote Against Welfare Cuts", "headline group-role-noun adjective-cue"),
    t("Labour MPs", r"\bmps?\b|labour", O, "cuts to disability benefits", r"\bcut|disability|benefit",
      "signed an amendment opposing the cuts", "group-role-noun verb-cue"),
    t("UK government", r"chancellor|government", S, "welfare cuts", r"\bcut|welfare|benefit",
      "the government would not back down", "reported-speech negation"))

doc("budget-france-socialists-prefer",
    "France\u2019s Socialists prefer a tax on the ultra-rich over cuts to public spending, the party\u2019s first "
    "secretary said on Sunday.",
    t("French Socialist Party", r"socialist", S, "tax on the ultra-rich", r"ultra-rich|wealth tax|tax on",
      "prefer a tax on the ultra-rich", "prefer-over organization reported-speech"),
    t("French Socialist Party", r"socialist", O, "cuts to public spending", r"spending|\bcut",
      "prefer a tax on the ultra-rich", "prefer-over organization reported-speech"))

doc("budget-quinlan-debt-ceiling-hedge",
    "Senator Maria Quinlan signalled support for raising the debt ceiling without spending conditions, a shift "
    "from her position last year.",
    t("Maria Quinlan", r"quinlan", S, "raising the debt ceiling without conditions", r"debt ceiling|debt limit",
      "signalled support for raising", "hedge-lowered noun-cue title-appositive"))

doc("cb-boj-not-yet-ready",
    "The Bank of Japan\u2019s governor said the bank was not yet ready to raise interest rates again until wage "
    "growth was confirmed.",
    t("Bank of Japan", r"bank of japan|\bboj\b|governor|bank", O, "raising interest rates again",
      r"interest rate|rate hike|raise", "was not yet ready to raise",
      "organization reported-speech negation adjective-cue definite-anaphor"))

doc("budget-argentina-imf-loan",
    "Argentina\u2019s economy minister praised the new $20 billion IMF loan programme. Peronist opposition leaders "
    "said they would resist any new austerity measures tied to the deal.",
    t("Argentine economy minister", r"economy minister|minister|argentin", S, "$20 billion IMF loan programme",
      r"loan|\bimf\b|programme", "praised the new $20 billion IMF", "verb-cue"),
    t("Peronist opposition leaders", r"peronist|opposition", O, "austerity measures tied to the IMF deal",
      r"austerity", "they would resist any new austerity", "group-role-noun reported-speech pronoun verb-cue"))

doc("budget-eu-fiscal-rules-according",
    "According to diplomats, the Netherlands and Austria oppose any relaxation of the EU\u2019s fiscal rules to make "
    "room for defence spending.",
    t("Netherlands", r"netherlands|dutch|hague", O, "relaxing EU fiscal rules for defence", r"fiscal rule|relax",
      "the Netherlands and Austria oppose", "according-to coordination verb-cue"),
    t("Austria", r"austria|vienna", O, "relaxing EU fiscal rules for defence", r"fiscal rule|relax",
      "the Netherlands and Austria oppose", "according-to coordination verb-cue"))

doc("cb-ecb-doubt-according",
    "Several ECB policymakers doubt the need for another rate cut in September, according to sources close to "
    "the Governing Council.",
    t("ECB policymakers", r"policymaker|\becb\b", O, "another rate cut in September", r"rate cut",
      "doubt the need for another rate cut", "group-role-noun verb-cue according-to"))

doc("budget-adb-sri-lanka",
    "The Asian Development Bank aims to offer Sri Lanka a $500 million budget support loan tied to revenue "
    "reforms, its country director said.",
    t("Asian Development Bank", r"asian development bank|\badb\b", S, "$500 million loan to Sri Lanka",
      r"loan|budget support|sri lanka", "aims to offer Sri Lanka", "organization verb-cue reported-speech"))

doc("budget-ghana-mensah-surname",
    "Finance Minister Kwame Mensah presented the budget on Wednesday. Mensah rejected calls for a new wealth tax, "
    "saying it would drive investment abroad. The budget projects growth of 4.8% next year.",
    t("Kwame Mensah", r"mensah", O, "new wealth tax", r"wealth tax",
      "Mensah rejected calls for a new wealth tax", "surname verb-cue"))

doc("budget-finland-joint-borrowing-double-negation",
    "Finland is not opposed to joint EU borrowing for defence, the Finnish finance minister said after talks in "
    "Brussels.",
    t("Finland", r"finland|finnish|helsinki|finance minister", S, "joint EU borrowing for defence",
      r"joint|borrowing|bond", "Finland is not opposed to joint EU borrowing",
      "double-negation adjective-cue reported-speech"))

doc("budget-treasury-school-meals-double-negation",
    "The Treasury did not object to extending free school meals to all primary pupils, officials said.",
    t("Treasury", r"treasury", S, "extending free school meals to all primary pupils", r"school meal|free school",
      "did not object to extending free school", "organization double-negation verb-cue reported-speech"))

# ---------------------------------------------------------------- agriculture

doc("agri-glyphosate-vote",
    "The Commission\u2019s proposal to renew approval of glyphosate for ten years split member states. Germany "
    "abstained, while Luxembourg and Austria voted against it.",
    t("European Commission", r"commission|\beu\b", S, "renewing glyphosate approval", r"glyphosate|renew",
      "The Commission\u2019s proposal to renew", "organization noun-cue"),
    t("Luxembourg", r"luxembourg", O, "renewing glyphosate approval", r"glyphosate|proposal|renew|\bit\b",
      "Luxembourg and Austria voted against it", "coordination topic-anaphor adjective-cue"),
    t("Austria", r"austria|vienna", O, "renewing glyphosate approval", r"glyphosate|proposal|renew|\bit\b",
      "Luxembourg and Austria voted against it", "coordination topic-anaphor adjective-cue"))

doc("agri-india-msp-guarantee",
    "Farmer unions in Punjab demand a legal guarantee of minimum support prices for all crops. The agriculture "
    "minister said such guarantees would be fiscally impossible.",
    t("Punjab farmer unions", r"farmer|union", S, "legal guarantee of minimum support prices",
      r"minimum support price|\bmsp\b|guarantee", "Farmer unions in Punjab demand", "group-role-noun verb-cue"),
    t("Indian agriculture minister", r"agriculture minister|minister", O, "legal guarantee of minimum support prices",
      r"guarantee|minimum support price|\bmsp\b", "such guarantees would be fiscally impossible",
      "reported-speech topic-anaphor adjective-cue"))

doc("agri-dutch-nitrogen-headline-junk",
    "Dutch Farmers Protest Nitrogen Rules in The Hague\n\n"
    "Photo: Remko de Waal/ANP\n\n"
    "Thousands of farmers drove tractors into The Hague on Saturday to protest against the government\u2019s plan "
    "to halve nitrogen emissions by 2030. The farmers\u2019 party BBB rejected the plan as unworkable.\n\n"
    "Sign up for our Europe newsletter",
    t("Dutch farmers", r"farmer", O, "nitrogen rules", r"nitrogen",
      "Dutch Farmers Protest Nitrogen Rules", "headline group-role-noun verb-cue"),
    t("Dutch farmers", r"farmer", O, "plan to halve nitrogen emissions", r"nitrogen|plan",
      "to protest against the government", "group-role-noun adjective-cue"),
    t("Dutch government", r"government|netherlands|dutch", S, "halving nitrogen emissions by 2030", r"nitrogen",
      "plan to halve nitrogen emissions", "noun-cue"),
    t("BBB (Farmer-Citizen Movement)", r"\bbbb\b|farmers. party", O, "plan to halve nitrogen emissions",
      r"plan|nitrogen", "BBB rejected the plan as unworkable", "organization topic-anaphor verb-cue"))

doc("agri-kenya-gmo-ruling",
    "A Kenyan appeals court ruling has cleared the way for genetically modified crops. Small-scale farmers\u2019 "
    "groups said they would challenge the ruling at the Supreme Court, and the agriculture ministry welcomed it.",
    t("small-scale farmers' groups", r"farmer", O, "ruling allowing GM crops", r"ruling|genetically|\bgm",
      "they would challenge the ruling", "group-role-noun reported-speech pronoun topic-anaphor verb-cue"),
    t("Kenyan agriculture ministry", r"agriculture ministry|ministry|kenya", S, "ruling allowing GM crops",
      r"ruling|\bit\b|genetically|\bgm", "the agriculture ministry welcomed it", "organization topic-anaphor verb-cue"))

doc("agri-copa-cogeca-cap",
    "Copa-Cogeca, the EU farm lobby, welcomed the Commission\u2019s plan to simplify green requirements under the "
    "Common Agricultural Policy. Environmental NGOs criticised the changes as a rollback of protections for "
    "wetlands.",
    t("Copa-Cogeca", r"copa|cogeca|farm lobby", S, "simplifying CAP green requirements",
      r"simplif|green requirement|common agricultural|\bcap\b", "welcomed the Commission",
      "organization title-appositive verb-cue"),
    t("European Commission", r"commission|\beu\b", S, "simplifying CAP green requirements",
      r"simplif|green requirement|common agricultural|\bcap\b", "plan to simplify green requirements", "organization noun-cue"),
    t("environmental NGOs", r"\bngos?\b|environmental", O, "simplifying CAP green requirements",
      r"change|simplif|green requirement|rollback", "Environmental NGOs criticised the changes",
      "group-role-noun topic-anaphor verb-cue"))

doc("agri-spain-wolf-double-negation",
    "Spain did not vote against downgrading the wolf\u2019s protection status under the Bern Convention, officials "
    "in Madrid confirmed.",
    t("Spain", r"spain|madrid|spanish", S, "downgrading the wolf's protection status", r"wolf|downgrad",
      "did not vote against downgrading", "double-negation adjective-cue reported-speech"))

doc("agri-summit-bullets",
    "Key takeaways from the summit:\n"
    "\u2022 Japan pledged $5 billion for clean energy in Southeast Asia.\n"
    "\u2022 Vietnam and the Philippines pushed for a binding maritime code.\n"
    "\u2022 The next meeting will be held in Kuala Lumpur.",
    t("Japan", r"japan|tokyo", S, "$5 billion for clean energy in Southeast Asia", r"clean energy|\$5 billion",
      "Japan pledged $5 billion", "verb-cue"),
    t("Vietnam", r"vietnam|hanoi", S, "binding maritime code", r"maritime code|code",
      "Vietnam and the Philippines pushed for", "coordination verb-cue"),
    t("Philippines", r"philippine|manila", S, "binding maritime code", r"maritime code|code",
      "Vietnam and the Philippines pushed for", "coordination verb-cue"))

doc("agri-gas-purchasing-bullets",
    "EU positions on the proposed joint gas purchasing scheme:\n"
    "* Germany: supports the proposal\n"
    "* France: opposes it, citing nuclear priorities\n"
    "* Italy: undecided",
    t("Germany", r"german|berlin", S, "joint gas purchasing scheme", r"gas purchas|proposal|scheme",
      "Germany: supports the proposal", "topic-anaphor verb-cue"),
    t("France", r"france|paris|french", O, "joint gas purchasing scheme", r"gas purchas|proposal|scheme|\bit\b",
      "France: opposes it", "topic-anaphor verb-cue"))

doc("agri-brazil-forest-fund-demonym",
    "Brazilian diplomats pushed for a fund to protect tropical forests at the climate summit in Bel\u00e9m.",
    t("Brazil", r"brazil|bras[i\u00ed]lia", S, "fund to protect tropical forests", r"fund|forest",
      "Brazilian diplomats pushed for a fund", "demonym verb-cue"))

# ---------------------------------------------------------------- education

doc("edu-france-ability-groups",
    "French teachers\u2019 unions criticised Education Minister Claire Dumont\u2019s plan to group pupils by ability in "
    "maths and French. Dumont defended the reform, saying it would help struggling pupils.",
    t("French teachers' unions", r"union|teacher", O, "grouping pupils by ability", r"group|ability|plan",
      "criticised Education Minister Claire Dumont", "group-role-noun verb-cue"),
    t("Claire Dumont", r"dumont", S, "grouping pupils by ability", r"group|ability",
      "Claire Dumont\u2019s plan to group pupils", "title-appositive noun-cue"),
    t("Claire Dumont", r"dumont", S, "ability grouping reform", r"reform|ability|group",
      "Dumont defended the reform", "surname topic-anaphor verb-cue"))

doc("edu-uk-tuition-fees",
    "University leaders urged the government to lift the cap on tuition fees, warning that a third of "
    "institutions face deficits. The National Union of Students said it would resist any increase.",
    t("university leaders", r"universit|leader", S, "lifting the cap on tuition fees", r"tuition|fee|\bcap\b",
      "urged the government to lift the cap", "group-role-noun addressee verb-cue"),
    t("National Union of Students", r"national union of students|\bnus\b|student", O, "increase in tuition fees",
      r"increase|tuition|fee", "said it would resist any increase",
      "organization reported-speech topic-anaphor verb-cue"))

doc("edu-ontario-phones",
    "Parents\u2019 associations welcomed the ban on mobile phones in Ontario classrooms. Some high school students "
    "told the CBC they were skeptical of the rule.",
    t("parents' associations", r"parent", S, "ban on phones in classrooms", r"phone|\bban\b",
      "associations welcomed the ban on mobile phones", "group-role-noun verb-cue"),
    t("high school students", r"student", O, "ban on phones in classrooms", r"rule|phone|\bban\b",
      "they were skeptical of the rule", "group-role-noun reported-speech pronoun adjective-cue topic-anaphor"))

doc("edu-us-education-department",
    "Twenty Democratic attorneys general sued to block the dismantling of the Education Department, while "
    "several Republican governors praised the move.",
    t("Democratic attorneys general", r"attorneys? general", O, "dismantling the Education Department",
      r"education department|dismantl", "sued to block the dismantling", "group-role-noun verb-cue"),
    t("Republican governors", r"governor", S, "dismantling the Education Department",
      r"move|dismantl|education department", "several Republican governors praised the move",
      "group-role-noun topic-anaphor verb-cue"))

doc("edu-kenya-curriculum-quote",
    "\u201cWe cannot support this curriculum in its current form,\u201d said Rose Wanjiku, chair of the Kenya Parents "
    "Association. She called on the ministry to suspend the new grading system.",
    t("Rose Wanjiku", r"wanjiku|parents association", O, "new curriculum", r"curriculum",
      "We cannot support this curriculum", "quote-speaker title-appositive negation verb-cue"),
    t("Rose Wanjiku", r"wanjiku", S, "suspending the new grading system", r"grading|suspen",
      "She called on the ministry to suspend", "pronoun addressee verb-cue"))

doc("edu-chad-school-meals-advocate",
    "Save the Children has long advocated for free school meals in refugee camps in Chad, and the World Food "
    "Programme said it intends to offer daily meals to 200,000 pupils from September.",
    t("Save the Children", r"save the children", S, "free school meals in refugee camps", r"school meal|meal",
      "has long advocated for free school meals", "organization verb-cue"),
    t("World Food Programme", r"world food programme|\bwfp\b", S, "daily meals for 200,000 pupils", r"meal",
      "it intends to offer daily meals", "organization reported-speech verb-cue"))

# ---------------------------------------------------------------- courts

doc("courts-mexico-judicial-reform",
    "Mexican judges went on strike against the judicial reform that would see all judges elected by popular vote. "
    "The president defended the overhaul, saying voters should choose their judges.",
    t("Mexican judges", r"judge", O, "judicial reform electing judges", r"judicial reform|reform|elect",
      "went on strike against the judicial reform", "group-role-noun adjective-cue"),
    t("Mexican president", r"president", S, "judicial reform electing judges", r"overhaul|judicial reform|reform",
      "The president defended the overhaul", "topic-anaphor verb-cue"))

doc("courts-israel-bar-association",
    "Israel\u2019s Bar Association condemned the government\u2019s bill to change the composition of the committee that "
    "selects judges. The justice minister said he was determined to pass the bill before the summer recess.",
    t("Israel Bar Association", r"bar association", O, "bill changing the judicial selection committee",
      r"\bbill\b|judicial|select|committee", "condemned the government", "organization verb-cue"),
    t("Israeli justice minister", r"justice minister|minister", S, "bill changing the judicial selection committee",
      r"\bbill\b|judicial|select", "he was determined to pass the bill",
      "reported-speech pronoun adjective-cue topic-anaphor"))

doc("courts-south-africa-icc",
    "South Africa said it remained committed to the International Criminal Court. The court is based in The "
    "Hague.",
    t("South Africa", r"south africa|pretoria", S, "International Criminal Court", r"international criminal court|\bicc\b",
      "it remained committed to the International", "reported-speech pronoun adjective-cue"))

doc("courts-us-ruiz-nomination-surname",
    "Senator Mark Delaney, a Democrat from Ohio, said he opposes the nomination of Judge Ellen Ruiz to the "
    "Supreme Court. Delaney also called for public hearings on the court\u2019s ethics code.",
    t("Mark Delaney", r"delaney", O, "Ellen Ruiz's Supreme Court nomination", r"ruiz|nominat",
      "said he opposes the nomination", "title-appositive reported-speech pronoun verb-cue"),
    t("Mark Delaney", r"delaney", S, "public hearings on the Supreme Court ethics code", r"hearing|ethics",
      "Delaney also called for public hearings", "surname verb-cue"))

doc("courts-uk-echr",
    "The Conservative Party has committed to leaving the European Convention on Human Rights, a move opposed by "
    "the Liberal Democrats and most legal experts.",
    t("Conservative Party", r"conservative|\btor(y|ies)\b", S, "leaving the ECHR", r"\bechr\b|european convention|leav",
      "has committed to leaving", "organization verb-cue"),
    t("Liberal Democrats", r"liberal democrat|lib dem", O, "leaving the ECHR",
      r"move|\bechr\b|european convention|leav", "a move opposed by the Liberal Democrats",
      "passive organization topic-anaphor coordination"),
    t("legal experts", r"legal expert|expert", O, "leaving the ECHR", r"move|\bechr\b|european convention|leav",
      "a move opposed by the Liberal Democrats", "passive group-role-noun topic-anaphor coordination"))

# ---------------------------------------------------------------- misc quotes, anaphora

doc("misc-border-deal-quote",
    "\u201cI back this deal one hundred percent,\u201d Senator Hal Brennan told reporters, referring to the bipartisan "
    "border agreement. \u201cAnyone who votes against it is voting for chaos.\u201d",
    t("Hal Brennan", r"brennan", S, "bipartisan border agreement", r"border|deal|agreement",
      "I back this deal one hundred percent", "quote-speaker title-appositive topic-anaphor verb-cue"))

doc("misc-airline-merger-quote",
    "\u201cThis merger is bad for passengers,\u201d said Consumer Council chair Linda Fairweather. She urged the "
    "competition authority to impose strict conditions on the deal between the two airlines.",
    t("Linda Fairweather", r"fairweather|consumer council", O, "airline merger", r"merger|deal",
      "This merger is bad for passengers", "quote-speaker title-appositive"),
    t("Linda Fairweather", r"fairweather", S, "strict conditions on the airline merger", r"condition",
      "She urged the competition authority", "pronoun addressee verb-cue"))

doc("misc-plastics-treaty-not-ready-quote",
    "\u201cWe are not ready to sign,\u201d Colombian negotiator Andr\u00e9s Vela said of the proposed plastics treaty "
    "text, citing weak production caps.",
    t("Andr\u00e9s Vela", r"\bvela\b|colombia", O, "proposed plastics treaty text", r"plastic|treaty",
      "We are not ready to sign", "quote-speaker title-appositive negation adjective-cue"))

# ================================================================ documents with no triples

# page junk
doc("junk-cookie-banner",
    "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of "
    "cookies.\nManage preferences | Accept all", tags="junk")
doc("junk-newsletter-box",
    "Sign up for The Morning Briefing\nGet the day\u2019s top stories on politics, business and climate delivered "
    "to your inbox. Subscribe now \u2014 it\u2019s free.", tags="junk")
doc("junk-author-bio",
    "Daniel Okonjo is a senior correspondent covering West African politics. He previously reported from Lagos "
    "and Accra and is a lifelong supporter of Arsenal.", tags="junk")
doc("junk-navigation",
    "Home \u203a World \u203a Europe \u203a Politics\nMost read\nLive: Election results\nOpinion\nVideo", tags="junk")
doc("junk-read-more-links",
    "Read more: Why the EU is backing a new climate target\nRead more: Unions reject pay offer at Heathrow\n"
    "Related: How tariffs work", tags="junk")
doc("junk-photo-caption",
    "Protesters gather outside parliament in Nairobi. (Photo: Simon Maina/AFP via Getty Images)",
    tags="junk place-not-actor")
doc("junk-share-buttons",
    "Share this article\nFacebook Twitter LinkedIn Email\nCopy link\nComments (214)", tags="junk")
doc("junk-correction-copyright",
    "Correction: An earlier version of this article misstated the date of the vote. It took place on March 3, "
    "not March 4.\n\u00a9 2025 Global News Network. All rights reserved.", tags="junk")
doc("junk-membership-ad",
    "Advertisement\nSupport independent journalism. Become a member today from just $5 a month.", tags="junk")
doc("junk-funder-note",
    "This article was produced with the support of the Bertelsmann Foundation. The funder had no editorial "
    "control.", tags="junk")

# hypotheticals and hedges
doc("hypo-geneva-enrichment",
    "If the talks in Geneva collapse, Iran could resume enrichment at higher levels.",
    tags="hypothetical place-not-actor")
doc("hypo-senate-nominee",
    "Should the Senate reject the nominee, the White House would likely put forward a more moderate candidate.",
    tags="hypothetical")
doc("hypo-uk-single-market",
    "Were Britain to rejoin the single market, it would have to accept free movement, economists note.",
    tags="hypothetical")
doc("hypo-candidate-retirement-age",
    "If elected, the candidate would consider lowering the retirement age, aides said.", tags="hypothetical")
doc("hypo-union-strike-spring",
    "Unless wages rise, the union may call a strike in the spring.", tags="hypothetical")
doc("hypo-taiwan-blockade",
    "In the event of a Chinese blockade of Taiwan, Japan might support U.S. forces logistically, analysts "
    "speculate.", tags="hypothetical")
doc("hypo-resolution-retaliation",
    "Any country that backed the resolution would face retaliation, the statement warned.", tags="hypothetical")
doc("hypo-ecb-mortgages",
    "If the ECB cuts rates again, mortgage costs in Spain could fall by up to 8%.", tags="hypothetical forecast")
doc("hypo-windfall-tax-hedge",
    "The government could consider a windfall tax on banks, a Treasury source suggested.", tags="hypothetical")
doc("hypo-merger-regulators",
    "Supposing the merger goes ahead, regulators could demand the sale of two brands.", tags="hypothetical")

# questions
doc("question-germany-joint-debt-headline",
    "Will Germany Back the Joint Debt Plan?", tags="question")
doc("question-au-troops-sudan",
    "Does the African Union support sending troops to Sudan? Diplomats remain divided on the question.",
    tags="question no-stance")
doc("question-who-funding",
    "Can the WHO survive without U.S. funding?", tags="question")
doc("question-chile-runoff",
    "Who will win Chile\u2019s runoff? Here is what the polls say.", tags="question")
doc("question-central-banks-inflation",
    "Should central banks target higher inflation? Economists are divided.", tags="question no-stance")
doc("question-japan-constitution",
    "Is Japan ready to abandon its pacifist constitution?", tags="question")
doc("question-tiktok-ban",
    "What would a ban on TikTok mean for small businesses?", tags="question")
doc("question-unions-offer",
    "Will the unions accept the new offer, or will the strike drag on into December?", tags="question")
doc("question-canada-procurement",
    "Would Canada join a European defence procurement scheme?", tags="question")

# forecasts
doc("forecast-rbi-hold",
    "Analysts expect the Reserve Bank of India to hold rates steady at its June meeting.", tags="forecast")
doc("forecast-bill-unlikely",
    "The bill is unlikely to pass the Senate before the August recess, according to congressional aides.",
    tags="forecast")
doc("forecast-oil-prices",
    "Oil prices are expected to rise if OPEC+ extends its output cuts into next year.",
    tags="forecast hypothetical")
doc("forecast-turkey-rates",
    "Turkey\u2019s central bank raised its key rate to 46% on Thursday. Most economists polled had expected no "
    "change.", tags="forecast no-stance")
doc("forecast-imf-growth",
    "The IMF forecasts global growth of 3.1% this year, down from 3.3%.", tags="forecast")
doc("forecast-ruling-party-majority",
    "Polls suggest the ruling party will lose its majority in the October election.", tags="forecast")
doc("forecast-immigration-white-paper",
    "The government is expected to unveil its immigration white paper next month.", tags="forecast")
doc("forecast-tariffs-prices",
    "Economists predict that tariffs will push consumer prices up by about 1.5%.", tags="forecast")
doc("forecast-ceasefire-hold",
    "The ceasefire is likely to hold through the weekend, UN officials said.", tags="forecast")

# inanimate subjects
doc("inanimate-trade-agreement-jobs",
    "The new trade agreement supports jobs in the automotive sector and boosts exports by an estimated 4%.",
    tags="inanimate")
doc("inanimate-rates-mortgages",
    "Higher interest rates have hurt demand for mortgages across Europe.", tags="inanimate")
doc("inanimate-report-backs-findings",
    "The report backs up earlier findings that air pollution shortens life expectancy.", tags="inanimate")
doc("inanimate-temperatures-coffee",
    "Rising temperatures threaten coffee harvests in Ethiopia and Colombia.", tags="inanimate place-not-actor")
doc("inanimate-data-favour",
    "The data favour a gradual approach, the central bank\u2019s annual report notes.", tags="inanimate")
doc("inanimate-ruling-compensation",
    "The ruling opens the door to compensation claims by thousands of former workers.", tags="inanimate")
doc("inanimate-drought-zambia",
    "The drought has forced Zambia to import maize for the first time in a decade.", tags="inanimate")
doc("inanimate-weak-yen",
    "A weaker yen supports exporters such as Toyota and Sony but raises import costs.", tags="inanimate")
doc("inanimate-pipeline",
    "The pipeline would carry up to 10 billion cubic metres of gas a year from Azerbaijan to Italy.",
    tags="inanimate place-not-actor")

# places, not actors
doc("place-washington-summit",
    "The summit in Washington brought together leaders from 32 countries.", tags="place-not-actor")
doc("place-geneva-plastics",
    "Delegates arrived in Geneva on Monday for the fourth round of talks on a plastics treaty.",
    tags="place-not-actor")
doc("place-kenya-protests",
    "Protests spread from Nairobi to Mombasa and Kisumu over the weekend.", tags="place-not-actor")
doc("place-doha-signing",
    "The ceasefire agreement was signed in Doha in the presence of mediators from Egypt and the United States.",
    tags="place-not-actor")
doc("place-beijing-air",
    "Beijing\u2019s air quality improved sharply in 2024, with average PM2.5 levels falling by 12%.",
    tags="place-not-actor")
doc("place-london-paris-flights",
    "Flights between London and Paris were cancelled after air traffic controllers walked out in Marseille.",
    tags="place-not-actor")
doc("place-sudan-conference",
    "The conference on Sudan will be held in London on April 15.", tags="place-not-actor")
doc("place-brussels-rain",
    "Brussels was hit by heavy rain on Thursday, flooding metro stations in the city centre.",
    tags="place-not-actor")
doc("place-moscow-metro",
    "Moscow\u2019s metro carried a record 2.6 billion passengers last year.", tags="place-not-actor")

# facts and neutral reporting
doc("nostance-parliament-size",
    "The European Parliament has 720 members, elected every five years.", tags="no-stance")
doc("nostance-ghana-cocoa",
    "Ghana\u2019s cocoa output fell to its lowest level in two decades this season.", tags="no-stance")
doc("nostance-minister-tokyo",
    "The minister met her Japanese counterpart in Tokyo to discuss supply chains.", tags="no-stance place-not-actor")
doc("nostance-union-members",
    "The union represents 40,000 nurses and midwives across Ireland.", tags="no-stance")
doc("nostance-housing-debate",
    "Parliament debated the housing bill for six hours on Tuesday before adjourning.", tags="no-stance")
doc("nostance-nato-history",
    "NATO was founded in 1949 by twelve countries, including the United States, Canada and France.",
    tags="no-stance")
doc("nostance-ecuador-polls",
    "Voters in Ecuador went to the polls on Sunday amid a state of emergency.", tags="no-stance")
doc("nostance-punjab-wheat",
    "Farmers in Punjab harvested a record wheat crop this spring, according to state officials.",
    tags="no-stance")
doc("nostance-travel-plans",
    "The spokesperson said the minister would travel to Brussels on Thursday and meet her counterparts.",
    tags="no-stance")
doc("nostance-abstain",
    "Hungary abstained in the vote, and India did not take a position on the resolution.", tags="no-stance")
doc("nostance-declined-comment",
    "The senator declined to comment on the nomination.", tags="no-stance")
doc("nostance-undecided-bid",
    "The company has not yet decided whether to back the bid.", tags="no-stance")
doc("nostance-no-decision",
    "Officials discussed the proposal but reached no decision.", tags="no-stance")


# ================================================================ checks and output

def check():
    # in this set a document may carry any tag of the spec
    check_common(D, ALLOWED_TAGS, 2, 9)
    # a sentence break inside evidence: end punctuation, space, capital (outside a few abbreviations)
    brk = re.compile(r"(?<!\bU\.S)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)[.!?][\u201d\"]?\s+[A-Z\u201c]")
    for d in D:
        for tr in d["triples"]:
            assert not brk.search(tr["evidence"]), ("evidence spans sentences", d["id"], tr["evidence"])
        if "speaker-document" in {g for tr in d["triples"] for g in tr["tags"]}:
            assert d.get("speaker"), "speaker-document tag without speaker: " + d["id"]


def main():
    check()
    here = os.path.dirname(os.path.abspath(__file__))
    write_jsonl(D, os.path.join(here, "news_gold.jsonl"))
    with_t = [d for d in D if d["triples"]]
    n_triples = sum(len(d["triples"]) for d in D)
    print(f"{len(D)} documents: {len(with_t)} with triples, {len(D) - len(with_t)} without; "
          f"{n_triples} triples "
          f"({sum(tr['stance'] == S for d in D for tr in d['triples'])} support, "
          f"{sum(tr['stance'] == O for d in D for tr in d['triples'])} oppose)")
    counts = count_tags(D)
    for tag in sorted(ALLOWED_TAGS, key=lambda tag: (-counts[tag], tag)):
        n = counts[tag]
        print(f"  {tag:18s} {n:4d}" + ("   <-- fewer than 8" if n < 8 else ""))
    check_tag_coverage(counts)


if __name__ == "__main__":
    main()
