#!/usr/bin/python3
"""make_news_corpus: a synthetic corpus of scraped news pages, for benchmarks.

Writes JSON Lines documents {"id", "text", "date", "source", "title"} shaped
like news pages as a scraper gets them: a Title Case headline without a full
stop, a byline and a date line, a dateline ("BRUSSELS —"), short paragraphs
of realistic sentence lengths, reported speech and quotations in curly
quotes, "U.S."/"Gen."/"Dec." abbreviations, "Key points" bullets, and page
junk (navigation, cookie notices, newsletter boxes, advertisements, "Read
more" links, author bios, copyright lines). Sentences that state a stance
are a minority (about 10-15 % of the sentences the extractor counts).

Vocabulary comes from word lists below (invented people and outlets, real
states and bodies, topics built from domain words) and, with --real-text,
from real sentences sampled from a JSON Lines corpus (the UN General Debate
corpus in ../shared/corpus): they appear as quotations of speakers and as
background sentences, so the text is not only templates.

Deterministic: the same --seed, --real-text file and --megabytes give the
same bytes, whatever --jobs is; a smaller size is a prefix of a bigger one.
Documents are made in chunks, each from its own seeded generator, so chunks
can be made by several processes (--jobs) and written in order.

  bench/make_news_corpus.py --megabytes 100 -o /tmp/news-100.jsonl \
      --real-text /tmp/stancegraph-bench/ungdc.jsonl

Writes a summary line on stderr and, with -o, OUTPUT.stats (JSON: documents,
file bytes, text bytes), read by bench/run.sh. Python 3 standard library only.
"""

import argparse
import json
import multiprocessing
import os
import random
import re
import sys

MB = 1_000_000
CHUNK_DOCS = 500  # documents per chunk (unit of parallel work and of seeding)

# ---------------------------------------------------------------------------
# Word lists. States and international bodies are real (news names them);
# people, outlets and local bodies are invented.

