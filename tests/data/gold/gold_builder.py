"""What the gold generators (make_gold.py, make_wire_gold.py,
make_blind_gold.py) share: the tag vocabulary of the gold spec (README.md),
the triple and document records, the checks every set must pass, tag
counting and the JSONL writer. Each generator adds the checks of its own
set on top of check_common().
"""
import collections
import json
import re

S, O = "support", "oppose"
STANCES = {S, O}

TRIPLE_TAGS = {
    "title-appositive", "organization", "group-role-noun", "coordination", "demonym",
    "capital-metonymy", "reported-speech", "quote-speaker", "according-to",
    "speaker-document", "pronoun", "definite-anaphor", "surname", "topic-anaphor",
    "verb-cue", "adjective-cue", "noun-cue", "passive", "headline", "negation",
    "double-negation", "prefer-over", "addressee", "hedge-lowered",
}
DOC_TAGS = {"junk", "hypothetical", "question", "forecast", "inanimate",
            "place-not-actor", "no-stance"}
ALLOWED_TAGS = TRIPLE_TAGS | DOC_TAGS


def triple(actor, actor_match, stance, topic, topic_match, evidence, tags):
    """One gold triple; tags is a space-separated string of phenomenon tags."""
    return {"actor": actor, "actor_match": actor_match, "stance": stance,
            "topic": topic, "topic_match": topic_match, "evidence": evidence,
            "tags": tags.split()}


def make_doc(doc_id, text, triples, speaker=None, tags=None):
    """One gold document; tags is a space-separated string of document tags.
    The key order is the one of the committed JSONL files."""
    d = {"id": doc_id, "text": text}
    if speaker:
        d["speaker"] = speaker
    if tags:
        d["tags"] = tags.split()
    d["triples"] = list(triples)
    return d


def check_common(docs, doc_tags, min_words, max_words, forbidden_in_regex=("(?",)):
    """The checks all gold sets share: unique ids, known tags (documents may
    carry doc_tags), a tagged document when it has no triple, and for each
    triple a known stance, tags, evidence of min_words..max_words words found
    on one line of the text, and actor/topic regexes that compile, stay
    ECMAScript-simple (none of forbidden_in_regex) and match their own label."""
    ids = set()
    for d in docs:
        assert d["id"] not in ids, ("duplicate id", d["id"])
        ids.add(d["id"])
        for tag in d.get("tags", []):
            assert tag in doc_tags, (d["id"], "unknown document tag", tag)
        if not d["triples"]:
            assert d.get("tags"), (d["id"], "no-triple document needs document tags")
        for tr in d["triples"]:
            ev = tr["evidence"]
            where = (d["id"], tr["actor"], tr["topic"], ev)
            assert tr["stance"] in STANCES, (where, tr["stance"])
            assert ev in d["text"], ("evidence not in text", where)
            assert "\n" not in ev, ("evidence spans lines", where)
            assert min_words <= len(ev.split()) <= max_words, ("evidence length", where)
            assert tr["tags"], ("triple without tags", where)
            for tag in tr["tags"]:
                assert tag in TRIPLE_TAGS, (where, "unknown triple tag", tag)
            for key, label in (("actor_match", "actor"), ("topic_match", "topic")):
                rx = tr[key]
                assert not any(f in rx for f in forbidden_in_regex), ("keep regexes ECMAScript-simple", where, rx)
                assert re.compile(rx, re.IGNORECASE).search(tr[label]), \
                    ("regex does not match its own label", where, key, rx, tr[label])


def count_tags(docs):
    """How often each tag is used, document tags and triple tags together."""
    counts = collections.Counter()
    for d in docs:
        counts.update(d.get("tags", []))
        for tr in d["triples"]:
            counts.update(tr["tags"])
    return counts


def check_tag_coverage(counts, minimum=8):
    """Every tag of the spec must be used at least `minimum` times."""
    rare = {tag: counts[tag] for tag in sorted(ALLOWED_TAGS) if counts[tag] < minimum}
    assert not rare, (f"tags used fewer than {minimum} times", rare)


def write_jsonl(docs, path):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