COUNTRIES = [
    # name, demonym, capital or seat ("" if not used as a metonym)
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"),
    ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"),
    ("Poland", "Polish", "Warsaw"), ("Hungary", "Hungarian", "Budapest"),
    ("the Netherlands", "Dutch", "The Hague"), ("Belgium", "Belgian", ""),
    ("Sweden", "Swedish", "Stockholm"), ("Finland", "Finnish", "Helsinki"),
    ("Denmark", "Danish", "Copenhagen"), ("Norway", "Norwegian", "Oslo"),
    ("Austria", "Austrian", "Vienna"), ("Greece", "Greek", "Athens"),
    ("Portugal", "Portuguese", "Lisbon"), ("Ireland", "Irish", "Dublin"),
    ("Romania", "Romanian", "Bucharest"), ("Czechia", "Czech", "Prague"),
    ("Lithuania", "Lithuanian", "Vilnius"), ("Estonia", "Estonian", "Tallinn"),
    ("Latvia", "Latvian", "Riga"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Russia", "Russian", "Moscow"), ("Turkey", "Turkish", "Ankara"),
    ("the United States", "American", "Washington"),
    ("the United Kingdom", "British", "London"), ("Canada", "Canadian", "Ottawa"),
    ("Mexico", "Mexican", "Mexico City"), ("Brazil", "Brazilian", "Brasília"),
    ("Argentina", "Argentine", "Buenos Aires"), ("Chile", "Chilean", "Santiago"),
    ("Colombia", "Colombian", "Bogotá"), ("Peru", "Peruvian", "Lima"),
    ("China", "Chinese", "Beijing"), ("Japan", "Japanese", "Tokyo"),
    ("South Korea", "South Korean", "Seoul"), ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("the Philippines", "Philippine", "Manila"),
    ("Australia", "Australian", "Canberra"), ("New Zealand", "New Zealand", "Wellington"),
    ("Egypt", "Egyptian", "Cairo"), ("Nigeria", "Nigerian", "Abuja"),
    ("Kenya", "Kenyan", "Nairobi"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("South Africa", "South African", "Pretoria"), ("Ghana", "Ghanaian", "Accra"),
    ("Senegal", "Senegalese", "Dakar"), ("Morocco", "Moroccan", "Rabat"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Iran", "Iranian", "Tehran"),
    ("Israel", "Israeli", "Jerusalem"), ("Qatar", "Qatari", "Doha"),
    ("the United Arab Emirates", "Emirati", "Abu Dhabi"), ("Iraq", "Iraqi", "Baghdad"),
    ("Armenia", "Armenian", "Yerevan"), ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Georgia", "Georgian", "Tbilisi"), ("Kazakhstan", "Kazakh", "Astana"),
]
BODIES = [
    "NATO", "the European Commission", "the European Union", "the European Parliament",
    "the World Bank", "the International Monetary Fund", "the World Health Organization",
    "the United Nations", "the UN Security Council", "the African Union", "the G7",
    "the World Trade Organization", "the European Central Bank", "OPEC",
    "the Federal Reserve", "the Bank of England", "Greenpeace", "Human Rights Watch",
    "the Pentagon", "the Kremlin", "the U.S. Senate", "the House of Representatives",
]
LOCAL_BODIES = [  # invented
    "the National Farmers' Union", "the Riverton City Council", "the Alliance of Port Workers",
    "the Confederation of Small Businesses", "Tavira Energy", "Northgate Logistics",
    "the Coastal Fishers Association", "the Federation of Nurses", "Helix Semiconductors",
    "the Green Transition Party", "the Civic Union party", "the Teachers' Federation",
    "the Chamber of Industry", "the Renters' Association", "Marlow Steelworks",
    "the Independent Pilots' Union", "Orbis Telecom", "the Regional Transport Authority",
    "the Consumer Rights League", "the Mountain Provinces Caucus",
]
FIRST = """Anna Lotte Pieter Jean Maria Tomasz Elena Kofi Amara Hiroshi Mei Carlos Lucia
Ingrid Lars Sven Olga Dmitri Ayesha Rahul Priya Fatima Omar Yusuf Leila Samuel Grace
Daniel Sarah Michael Laura David Emma Thomas Sophie Marco Giulia Pablo Carmen Joao Ana
Niamh Sean Katarzyna Piotr Andrei Irina Mehmet Elif Kwame Adaeze Thabo Naledi Chen
Wei Jun Min-ji Takeshi Yuki Arjun Sunita Nguyen Linh Jose Rosa Henrik Astrid Mikko
Aino Janis Ruta Petra Milan Viktor Zsofia Nikos Eleni Tariq Noura Hassan Farah
Rebecca Jonathan Claire Martin Helene Francois Camille Stefan Katrin Jakob Maja
Oskar Hanna Erik Karin Bruno Chiara Luca Beatriz Diego Valentina Mateo Isabel""".split()
LAST = """Novak Vermeulen Maes Moreau Keller Lindqvist Brandt Kowalski Petrov Mensah
Okafor Tanaka Zhang Garcia Rossi Hansen Nielsen Virtanen Berzins Kazlauskas Horvath
Papadopoulos Haddad Rahman Sharma Patel Khan Yilmaz Demir Adeyemi Dlamini Nkosi Wang
Li Chen Kim Park Sato Suzuki Nguyen Tran Silva Santos Oliveira Fernandez Lopez
Martinez Gonzalez Muller Schmidt Fischer Weber Wagner Becker Hoffmann Dubois Laurent
Lefebvre Bernard Girard Costa Ferrari Romano Bianchi Ricci Jansen Visser Bakker
Janssens Peeters Murphy Kelly Byrne O'Brien Walsh Smith Johnson Brown Taylor Wilson
Evans Thomas Roberts Clarke Hughes Morgan Wright Walker Green Hall Wood Harris Lewis
Ivanova Sokolov Popescu Ionescu Dvorak Svoboda Kovacs Nagy Andersen Larsen Berg
Eriksson Johansson Karlsson Ahmed Hussein Mahmoud Aziz Farouk Osei Boateng Diallo
Ndiaye Traore Kamau Otieno Mwangi Banda Phiri Moyo Castillo Vargas Rojas Herrera""".split()
TITLES = [
    "Foreign Minister", "Finance Minister", "Prime Minister", "President", "Defence Minister",
    "Energy Minister", "Trade Minister", "Health Minister", "Economy Minister",
    "Interior Minister", "Agriculture Minister", "Sen.", "Rep.", "Gov.", "Gen.",
    "Chancellor", "Deputy Prime Minister", "Environment Minister", "Labour Minister",
]
ROLES = [
    "a government spokesman", "a senior official", "two diplomats familiar with the talks",
    "an adviser to the minister", "a spokeswoman for the ministry", "officials",
    "analysts", "people familiar with the matter", "a senior diplomat", "economists",
    "a union representative", "industry executives", "lawmakers",
]
BODY_ROLES = ["chief executive", "spokeswoman", "spokesman", "chair", "head",
              "secretary general", "director", "president", "chief economist"]

# Topics: modifier + head (+ complement), so the topic space is large (the
# graph grows with the corpus as it does with real news).
TOPIC_MODS = """carbon border|pension|minimum wage|digital services|fuel|steel|grain export
|migration|asylum|defence spending|AI safety|housing|rent|wealth|windfall|nuclear
|offshore wind|electric vehicle|chip export|farm|fishing|data protection|tobacco
|sugar|plastic packaging|gas price|electricity price|interest rate|public sector pay
|school meals|health care|prescription drug|rail|motorway toll|airport expansion
|coal phase-out|methane|deforestation|water|mining|lithium|fertiliser|border
|visa|tariff|export|import|sanctions|arms export|military aid|refugee|climate
|emissions|biodiversity|ocean|space|broadband|social media|online safety|gambling
|alcohol|property|inheritance|corporate|sales|payroll|bank|crypto|stablecoin
|shipping|port|aviation|tourism|textile|dairy|beef|rice|wheat|cocoa|coffee
|copper|aluminium|solar|hydrogen|battery|grid|cross-border|regional|municipal""".replace("\n", "").split("|")
TOPIC_HEADS = """tax|tariff|reform|ceasefire|subsidies|pipeline|treaty|budget|ban|deal|plan
|law|bill|levy|cap|quota|mandate|programme|fund|agreement|package|rules|regulation
|strategy|target|moratorium|referendum|inquiry|merger|bailout|loan|freeze|cuts
|framework|directive|roadmap|guarantees|scheme|pact|limits|standards|overhaul""".replace("\n", "").split("|")
TOPIC_TAILS = [
    "", "", "", "", "", " on Chinese steel", " for small farmers", " in the Black Sea",
    " on Russian oil", " for low-income households", " for coastal regions",
    " on imported cars", " for the Western Balkans", " in the eurozone",
    " for first-time buyers", " on short-term rentals", " for the mining sector",
    " on fossil fuel companies", " for Ukraine", " in the Sahel", " for public hospitals",
]
PLURAL_HEADS = {"subsidies", "rules", "cuts", "guarantees", "limits", "standards"}
PLURAL_DETS = ["the", "the", "new", "the proposed", "the government's"]
DETS = ["the", "the", "the", "a", "a new", "the proposed", "the planned", "the government's"]
VERB_TOPICS = [  # infinitive complements: "urged X to ..."
    "adopt", "approve", "ratify", "scrap", "extend", "delay", "expand", "drop",
    "fund", "introduce", "suspend", "renegotiate", "phase out", "support",
]

STANCE_PAST = ["backed", "endorsed", "welcomed", "supported", "rejected", "opposed",
               "criticised", "condemned", "praised", "called for", "pushed for",
               "voted against", "blocked", "defended", "denounced", "championed"]
STANCE_PRESENT = ["backs", "supports", "opposes", "rejects", "favours", "welcomes",
                  "objects to", "is wary of", "is skeptical of", "is in favour of",
                  "remains opposed to", "strongly supports"]
STANCE_ADJ = ["not ready to endorse", "unwilling to accept", "reluctant to back",
              "willing to support", "ready to approve", "determined to block"]
STANCE_NOUNS = ["voiced support for", "expressed opposition to", "signalled backing for",
                "raised objections to", "threw its weight behind", "renewed its criticism of"]
HEAD_VERBS = ["Backs", "Rejects", "Opposes", "Slams", "Endorses", "Blocks", "Welcomes",
              "Pushes for", "Calls for", "Votes Against", "Defends", "Vetoes"]
HEAD_VERBS_PLURAL = ["Back", "Reject", "Oppose", "Slam", "Endorse", "Block", "Welcome",
                     "Push for", "Call for", "Vote Against", "Defend", "Protest"]

# Non-stance verbs and nouns for factual sentences.
FACT_VERBS = ["announced", "published", "presented", "discussed", "reviewed", "debated",
              "outlined", "postponed a vote on", "released details of", "began work on",
              "held talks on", "reported progress on", "set out the costs of"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
              "Oct.", "Nov.", "Dec."]
PLACES = ["Brussels", "Geneva", "Luxembourg", "Strasbourg", "New York", "Vienna", "Davos",
          "Nairobi", "Singapore", "Dubai", "Bonn", "Lisbon", "Istanbul", "Jakarta",
          "the capital", "the northern port city", "a border town", "parliament"]
SECTORS = ["manufacturing", "retail", "construction", "farming", "tourism", "energy",
           "shipping", "banking", "technology", "car-making", "mining", "textiles"]
INDICATORS = [("inflation", False), ("unemployment", False), ("growth", False),
              ("exports", True), ("imports", True), ("the deficit", False),
              ("public debt", False), ("household spending", False),
              ("industrial output", False), ("wages", True), ("house prices", True),
              ("energy bills", True), ("the jobless rate", False), ("retail sales", True)]
UNITS = ["tonnes", "barrels a day", "megawatts", "jobs", "households", "vehicles",
         "hectares", "passengers", "containers", "doses"]
CURRENCIES = ["$", "€", "£"]
SCALES = ["million", "billion"]
REPORT_TAILS = [", officials said", ", according to a statement", ", the ministry said",
                ", state media reported", ", according to figures released on {wd}",
                ", diplomats said", ", a spokesperson said", "", "", "", "", "", ""]
OUTLETS = [  # invented outlets and their domains
    ("The Daily Ledger", "dailyledger.example"), ("Northern Herald", "northernherald.example"),
    ("Capital Wire", "capitalwire.example"), ("The Continental", "thecontinental.example"),
    ("Harbour Times", "harbourtimes.example"), ("Meridian News", "meridian-news.example"),
    ("The Evening Courier", "eveningcourier.example"), ("Global Dispatch", "globaldispatch.example"),
    ("Pacific Observer", "pacificobserver.example"), ("The Citizen Post", "citizenpost.example"),
    ("Atlas Report", "atlasreport.example"), ("Riverside Gazette", "riversidegazette.example"),
]
SECTIONS = ["world", "politics", "business", "europe", "climate", "economy", "africa",
            "asia", "americas", "markets", "technology", "health"]
BEATS = ["European politics", "energy and climate", "trade", "diplomacy", "economics",
         "security and defence", "technology policy", "health policy", "migration",
         "markets", "agriculture", "labour"]

# Page junk, in the shapes scrapers keep.
NAV = ["Home | World | Politics | Business | Climate | Opinion | Sport | Video",
       "Skip to main content", "Menu  Search  Sign in", "World  Europe  Americas  Asia  Africa",
       "Subscribe  Log in", "Live  Latest  Most read"]
COOKIES = [
    "We use cookies to improve your experience. By continuing to browse this site, you agree to our use of cookies. Manage preferences",
    "This website uses cookies. By using this site, you consent to the use of cookies in accordance with our cookie policy.",
    "We and our partners use cookies to personalise content and ads. Accept all  Reject all  Settings",
]
NEWSLETTERS = [
    "Sign up for our daily briefing newsletter.",
    "Get the latest headlines delivered to your inbox every morning. Sign up now",
    "Subscribe to our newsletter for the best of our journalism, free.",
    "Breaking news alerts: download our app.",
]
MISC_JUNK = ["Advertisement", "ADVERTISEMENT", "Share this article", "Listen to this article",
             "3 min read", "5 min read", "Most read", "Follow us on social media",
             "Story continues below advertisement", "Enable JavaScript to watch this video"]

# ---------------------------------------------------------------------------
# Real sentences (optional): a pool sampled from a JSON Lines corpus.

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y|[Mm]e)\b")


def load_real_sentences(path, limit, seed):
    """Up to `limit` sentences of 6-45 words from the `text` fields of `path`,
    sampled evenly (deterministic). Returns (first_person, third_person)."""
    sentences = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                text = json.loads(line).get("text", "")
            except ValueError:
                continue
            for para in text.split("\n"):
                for s in _SPLIT.split(para.strip()):
                    n = s.count(" ") + 1
                    if 6 <= n <= 45 and s[-1:] == "." and "\t" not in s:
                        sentences.append(s)
    rng = random.Random(seed ^ 0x5EED)
    if len(sentences) > limit:
        sentences = rng.sample(sentences, limit)
    first = [s for s in sentences if _FIRST_PERSON.search(s)]
    third = [s for s in sentences if not _FIRST_PERSON.search(s)]
    return first, third


# ---------------------------------------------------------------------------
# The generator of one chunk of documents.

class Page:
    """Makes documents; one instance per chunk, seeded from (seed, chunk)."""

    def __init__(self, seed, chunk, real_first, real_third, stance_share, pools=None):
        self.r = random.Random(seed * 1_000_003 + chunk)
        # random.choice/randint are slow in pure Python: use random() directly.
        rand = self.rand = self.r.random
        self.ch = lambda seq: seq[int(rand() * len(seq))]
        self.ri = lambda a, b: a + int(rand() * (b - a + 1))
        self.rr = lambda n: int(rand() * n)
        self.chunk = chunk
        self.real_first = real_first
        self.real_third = real_third
        self.stance_share = stance_share
        pools = pools or {}
        self.topic_pool = pools.get("topics")    # [(mod, head, tail)] or None
        self.people_pool = pools.get("people")   # ["First Last"] or None

    # -- small pieces ------------------------------------------------------
    def person(self):
        if self.people_pool:
            return self.ch(self.people_pool)
        return f"{self.ch(FIRST)} {self.ch(LAST)}"

    def topic(self):
        if self.topic_pool:
            mod, head, tail = self.ch(self.topic_pool)
            det = self.ch(PLURAL_DETS if head in PLURAL_HEADS else DETS)
            return f"{det} {mod} {head}{tail}"
        head = self.ch(TOPIC_HEADS)
        det = self.ch(PLURAL_DETS if head in PLURAL_HEADS else DETS)
        return f"{det} {self.ch(TOPIC_MODS)} {head}{self.ch(TOPIC_TAILS)}"

    def bare_topic(self):
        if self.topic_pool:
            mod, head, _ = self.ch(self.topic_pool)
            return f"{mod} {head}"
        return f"{self.ch(TOPIC_MODS)} {self.ch(TOPIC_HEADS)}"

    def country(self):
        return self.ch(COUNTRIES)

    def actor(self):
        """A subject that can hold a stance, and a short name for later."""
        k = self.rand()
        if k < 0.35:
            c = self.country()
            if self.rand() < 0.3 and c[2]:
                return c[2], c[2]
            return c[0], c[0]
        if k < 0.55:
            title, name = self.ch(TITLES), self.person()
            return f"{self.country()[1]} {title} {name}", name.split()[-1]
        if k < 0.7:
            b = self.ch(BODIES)
            return b, b
        if k < 0.82:
            b = self.ch(LOCAL_BODIES)
            return b, b
        if k < 0.92:
            c = self.country()
            return f"{c[1]} officials", f"{c[1]} officials"
        name = self.person()
        return f"{name}, the {self.ch(BODY_ROLES)} of {self.ch(LOCAL_BODIES)},", name.split()[-1]

    def pct(self):
        if self.rand() < 0.7:
            return f"{self.ri(1, 95)}%"
        return f"{self.ri(1, 9)}.{self.ri(0, 9)} percent"

    def money(self):
        if self.rand() < 0.8:
            return f"{self.ch(CURRENCIES)}{self.ri(1, 900)} {self.ch(SCALES)}"
        return f"{self.ri(2, 90)} {self.ch(SCALES)} {self.ch(['euros', 'dollars', 'pounds', 'yen', 'rand'])}"

    def quantity(self):
        return f"{self.ri(1, 999):,}{',000' if self.rand() < 0.5 else ''} {self.ch(UNITS)}"

    def number(self):
        k = self.rand()
        return self.pct() if k < 0.3 else self.money() if k < 0.7 else self.quantity()

    def indicator(self):
        """(name, verb ending): "inflation rose", "exports are expected"."""
        return self.ch(INDICATORS)

    def when(self):
        k = self.rand()
        if k < 0.5:
            return f"on {self.ch(WEEKDAYS)}"
        if k < 0.7:
            return f"on {self.ch(MONTH_ABBR)} {self.ri(1, 28)}"
        if k < 0.85:
            return f"last {self.ch(['week', 'month', 'year'])}"
        return f"in {self.ch(MONTHS)}"

    # -- sentences ---------------------------------------------------------
    def fact(self):
        """A sentence of news narrative without a stance."""
        k = self.rr(30)
        if k == 0:
            ind, pl = self.indicator()
            s = f"{ind[0].upper() + ind[1:]} rose to {self.pct()} {self.when()}, the highest level since {self.ri(1990, 2022)}"
        elif k == 1:
            s = f"{self.actor()[0]} {self.ch(FACT_VERBS)} {self.topic()} {self.when()}"
        elif k == 2:
            c = self.country()
            s = f"{c[0][0].upper() + c[0][1:]} gets about {self.ri(5, 80)}% of its electricity from {self.ch(['gas', 'coal', 'nuclear power', 'wind', 'hydropower', 'imports'])}"
        elif k == 3:
            s = f"The talks in {self.ch(PLACES)} are expected to resume {self.when()}, and a decision on {self.topic()} could follow before the end of the year"
        elif k == 4:
            s = f"U.S. officials said {self.money()} had been set aside for {self.topic()}, though the figure could change once the Senate takes up the bill"
        elif k == 5:
            s = f"The {self.ch(SECTORS)} sector employs about {self.ri(2, 900):,},000 people and accounts for {self.pct()} of output"
        elif k == 6:
            s = f"Ministers will meet again {self.when()} in {self.ch(PLACES)}"
        elif k == 7:
            s = f"{self.person()}, who has led the {self.ch(SECTORS)} ministry since {self.ri(2015, 2023)}, is due to present the figures to parliament {self.ch(['next week', 'on Thursday', 'in the spring', 'before the summer recess'])}"
        elif k == 8:
            c1, c2 = self.country(), self.country()
            s = f"Trade between {c1[0]} and {c2[0]} reached {self.money()} last year, up from {self.money()} a decade earlier"
        elif k == 9:
            s = f"The proposal would cost {self.money()} over {self.ri(2, 10)} years, according to estimates by the finance ministry"
        elif k == 10:
            s = f"Shares in {self.ch(LOCAL_BODIES).replace('the ', '')} fell {self.ri(1, 12)}% in early trading after the announcement"
        elif k == 11:
            s = f"It was not immediately clear how the {self.ch(TOPIC_HEADS)} would be enforced or who would pay for it"
        elif k == 12:
            c = self.country()
            s = f"About {self.ri(2, 300)},000 people have been displaced by the fighting in the {self.ch(['north', 'south', 'east', 'west'])} of {c[0]}, the U.N. refugee agency said"
        elif k == 13:
            s = f"The Gen. {self.ch(LAST)} Bridge, which carries about {self.ri(5, 90)},000 vehicles a day, was closed for repairs {self.when()}"
        elif k == 14:
            ind, pl = self.indicator()
            s = f"{ind[0].upper() + ind[1:]} {'are' if pl else 'is'} forecast to {self.ch(['slow', 'grow', 'edge up', 'fall'])} by {self.ri(1, 4)}.{self.ri(0, 9)}% next year as higher borrowing costs weigh on {self.ch(SECTORS)}"
        elif k == 15:
            c = self.country()
            s = f"The {c[1]} parliament has {self.ri(100, 600)} seats, and the governing coalition holds a majority of {self.ri(1, 40)}"
        elif k == 16:
            s = f"Police said {self.ri(2, 40)} people were detained after clashes near {self.ch(PLACES)} {self.when()}"
        elif k == 17:
            s = f"The storm cut power to {self.ri(2, 900):,},000 homes in the {self.ch(['north', 'south', 'east', 'west'])} of {self.country()[0]} and closed schools for {self.ch(['two', 'three', 'several'])} days"
        elif k == 18:
            s = f"Mr. {self.ch(LAST)} did not respond to a request for comment, and Ms. {self.ch(LAST)} declined to say when the {self.ch(TOPIC_HEADS)} would be published"
        elif k == 19:
            c = self.country()
            s = f"Elections are due in {c[0]} in {self.ch(MONTHS)} {self.ri(2016, 2026)}, and polls show {self.ch(LOCAL_BODIES)} at {self.ri(8, 40)}%"
        elif k == 20:
            s = f"The central bank kept its main rate at {self.ri(0, 9)}.{self.ch(['0', '25', '5', '75'])}% {self.when()}, in line with what economists polled by {self.ch(OUTLETS)[0]} had expected"
        elif k == 21:
            s = f"The shipment of {self.quantity()} left {self.ch(PLACES)} {self.when()} and is due to arrive within {self.ri(2, 20)} days"
        elif k == 22:
            s = f"Dr. {self.person()}, an economist at the University of {self.ch(PLACES[:14])}, said the numbers were {self.ch(['in line with forecasts', 'hard to read', 'better than expected', 'weaker than expected'])}"
        elif k == 23:
            c = self.country()
            s = f"In {c[0]}, {self.ch(SECTORS)} firms reported {self.ch(['higher', 'lower', 'flat'])} orders for a {self.ch(['second', 'third', 'fourth'])} straight month, a survey by the Chamber of Industry showed"
        elif k == 24:
            s = f"The vote, originally scheduled for {self.ch(MONTH_ABBR)} {self.ri(1, 28)}, was pushed back after {self.ri(2, 60)} amendments were tabled"
        elif k == 25:
            s = f"{self.ch(FIRST)}, a {self.ri(24, 70)}-year-old {self.ch(['nurse', 'farmer', 'teacher', 'driver', 'shop owner', 'engineer'])} from {self.ch(PLACES)}, said prices had {self.ch(['doubled', 'risen sharply', 'barely moved'])} since {self.ch(MONTHS)}"
        elif k == 26:
            s = f"The report, which runs to {self.ri(40, 900)} pages, covers {self.ch(INDICATORS)[0]}, {self.ch(INDICATORS)[0]} and the {self.bare_topic()}"
        elif k == 27:
            s = f"Some {self.quantity()} were recorded in the first half of the year, compared with {self.quantity()} a year earlier"
        elif k == 28:
            s = f"The {self.ch(TOPIC_HEADS)} would take effect on {self.ch(MONTHS)} 1 and be reviewed after {self.ri(2, 5)} years"
        else:
            b = self.ch(BODIES)
            s = f"{b[0].upper() + b[1:]} is expected to publish its {self.ch(['annual', 'quarterly', 'first'])} assessment of the {self.bare_topic()} {self.when()}"
        # Optional lengtheners: reporting tails and subordinate clauses.
        x = self.rand()
        if x < 0.25:
            s += self.ch(REPORT_TAILS).replace("{wd}", self.ch(WEEKDAYS))
        elif x < 0.4:
            ind, pl = self.indicator()
            s += f", as {ind} {self.ch(['eased', 'climbed', 'stalled', 'picked up'])} in {self.ch(SECTORS)} and {self.ch(SECTORS)}"
        elif x < 0.48:
            s += f"; a year earlier the figure was {self.pct()}"
        return s[0].upper() + s[1:] + "."

    def stance(self):
        """A sentence stating a stance (the minority)."""
        k = self.rr(12)
        a, short = self.actor()
        if k == 0:
            s = f"{a} {self.ch(STANCE_PAST)} {self.topic()} {self.when()}"
        elif k == 1:
            s = f"{a} {self.ch(STANCE_PRESENT)} {self.topic()}, {self.ch(ROLES)} said"
        elif k == 2:
            b = self.ch(BODIES + [c[0] for c in COUNTRIES])
            s = f"{a} urged {b} to {self.ch(VERB_TOPICS)} {self.topic()}"
        elif k == 3:
            s = f"{a} is {self.ch(STANCE_ADJ)} {self.topic()} while {self.ch(['talks continue', 'the war goes on', 'the inquiry is under way', 'prices remain high'])}"
        elif k == 4:
            b = self.actor()[0]
            s = f"{a} and {b} favour {self.topic()} over {self.topic()}"
        elif k == 5:
            c = self.country()
            s = f"{self.person()}, a spokesperson for the {c[1]} government, said {c[0]} would {self.ch(['oppose', 'support', 'not accept', 'back'])} {self.topic()}"
        elif k == 6:
            s = f"“We will {self.ch(['not accept', 'never support', 'fully support', 'continue to back'])} {self.topic()},” {self.ch(TITLES)} {self.person()} told reporters"
        elif k == 7:
            s = f"{a} {self.ch(STANCE_NOUNS)} {self.topic()} in a joint statement"
        elif k == 8:
            s = f"According to {self.ch(ROLES)}, {short} {self.ch(STANCE_PRESENT)} {self.topic()}"
        elif k == 9:
            s = f"{a} has called on {self.ch(BODIES)} to {self.ch(VERB_TOPICS)} {self.topic()} before the end of the year"
        elif k == 10:
            s = f"{short[0].upper() + short[1:]} also {self.ch(STANCE_PAST)} {self.topic()}, arguing that {self.ch(INDICATORS)[0]} would {self.ch(['rise', 'fall', 'suffer'])}"
        else:
            s = f"In {self.ch(PLACES)}, {a} {self.ch(STANCE_PAST)} {self.topic()} and {self.ch(STANCE_PAST)} {self.topic()}"
        return s[0].upper() + s[1:] + "."

    def quote(self):
        """A quotation: real text in a speaker's mouth when available."""
        if self.real_first and self.rand() < 0.8:
            q = self.ch(self.real_first if self.rand() < 0.5 else self.real_third)
            q = q[:-1] + ","
            who = f"{self.ch(TITLES)} {self.person()}"
            k = self.rand()
            if k < 0.5:
                return f"“{q}” {who} said."
            if k < 0.75:
                return f"“{q}” said {who}, speaking in {self.ch(PLACES)}."
            return f"{who} told reporters: “{q[:-1]}.”"
        return f"“This is about {self.ch(['jobs', 'security', 'fairness', 'the future of our children', 'trust'])},” {self.person()} said."

    def background(self):
        """A real sentence as narrative (third person only)."""
        if self.real_third and self.rand() < 0.8:
            return self.ch(self.real_third)
        return self.fact()

    def sentence(self):
        x = self.rand()
        if x < self.stance_share:
            return self.stance()
        if x < self.stance_share + 0.10:
            return self.quote()
        if x < self.stance_share + 0.32:
            return self.background()
        return self.fact()

    def paragraph(self):
        n = self.ch((1, 2, 2, 2, 3, 3, 3, 4, 5))
        return " ".join(self.sentence() for _ in range(n))

    def headline(self):
        t = self.bare_topic().title()
        k = self.rand()
        c = self.country()
        if k < 0.45:
            return f"{c[0][0].upper() + c[0][1:]} {self.ch(HEAD_VERBS)} {t}"
        if k < 0.7:
            return f"{c[1]} {self.ch(['Lawmakers', 'Farmers', 'Officials', 'Unions'])} {self.ch(HEAD_VERBS_PLURAL)} {t} as {self.ch(BODIES).replace('the ', '').title()} Weighs Next Steps"
        if k < 0.85:
            ind, pl = self.indicator()
            verb = self.ch(['Climb', 'Fall', 'Stall', 'Surge']) + ('' if pl else 's')
            return f"{ind.replace('the ', '').title()} {verb} in {c[0].replace('the ', '').title()} Ahead of {t} Vote"
        return f"What the {t} Means for {self.ch(SECTORS).title()}: Five Things to Know"

    # -- documents ---------------------------------------------------------
    def document(self, index):
        year = self.ri(2015, 2024)
        month = self.ri(1, 12)
        day = self.ri(1, 28)
        outlet, domain = self.ch(OUTLETS)
        title = self.headline()
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        section = self.ch(SECTIONS)
        doc_id = f"https://www.{domain}/{section}/{year}/{month:02d}/{day:02d}/{slug}-{self.chunk}-{index}"
        lines = []
        if self.rand() < 0.3:
            lines.append(self.ch(NAV))
        if self.rand() < 0.5:
            lines.append(title)
            lines.append("")
        authors = self.person() if self.rand() < 0.75 else f"{self.person()} and {self.person()}"
        if self.rand() < 0.8:
            lines.append(f"By {authors}")
        k = self.rand()
        if k < 0.4:
            lines.append(f"{MONTHS[month - 1]} {day}, {year}")
        elif k < 0.7:
            lines.append(f"Published {day} {MONTHS[month - 1][:3]} {year} {self.ri(0, 23):02d}:{self.ri(0, 59):02d} GMT")
        elif k < 0.85:
            lines.append(f"{MONTHS[month - 1]} {day}, {year} {self.ri(1, 12)}:{self.ri(0, 59):02d} PM GMT+1 Updated {self.ri(1, 9)} hours ago")
        lines.append("")
        if self.rand() < 0.35:
            lines.append(self.ch(COOKIES))
            lines.append("")
        c = self.country()
        city = (c[2] or c[0]).upper()
        lines.append(f"{city} {self.ch(['—', '-', '(' + outlet.split()[-1] + ') -'])} {self.paragraph()}")
        # Body: paragraph count so that length is roughly log-normal around
        # 3-4 KB of text, from short wire briefs to long features.
        paragraphs = max(2, min(40, int(self.r.lognormvariate(2.1, 0.55))))
        junk_at = self.rr(paragraphs)
        bullets_at = self.rr(paragraphs) if self.rand() < 0.2 else -1
        for i in range(paragraphs):
            lines.append("")
            lines.append(self.paragraph())
            if i == junk_at:
                lines.append("")
                lines.append(self.ch(MISC_JUNK))
            if i == bullets_at:
                lines.append("")
                lines.append(self.ch(["Key points:", "What we know:", "In brief:"]))
                for _ in range(self.ri(3, 5)):
                    s = self.stance() if self.rand() < 0.3 else self.fact()
                    lines.append(f"{self.ch(['•', '-', '*'])} {s[:-1]}")
            if self.rand() < 0.05:
                lines.append("")
                lines.append(f"Read more: {self.headline()}")
        lines.append("")
        k = self.rand()
        if k < 0.4:
            lines.append(self.ch(NEWSLETTERS))
        if self.rand() < 0.4:
            lines.append("")
            lines.append(f"{authors.split(' and ')[0]} is a correspondent covering {self.ch(BEATS)}. "
                         f"{self.ch(['She', 'He'])} previously reported from {self.ch(PLACES)} for {self.ch(OUTLETS)[0]}.")
        elif self.rand() < 0.3:
            lines.append(f"Reporting by {authors}; Editing by {self.person()}")
        if self.rand() < 0.3:
            lines.append("")
            lines.append(f"© {year} {outlet}. All rights reserved.")
        if self.rand() < 0.2:
            lines.append("")
            lines.append("Related:")
            for _ in range(3):
                lines.append(self.headline())
        return {
            "id": doc_id,
            "text": "\n".join(lines).strip("\n"),
            "date": f"{year}-{month:02d}-{day:02d}",
            "source": outlet,
            "title": title,
        }


_WORKER = {}


def _init_worker(seed, real_first, real_third, stance_share, pools):
    _WORKER.update(seed=seed, first=real_first, third=real_third, share=stance_share, pools=pools)


def make_chunk(chunk):
    """Bytes of one chunk: CHUNK_DOCS lines, and the text bytes of each."""
    w = _WORKER
    page = Page(w["seed"], chunk, w["first"], w["third"], w["share"], w["pools"])
    out = []
    for i in range(CHUNK_DOCS):
        doc = page.document(i)
        line = (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
        out.append((line, len(doc["text"].encode("utf-8"))))
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--megabytes", type=float, required=True,
                   help="size of the output in MB (10^6 bytes); stops at the first document past it")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--real-text", metavar="JSONL",
                   help="JSON Lines corpus with a `text` field to sample real sentences from "
                        "(e.g. the unpacked ../shared/corpus/ungdc_2015_2024.jsonl.xz)")
    p.add_argument("--real-sentences", type=int, default=60000,
                   help="size of the pool of real sentences (default 60000)")
    p.add_argument("--stance-share", type=float, default=0.09,
                   help="share of body sentences made from stance templates (default 0.09; "
                        "quotations of real text add more)")
    p.add_argument("--topics", type=int, default=0,
                   help="draw topics from a fixed set of this many (default 0: unbounded, "
                        "about 90,000 combinations)")
    p.add_argument("--people", type=int, default=0,
                   help="draw invented people from a fixed set of this many (default 0: "
                        "unbounded, 18,000 names)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="processes (default: all cores); does not change the output")
    args = p.parse_args()

    first, third = [], []
    if args.real_text:
        first, third = load_real_sentences(args.real_text, args.real_sentences, args.seed)
        if not first and not third:
            sys.exit(f"make_news_corpus: no sentences found in {args.real_text}")

    limit = int(args.megabytes * MB)
    out = open(args.output, "wb") if args.output else sys.stdout.buffer
    written = docs = text_bytes = 0
    # A bounded vocabulary (--topics, --people) keeps the graph small however
    # big the corpus: to tell memory that grows with the graph from memory
    # that grows with the input.
    pools = {}
    pool_rng = random.Random(args.seed * 7919 + 17)
    if args.topics:
        pools["topics"] = [(pool_rng.choice(TOPIC_MODS), pool_rng.choice(TOPIC_HEADS),
                            pool_rng.choice(TOPIC_TAILS)) for _ in range(args.topics)]
    if args.people:
        pools["people"] = [f"{pool_rng.choice(FIRST)} {pool_rng.choice(LAST)}"
                           for _ in range(args.people)]
    init = (args.seed, first, third, args.stance_share, pools)

    def chunks():
        _init_worker(*init)
        if args.jobs <= 1:
            c = 0
            while True:
                yield make_chunk(c)
                c += 1
        # Batches of chunks in order; a fork pool (workers inherit the pool
        # of real sentences), never more than one batch ahead of the writer.
        batch = 2 * args.jobs
        with multiprocessing.get_context("fork").Pool(args.jobs, _init_worker, init) as pool:
            c = 0
            while True:
                yield from pool.map(make_chunk, range(c, c + batch), chunksize=1)
                c += batch

    for chunk in chunks():
        for line, tb in chunk:
            out.write(line)
            written += len(line)
            docs += 1
            text_bytes += tb
            if written >= limit:
                break
        if written >= limit:
            break
    out.flush()
    if args.output:
        out.close()
        with open(args.output + ".stats", "w") as f:
            json.dump({"documents": docs, "bytes": written, "text_bytes": text_bytes,
                       "seed": args.seed, "real_text": os.path.basename(args.real_text or ""),
                       "topics": args.topics, "people": args.people,
                       "real_sentences": args.real_sentences,
                       "megabytes": int(args.megabytes) if args.megabytes == int(args.megabytes)
                       else args.megabytes}, f)
            f.write("\n")
    print(f"make_news_corpus: {docs} documents, {written / MB:.1f} MB "
          f"({text_bytes / MB:.1f} MB of text)", file=sys.stderr)


if __name__ == "__main__":
    main()
