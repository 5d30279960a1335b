// StanceGraph: merging triples into actor/topic vertices and polarity edges.
//
// Everything that ends up in an export is made independent of the order
// triples arrive in: ids are derived from the set of keys (slug, plus a
// hash when keys collide), actor types and topic names are decided by vote
// counts, and the mean confidence is an integer sum divided once. Evidence
// lists keep the order first seen, as the header promises; exporters sort
// them for output. A repeated sentence joins its evidence item: its sources
// are a sorted set, its text fields those of the smallest occurrence and its
// confidence the largest, all independent of arrival order.
#include "graph/stance_graph.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <tuple>
#include <string>
#include <utility>

#include "core/date.h"

namespace stancegraph {
namespace {

constexpr std::string_view kActorPrefix = "actor/";
constexpr std::string_view kTopicPrefix = "topic/";
constexpr double kConfidenceUnitsPerOne = 1e9;

// ASCII folding of U+00C0..U+00FF and U+0100..U+017F, one character per code
// point. Upper-case placeholders stand for two letters (see Fold below) and a
// space for a code point that is not a letter (U+00D7 and U+00F7).
constexpr std::string_view kLatin1Fold =
    "aaaaaa" "A" "c" "eeee" "iiii" "d" "n" "ooooo" " " "o" "uuuu" "y" "T" "S"   // U+00C0
    "aaaaaa" "A" "c" "eeee" "iiii" "d" "n" "ooooo" " " "o" "uuuu" "y" "T" "y";  // U+00E0
constexpr std::string_view kLatinExtendedAFold =
    "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii"  // U+0100
    "II" "jj" "kkk" "llllllllll" "nnnnnnnnn" "oooooo" "OO" "rrrrrr"         // U+0132
    "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";              // U+015A
static_assert(kLatin1Fold.size() == 0x100 - 0xC0);
static_assert(kLatinExtendedAFold.size() == 0x180 - 0x100);

// The ASCII letters for one non-ASCII code point: "" to drop it (combining
// marks after a base letter, as in NFD text), " " for a separator.
std::string_view Fold(char32_t cp) {
  if (cp >= 0x300 && cp <= 0x36F) return "";
  std::string_view letter;
  if (cp >= 0xC0 && cp < 0x100) {
    letter = kLatin1Fold.substr(cp - 0xC0, 1);
  } else if (cp >= 0x100 && cp < 0x180) {
    letter = kLatinExtendedAFold.substr(cp - 0x100, 1);
  } else if (cp == 0x218 || cp == 0x219) {  // Romanian s and t with comma below
    return "s";
  } else if (cp == 0x21A || cp == 0x21B) {
    return "t";
  } else {
    return " ";
  }
  switch (letter[0]) {
    case 'A': return "ae";
    case 'T': return "th";
    case 'S': return "ss";
    case 'I': return "ij";
    case 'O': return "oe";
    default: return letter;
  }
}

// Decodes the UTF-8 sequence at `text[*pos]`, advancing `*pos`. Invalid
// bytes decode as U+FFFD one byte at a time (they become separators anyway).
char32_t NextCodePoint(std::string_view text, size_t* pos) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(*pos);
  size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                  : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || *pos + length > text.size()) {
    ++*pos;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t i = 1; i < length; ++i) {
    if ((byte(*pos + i) & 0xC0) != 0x80) {
      ++*pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(*pos + i) & 0x3F);
  }
  constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kSmallest[length]) {  // overlong form
    ++*pos;
    return 0xFFFD;
  }
  *pos += length;
  return cp;
}

// 64-bit FNV-1a, folded to 32 bits and printed as 8 hex digits: short,
// stable across runs and platforms.
std::string ShortHash(std::string_view text) {
  uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>((hash >> 32) ^ hash));
  return hex;
}

// Number folding of topic words (see StanceGraph::NumberFold). Like the
// Latin-letter folding above this is a normalisation for matching, not
// linguistics: regular plural endings are cut, and a word is left alone when
// cutting could merge it with a different word or damage a name.
//
// Lower-case words that end like a plural but must not be cut: the cut form
// is another word (news/new, arms/arm, means/mean, politics/politic,
// customs/custom, securities/security, futures/future), the word is singular
// or has no singular (series, headquarters, gas, bias), or it is a name
// written in lower case (texas, brussels). Words of 3 letters or fewer are
// never cut, so "his", "was", "us" are listed only for clarity.
constexpr std::string_view kNotPlural[] = {
    // plural-only or same in both numbers
    "news", "series", "species", "arms", "means", "odds", "customs", "futures", "securities",
    "humanities", "headquarters", "crossroads", "whereabouts", "barracks", "premises",
    // fields of study, singular despite the -s
    "politics", "economics", "physics", "ethics", "mathematics",
    // function words
    "his", "this", "was", "has", "does", "is", "us",
    // singular nouns ending in -s
    "gas", "bus", "lens", "atlas", "canvas", "chaos", "bias", "alias", "ethos",
    // names, in case they come in lower case (capitalised words are never cut)
    "texas", "paris", "athens", "brussels", "wales", "netherlands", "philippines", "bahamas",
    "maldives", "seychelles",
};

// Two-word names whose second word must not be cut ("united states").
constexpr std::pair<std::string_view, std::string_view> kNotPluralAfter[] = {
    {"united", "states"}, {"united", "nations"}, {"arab", "emirates"}};

bool EndsWith(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool IsLowerAscii(std::string_view word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The singular of one word by regular English plural rules; `previous` is
// the word before it (lower-cased), or "". Only all-lower-case ASCII words
// longer than 3 letters are touched.
std::string_view Singular(std::string_view word, std::string_view previous,
                          std::string* storage) {
  if (word.size() <= 3 || !IsLowerAscii(word)) return word;
  if (std::find(std::begin(kNotPlural), std::end(kNotPlural), word) != std::end(kNotPlural)) {
    return word;
  }
  for (const auto& [first, second] : kNotPluralAfter) {
    if (word == second && previous == first) return word;
  }
  if (EndsWith(word, "ies")) {
    // policies -> policy; but ties, lies, pies -> tie, lie, pie.
    if (word.size() == 4) return word.substr(0, 3);
    *storage = std::string(word.substr(0, word.size() - 3)) + "y";
    return *storage;
  }
  if (EndsWith(word, "sses") || EndsWith(word, "ches") || EndsWith(word, "shes") ||
      EndsWith(word, "xes") || EndsWith(word, "zzes") || EndsWith(word, "tzes")) {
    return word.substr(0, word.size() - 2);  // taxes -> tax, waltzes -> waltz
  }
  // Other -zes are -ze + s (sizes, prizes): they fall through to the -s rule.
  if (EndsWith(word, "ss") || EndsWith(word, "us") || EndsWith(word, "is")) return word;
  if (EndsWith(word, "s")) return word.substr(0, word.size() - 1);
  return word;
}

std::string_view KindPrefix(NodeKind kind) {
  return kind == NodeKind::kActor ? kActorPrefix : kTopicPrefix;
}

// Confidence in integer units of 1e-9; NaN and values outside 0..1 clamp.
int64_t ConfidenceUnits(double confidence) {
  double clamped = confidence >= 0.0 ? std::min(confidence, 1.0) : 0.0;
  return std::llround(clamped * kConfidenceUnitsPerOne);
}

}  // namespace

std::string StanceGraph::Slug(std::string_view name) {
  std::string slug;
  bool pending_separator = false;
  auto append = [&](std::string_view letters) {
    if (letters.empty()) return;
    if (letters == " ") {
      pending_separator = true;
      return;
    }
    if (pending_separator && !slug.empty()) slug += '-';
    pending_separator = false;
    slug += letters;
  };
  for (size_t pos = 0; pos < name.size();) {
    char32_t cp = NextCodePoint(name, &pos);
    if (cp >= 'A' && cp <= 'Z') {
      char lower = static_cast<char>(cp - 'A' + 'a');
      append(std::string_view(&lower, 1));
    } else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      char same = static_cast<char>(cp);
      append(std::string_view(&same, 1));
    } else if (cp < 0x80) {
      append(" ");
    } else {
      append(Fold(cp));
    }
  }
  return slug;
}

// Words are runs of ASCII letters and digits and of non-ASCII letters (code
// points Fold does not turn into a separator); only all-lower-case ASCII
// words can change, so capitalised names and words with accents or digits
// are kept. Everything between words is copied unchanged.
std::string StanceGraph::NumberFold(std::string_view name) {
  auto is_word = [](char32_t cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return Fold(cp) != " ";
  };
  std::string folded;
  folded.reserve(name.size());
  std::string previous;  // the previous word, lower-cased
  size_t copied = 0;     // name[0, copied) is in `folded`
  size_t word_start = std::string_view::npos;
  for (size_t pos = 0;;) {
    size_t here = pos;
    bool in_word = false;
    if (pos < name.size()) in_word = is_word(NextCodePoint(name, &pos));
    if (in_word && word_start == std::string_view::npos) word_start = here;
    if (!in_word && word_start != std::string_view::npos) {
      std::string_view word = name.substr(word_start, here - word_start);
      std::string storage;
      folded.append(name.substr(copied, word_start - copied));
      folded.append(Singular(word, previous, &storage));
      copied = here;
      previous.assign(word);
      for (char& c : previous) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      word_start = std::string_view::npos;
    }
    if (here >= name.size()) break;
  }
  folded.append(name.substr(copied));
  return folded;
}

// `key` is the actor's name or the topic's NumberFold; a new node starts with
// the key as its name, which a topic's first name vote then sets.
StanceGraph::Vertex StanceGraph::FindOrAddNode(NodeKind kind, const std::string& key) {
  auto& by_key = vertex_by_key_[static_cast<size_t>(kind)];
  if (auto it = by_key.find(key); it != by_key.end()) return it->second;

  StanceNode node;
  node.kind = kind;
  node.name = key;
  Vertex vertex = add_vertex(node, *graph_);
  by_key.emplace(key, vertex);
  tallies_.emplace_back();
  tallies_.back().key = key;
  if (kind == NodeKind::kActor) ++actor_count_;

  std::string slug = Slug(key);
  vertices_by_slug_[static_cast<size_t>(kind)][SlugHash(slug)].push_back(vertex);
  AssignIds(kind, slug);
  return vertex;
}

// The byte-wise smallest key of a slug group keeps the bare slug; the others
// get "_" and a hash of their key. Slugs never contain "_", so such ids
// cannot collide with another group's. A key with an empty slug always gets
// the hashed form. Ids depend only on the group's members, not their order.
void StanceGraph::AssignIds(NodeKind kind, const std::string& slug) {
  const std::vector<Vertex>& group = vertices_by_slug_[static_cast<size_t>(kind)].at(SlugHash(slug));
  std::vector<std::pair<std::string_view, Vertex>> keys;  // sorted by key
  for (Vertex vertex : group) {
    // A group of one needs no check; a bigger one may hold another slug of
    // the same hash.
    if (group.size() == 1 || Slug(tallies_[vertex].key) == slug) {
      keys.emplace_back(tallies_[vertex].key, vertex);
    }
  }
  std::sort(keys.begin(), keys.end());
  std::set<std::string> taken;
  size_t index = 0;
  for (const auto& [key, vertex] : keys) {
    std::string id = std::string(KindPrefix(kind)) + slug;
    if (index > 0 || slug.empty()) id += "_" + ShortHash(key);
    if (taken.count(id) > 0) id += "_" + std::to_string(index);  // hash collision
    taken.insert(id);
    ++index;

    std::string& current = (*graph_)[vertex].id;
    if (current == id) continue;
    if (!current.empty()) {
      auto it = vertex_by_id_.find(current);
      if (it != vertex_by_id_.end() && it->second == vertex) vertex_by_id_.erase(it);
    }
    current = id;
    vertex_by_id_[id] = vertex;
  }
}

// The most common canonical name wins; among equals the byte-wise smallest
// (the first in the map's order), whatever order the votes came in. A
// pinned name stays.
void StanceGraph::DecideTopicName(Vertex topic) {
  const NodeTally& tally = tallies_[topic];
  if (tally.pinned_name) return;
  const std::string* best = nullptr;
  size_t best_votes = 0;
  for (const auto& [candidate, count] : tally.name_votes) {
    if (count > best_votes) {
      best = &candidate;
      best_votes = count;
    }
  }
  if (best != nullptr) (*graph_)[topic].name = *best;
}

void StanceGraph::DecideActorType(Vertex actor) {
  const NodeTally& tally = tallies_[actor];
  if (tally.pinned_type) {
    (*graph_)[actor].actor_type = *tally.pinned_type;
    return;
  }
  ActorType best = ActorType::kUnknown;
  size_t best_votes = 0;
  for (ActorType candidate : {ActorType::kPerson, ActorType::kOrganization,
                              ActorType::kCountry, ActorType::kGroup}) {
    if (tally.type_votes[static_cast<size_t>(candidate)] > best_votes) {
      best = candidate;
      best_votes = tally.type_votes[static_cast<size_t>(candidate)];
    }
  }
  (*graph_)[actor].actor_type = best;
}

// Counts are distinct sentences; the pinned body is listed even when no
// sentence named it. The most frequent body wins, ties the smallest name.
void StanceGraph::DecideAffiliation(Vertex actor) {
  const NodeTally& tally = tallies_[actor];
  StanceNode& node = (*graph_)[actor];
  node.affiliations.clear();
  for (const auto& [body, sentences] : tally.affiliation_sentences) {
    node.affiliations[body] = sentences.size();
  }
  if (!tally.pinned_affiliation.empty()) node.affiliations.try_emplace(tally.pinned_affiliation, 0);
  node.affiliation = tally.pinned_affiliation;
  if (!node.affiliation.empty()) return;
  size_t best_count = 0;
  for (const auto& [body, count] : node.affiliations) {
    if (node.affiliation.empty() || count > best_count) {
      node.affiliation = body;
      best_count = count;
    }
  }
}

void StanceGraph::SetUnfoldedTopics(std::set<std::string> lower_names) {
  unfolded_topics_ = std::move(lower_names);
}

std::string StanceGraph::TopicKey(std::string_view name) const {
  if (!unfolded_topics_.empty()) {
    std::string lower(name);
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (unfolded_topics_.count(lower) > 0) return std::string(name);
  }
  return NumberFold(name);
}

std::optional<StanceGraph::Vertex> StanceGraph::FindActor(const std::string& name) const {
  const auto& actors = vertex_by_key_[static_cast<size_t>(NodeKind::kActor)];
  auto it = actors.find(name);
  if (it == actors.end()) return std::nullopt;
  return it->second;
}

size_t StanceGraph::AffiliationCount() const {
  size_t count = 0;
  for (auto [it, end] = vertices(*graph_); it != end; ++it) count += (*graph_)[*it].affiliations.size();
  return count;
}

std::string StanceGraph::SentenceKey(std::string_view sentence) {
  std::string key;
  key.reserve(sentence.size());
  bool pending_space = false;
  for (size_t pos = 0; pos < sentence.size();) {
    const size_t start = pos;
    const char32_t cp = NextCodePoint(sentence, &pos);
    const bool space = (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 ||
                       cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
                       cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    if (space) {
      pending_space = true;
      continue;
    }
    if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) continue;  // zero width
    if (pending_space && !key.empty()) key += ' ';
    pending_space = false;
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2032) {
      key += '\'';
    } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0x2033) {
      key += '"';
    } else {
      key.append(sentence.substr(start, pos - start));
    }
  }
  return key;
}

std::vector<std::string> StanceGraph::MatchWords(std::string_view text) {
  std::vector<std::string> words;
  const std::string slug = Slug(text);
  std::string previous;
  for (size_t start = 0; start < slug.size();) {
    size_t dash = slug.find('-', start);
    if (dash == std::string::npos) dash = slug.size();
    const std::string_view word = std::string_view(slug).substr(start, dash - start);
    std::string storage;
    words.emplace_back(Singular(word, previous, &storage));
    previous.assign(word);
    start = dash + 1;
  }
  return words;
}

std::vector<StanceGraph::Vertex> StanceGraph::FindNodes(NodeKind kind,
                                                        std::string_view words) const {
  std::vector<Vertex> found;
  const std::vector<std::string> wanted = MatchWords(words);
  if (wanted.empty()) return found;
  auto matches = [&](const std::string& label) {
    const std::vector<std::string> have = MatchWords(label);
    return std::all_of(wanted.begin(), wanted.end(), [&](const std::string& word) {
      return std::find(have.begin(), have.end(), word) != have.end();
    });
  };
  for (Vertex vertex : VerticesInOrder()) {
    const StanceNode& node = (*graph_)[vertex];
    if (node.kind != kind) continue;
    if (matches(node.name) || std::any_of(node.mentions.begin(), node.mentions.end(), matches)) {
      found.push_back(vertex);
    }
  }
  return found;
}

StanceGraph::StanceGraph() : graph_(std::make_unique<Graph>()) {}

StanceGraph::StanceGraph(const StanceGraph& other)
    : graph_(std::make_unique<Graph>(*other.graph_)),
      vertex_by_id_(other.vertex_by_id_),
      vertex_by_key_(other.vertex_by_key_),
      vertices_by_slug_(other.vertices_by_slug_),
      tally_by_key_(other.tally_by_key_),
      edge_tallies_(other.edge_tallies_),
      counts_(other.counts_),
      tallies_(other.tallies_),
      unfolded_topics_(other.unfolded_topics_),
      max_evidence_(other.max_evidence_),
      actor_count_(other.actor_count_) {
  RebindEdges();
}

// The Boost graph lives behind a pointer: Boost 1.74's adjacency_list has no
// move constructor, and its swap() makes three copies. Moving the pointer
// keeps every edge descriptor valid, so the tallies need no rebinding; the
// graph moved from is left empty and usable.
StanceGraph::StanceGraph(StanceGraph&& other)
    : graph_(std::exchange(other.graph_, std::make_unique<Graph>())),
      vertex_by_id_(std::move(other.vertex_by_id_)),
      vertex_by_key_(std::move(other.vertex_by_key_)),
      vertices_by_slug_(std::move(other.vertices_by_slug_)),
      tally_by_key_(std::move(other.tally_by_key_)),
      edge_tallies_(std::move(other.edge_tallies_)),
      counts_(std::move(other.counts_)),
      tallies_(std::move(other.tallies_)),
      unfolded_topics_(std::move(other.unfolded_topics_)),
      max_evidence_(other.max_evidence_),
      actor_count_(std::exchange(other.actor_count_, 0)) {}

StanceGraph& StanceGraph::operator=(const StanceGraph& other) {
  if (this != &other) *this = StanceGraph(other);
  return *this;
}

StanceGraph& StanceGraph::operator=(StanceGraph&& other) {
  if (this == &other) return *this;
  graph_ = std::exchange(other.graph_, std::make_unique<Graph>());
  vertex_by_id_ = std::move(other.vertex_by_id_);
  vertex_by_key_ = std::move(other.vertex_by_key_);
  vertices_by_slug_ = std::move(other.vertices_by_slug_);
  tally_by_key_ = std::move(other.tally_by_key_);
  edge_tallies_ = std::move(other.edge_tallies_);
  counts_ = std::move(other.counts_);
  tallies_ = std::move(other.tallies_);
  unfolded_topics_ = std::move(other.unfolded_topics_);
  max_evidence_ = other.max_evidence_;
  actor_count_ = std::exchange(other.actor_count_, 0);
  return *this;
}

void StanceGraph::RebindEdges() {
  for (auto [it, end] = edges(*graph_); it != end; ++it) edge_tallies_[TallyIndex(*it)].edge = *it;
}

namespace {

// FNV-1a, 64 bits: a fixed hash, so the evidence sample is the same on every
// machine and in every run.
uint64_t Fnv1a(std::string_view bytes, uint64_t hash = 14695981039346656037ull) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

uint64_t SentenceHash(std::string_view sentence) {
  return Fnv1a(StanceGraph::SentenceKey(sentence));
}

// FNV-1a continued over the bytes of a number.
uint64_t Fnv1a(int64_t number, uint64_t hash) {
  return Fnv1a(std::string_view(reinterpret_cast<const char*>(&number), sizeof number), hash);
}

// One place a sentence was seen. Each string is followed by a NUL, so that
// ("ab", "c") and ("a", "bc") differ.
uint64_t PlaceHash(uint64_t sentence, const EvidenceSource& source) {
  uint64_t hash = Fnv1a(static_cast<int64_t>(sentence), 14695981039346656037ull);
  hash = Fnv1a(std::string_view(source.doc.c_str(), source.doc.size() + 1), hash);
  hash = Fnv1a(source.start, hash);
  hash = Fnv1a(source.end, hash);
  return Fnv1a(std::string_view(source.date.c_str(), source.date.size() + 1), hash);
}

}  // namespace

// Vertex indices are far below 2^31.
uint64_t StanceGraph::EdgeKey(Vertex actor, Vertex topic, Stance stance) {
  return (static_cast<uint64_t>(actor) << 33) | (static_cast<uint64_t>(topic) << 1) |
         static_cast<uint64_t>(stance);
}

void StanceGraph::SpanDate(std::string_view date, StanceEdge* edge) {
  const std::optional<std::string> day = IsoDatePrefix(date);
  if (!day) return;
  if (edge->first_date.empty() || *day < edge->first_date.str()) edge->first_date = InternDate(*day);
  if (edge->last_date.empty() || *day > edge->last_date.str()) edge->last_date = InternDate(*day);
}

const SharedText& StanceGraph::InternDate(std::string_view date) {
  static const SharedText kNone;
  if (date.empty()) return kNone;
  auto [it, inserted] = dates_.try_emplace(std::string(date));
  if (inserted) it->second = SharedText(it->first);
  return it->second;
}

void StanceGraph::AddEvidence(uint32_t tally, const StanceTriple& t, const Sighting& seen) {
  StanceEdge& edge = (*graph_)[edge_tallies_[tally].edge];
  const EvidenceSource source{seen.doc, t.start, t.end, InternDate(t.date)};
  SpanDate(t.date, &edge);
  Keep(tally, SentenceHash(t.sentence),
       Evidence{seen.sentence, t.actor_mention, t.topic_mention, t.cue,
                RoundConfidence(t.confidence), {source}});
}

void StanceGraph::CountSentence(uint32_t tally, uint64_t sentence, int64_t units) {
  auto [count, inserted] = counts_.sentences.Insert({.sentence = sentence, .units = units, .edge = tally});
  if (inserted) {
    edge_tallies_[tally].confidence_units += units;
    ++(*graph_)[edge_tallies_[tally].edge].mentions;
  } else if (units > count->units) {
    edge_tallies_[tally].confidence_units += units - count->units;
    count->units = units;
  }
}

void StanceGraph::CountPlace(uint32_t tally, uint64_t place) {
  if (counts_.places.Insert({.place = place, .edge = tally}).second) {
    ++(*graph_)[edge_tallies_[tally].edge].occurrences;
  }
}

void StanceGraph::SetMeanConfidence(uint32_t tally) {
  StanceEdge& edge = (*graph_)[edge_tallies_[tally].edge];
  edge.confidence = static_cast<double>(edge_tallies_[tally].confidence_units) /
                    (static_cast<double>(edge.mentions) * kConfidenceUnitsPerOne);
}

// The counts so far are exactly the kept items', already added up: the
// tables take them as they are.
void StanceGraph::MoveCountsToTables(uint32_t index) {
  EdgeTally& tally = edge_tallies_[index];
  const StanceEdge& edge = (*graph_)[tally.edge];
  for (size_t i = 0; i < edge.evidence.size(); ++i) {
    const Evidence& item = edge.evidence[i];
    counts_.sentences.Insert(
        {.sentence = tally.kept[i], .units = ConfidenceUnits(item.confidence), .edge = index});
    for (const EvidenceSource& source : item.sources) {
      counts_.places.Insert({.place = PlaceHash(tally.kept[i], source), .edge = index});
    }
  }
  tally.in_tables = true;
}

// An item is the union of its occurrences: sources as a sorted set, text
// fields those of the smallest occurrence, the highest confidence. Joining
// two items so is associative and commutative, whether an item holds one
// occurrence (Add) or many (Merged). A new item beyond max_evidence_ takes
// the place of the kept item with the largest hash, if its own is smaller.
// The sample is small (--max-evidence) or, uncapped, rarely large: kept
// items are found by a linear scan of their hashes.
//
// Counting: while an edge has kept every distinct sentence it was given,
// its kept items (each with every place it was seen) are its counts, and
// Keep() counts them as they join. Most edges never reach the cap, so they
// never cost a table entry. The first sentence the sample would drop moves
// the edge's counts into the tables (MoveCountsToTables), where every later
// occurrence is counted whether it is kept or not.
void StanceGraph::Keep(uint32_t index, uint64_t sentence, Evidence e) {
  EdgeTally& tally = edge_tallies_[index];
  StanceEdge& edge = (*graph_)[tally.edge];
  auto found = std::find(tally.kept.begin(), tally.kept.end(), sentence);
  const bool full = max_evidence_ > 0 && tally.kept.size() >= max_evidence_;
  if (found == tally.kept.end() && full && !tally.in_tables) MoveCountsToTables(index);
  const bool counting = !tally.in_tables;  // the kept items are the counts
  if (!counting) {
    CountSentence(index, sentence, ConfidenceUnits(e.confidence));
    for (const EvidenceSource& source : e.sources) CountPlace(index, PlaceHash(sentence, source));
  }
  if (found == tally.kept.end()) {
    if (full) {
      auto largest = std::max_element(tally.kept.begin(), tally.kept.end());
      if (sentence < *largest) {
        *largest = sentence;
        edge.evidence[largest - tally.kept.begin()] = std::move(e);
      }
    } else {
      if (counting) {
        ++edge.mentions;
        edge.occurrences += e.sources.size();
        tally.confidence_units += ConfidenceUnits(e.confidence);
      }
      tally.kept.push_back(sentence);
      edge.evidence.push_back(std::move(e));
    }
    SetMeanConfidence(index);
    return;
  }
  Evidence& item = edge.evidence[found - tally.kept.begin()];
  // The text fields are those of the smallest occurrence in this order
  // (compared before e's places join the item's).
  const bool e_first =
      std::tie(e.sources.front(), e.sentence, e.actor_mention, e.topic_mention, e.cue) <
      std::tie(item.sources.front(), item.sentence, item.actor_mention, item.topic_mention,
               item.cue);
  for (const EvidenceSource& source : e.sources) {
    auto place = std::lower_bound(item.sources.begin(), item.sources.end(), source);
    if (place == item.sources.end() || *place != source) {
      item.sources.insert(place, source);
      if (counting) ++edge.occurrences;
    }
  }
  if (e_first) {
    item.sentence = std::move(e.sentence);
    item.actor_mention = std::move(e.actor_mention);
    item.topic_mention = std::move(e.topic_mention);
    item.cue = std::move(e.cue);
  }
  if (ConfidenceUnits(e.confidence) > ConfidenceUnits(item.confidence)) {
    if (counting) {
      tally.confidence_units += ConfidenceUnits(e.confidence) - ConfidenceUnits(item.confidence);
    }
    item.confidence = e.confidence;
  }
  SetMeanConfidence(index);
}

// `from` may be this graph (Merged() moving edges): the counts are read out
// before any is added, as adding may grow the table being read. Only edges
// whose counts are in the tables have entries there; the others' counts
// come with their evidence, through Keep().
void StanceGraph::MergeCountsFrom(const StanceGraph& from,
                                  const std::vector<uint32_t>& tally_image) {
  std::vector<SentenceCount> sentences;
  std::vector<PlaceCount> places;
  from.counts_.sentences.ForEach([&](const SentenceCount& count) {
    if (tally_image[count.edge] != kNoTally) sentences.push_back(count);
  });
  from.counts_.places.ForEach([&](const PlaceCount& count) {
    if (tally_image[count.edge] != kNoTally) places.push_back(count);
  });
  for (const SentenceCount& count : sentences) {
    const uint32_t into = tally_image[count.edge];
    if (!edge_tallies_[into].in_tables) MoveCountsToTables(into);
    CountSentence(into, count.sentence, count.units);
  }
  for (const PlaceCount& count : places) CountPlace(tally_image[count.edge], count.place);
  for (uint32_t from_tally = 0; from_tally < tally_image.size(); ++from_tally) {
    const uint32_t tally = tally_image[from_tally];
    if (tally == kNoTally) continue;
    const StanceEdge& from_edge = (*from.graph_)[from.edge_tallies_[from_tally].edge];
    StanceEdge& edge = (*graph_)[edge_tallies_[tally].edge];
    SpanDate(from_edge.first_date, &edge);
    SpanDate(from_edge.last_date, &edge);
    if (edge.mentions > 0) SetMeanConfidence(tally);
  }
}

uint32_t StanceGraph::TallyIndex(const Edge& edge) const {
  return tally_by_key_.at(
      EdgeKey(source(edge, *graph_), target(edge, *graph_), (*graph_)[edge].stance));
}

uint32_t StanceGraph::FindOrAddEdge(Vertex actor, Vertex topic, Stance stance) {
  auto [it, inserted] = tally_by_key_.try_emplace(EdgeKey(actor, topic, stance),
                                                  static_cast<uint32_t>(edge_tallies_.size()));
  if (inserted) {
    StanceEdge properties;
    properties.stance = stance;
    edge_tallies_.push_back({add_edge(actor, topic, properties, *graph_).first, 0, {}});
  }
  return it->second;
}

void StanceGraph::See(std::map<std::string, Sighting>* sightings, const std::string& name,
                      Sighting sighting) {
  auto it = sightings->find(name);
  if (it == sightings->end()) {
    sightings->emplace(name, std::move(sighting));
  } else if (sighting < it->second) {
    it->second = std::move(sighting);
  }
}

void StanceGraph::Add(const StanceTriple& triple) {
  Vertex actor = FindOrAddNode(NodeKind::kActor, triple.actor);
  Vertex topic = FindOrAddNode(NodeKind::kTopic, TopicKey(triple.topic));
  const bool affiliated = !triple.affiliation.empty() && triple.affiliation != triple.actor;
  if (affiliated) FindOrAddNode(NodeKind::kActor, triple.affiliation);  // the body is an actor
  // Triples come document by document, and a sentence's triples one after
  // another: one copy of the id, and of the sentence, serves them all.
  if (triple.doc != last_doc_.str()) last_doc_ = SharedText(triple.doc);
  if (triple.sentence != last_sentence_.str()) last_sentence_ = SharedText(triple.sentence);
  const Sighting sighting{last_doc_, triple.start, triple.end, last_sentence_};

  NodeTally& topic_tally = tallies_[topic];
  ++topic_tally.name_votes[triple.topic];
  See(&topic_tally.sightings, triple.topic, sighting);
  (*graph_)[topic].mentions.insert(triple.topic);
  if (!triple.topic_mention.empty()) (*graph_)[topic].mentions.insert(triple.topic_mention);
  DecideTopicName(topic);

  NodeTally& actor_tally = tallies_[actor];
  ++actor_tally.type_votes[static_cast<size_t>(triple.actor_type)];
  See(&actor_tally.sightings, triple.actor, sighting);
  if (!triple.actor_mention.empty()) (*graph_)[actor].mentions.insert(triple.actor_mention);
  DecideActorType(actor);
  if (affiliated) {
    actor_tally.affiliation_sentences[triple.affiliation].insert(SentenceHash(triple.sentence));
    See(&actor_tally.affiliation_sightings, triple.affiliation, sighting);
    DecideAffiliation(actor);
  }

  AddEvidence(FindOrAddEdge(actor, topic, triple.stance), triple, sighting);
}

StanceGraph StanceGraph::Subgraph(const std::vector<Edge>& edges) const {
  std::set<Vertex> kept;
  for (const Edge& edge : edges) {
    kept.insert(source(edge, *graph_));
    kept.insert(target(edge, *graph_));
  }
  std::set<Vertex> bodies;
  for (Vertex vertex : kept) {
    for (const auto& [body, count] : (*graph_)[vertex].affiliations) {
      if (auto found = FindActor(body)) bodies.insert(*found);
    }
  }
  kept.insert(bodies.begin(), bodies.end());

  StanceGraph sub;
  sub.unfolded_topics_ = unfolded_topics_;
  sub.max_evidence_ = max_evidence_;
  std::map<Vertex, Vertex> image;
  for (Vertex vertex : VerticesInOrder()) {
    if (kept.count(vertex) == 0) continue;
    const Vertex copy = sub.FindOrAddNode((*graph_)[vertex].kind, tallies_[vertex].key);
    image[vertex] = copy;
    sub.tallies_[copy] = tallies_[vertex];
    (*sub.graph_)[copy] = (*graph_)[vertex];
  }
  // Ids as in this graph: a slug shared with a node left out must not
  // change the id of the one kept.
  sub.vertex_by_id_.clear();
  for (const auto& [vertex, copy] : image) sub.vertex_by_id_[(*sub.graph_)[copy].id] = copy;

  std::vector<uint32_t> tally_image(edge_tallies_.size(), kNoTally);
  std::vector<uint32_t> edge_tally;  // tally index of each of `edges`
  edge_tally.reserve(edges.size());
  for (const Edge& edge : edges) {
    edge_tally.push_back(TallyIndex(edge));
    tally_image[edge_tally.back()] = sub.FindOrAddEdge(
        image.at(source(edge, *graph_)), image.at(target(edge, *graph_)), (*graph_)[edge].stance);
  }
  sub.MergeCountsFrom(*this, tally_image);
  for (size_t i = 0; i < edges.size(); ++i) {
    const uint32_t from = edge_tally[i];
    const std::vector<Evidence>& evidence = (*graph_)[edges[i]].evidence;
    for (size_t k = 0; k < evidence.size(); ++k) {
      sub.Keep(tally_image[from], edge_tallies_[from].kept[k], evidence[k]);
    }
  }
  return sub;
}

size_t StanceGraph::MentionCount() const {
  size_t total = 0;
  for (auto [it, end] = edges(*graph_); it != end; ++it) total += (*graph_)[*it].mentions;
  return total;
}

std::vector<StanceGraph::Vertex> StanceGraph::VerticesInOrder() const {
  std::vector<Vertex> order;
  order.reserve(vertex_by_id_.size());
  for (const auto& [id, vertex] : vertex_by_id_) order.push_back(vertex);
  return order;
}

std::vector<size_t> StanceGraph::VertexRanks() const {
  std::vector<size_t> rank(num_vertices(*graph_));
  size_t next = 0;
  for (const auto& [id, vertex] : vertex_by_id_) rank[vertex] = next++;
  return rank;
}

std::vector<StanceGraph::Edge> StanceGraph::EdgesInOrder() const {
  // Vertices ranked by id once, so the sort compares integers, not ids.
  // The ranks of (actor, topic, stance) packed as EdgeKey packs vertices:
  // unique, so the edge descriptor never decides.
  const std::vector<size_t> rank = VertexRanks();
  std::vector<std::pair<uint64_t, Edge>> keyed;
  keyed.reserve(num_edges(*graph_));
  for (auto [it, end] = edges(*graph_); it != end; ++it) {
    keyed.emplace_back(
        EdgeKey(rank[source(*it, *graph_)], rank[target(*it, *graph_)], (*graph_)[*it].stance), *it);
  }
  std::sort(keyed.begin(), keyed.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Edge> order;
  order.reserve(keyed.size());
  for (const auto& item : keyed) order.push_back(item.second);
  return order;
}

std::vector<StanceGraph::Edge> StanceGraph::StrongestEdges(size_t n) const {
  const std::vector<Edge> order = EdgesInOrder();
  // Positions in `order` break ties, so the n first are those a stable sort
  // would give, found without sorting them all.
  std::vector<size_t> positions(order.size());
  for (size_t i = 0; i < positions.size(); ++i) positions[i] = i;
  const size_t kept = std::min(n, positions.size());
  std::partial_sort(positions.begin(), positions.begin() + kept, positions.end(),
                    [&](size_t a, size_t b) {
                      const StanceEdge& x = (*graph_)[order[a]];
                      const StanceEdge& y = (*graph_)[order[b]];
                      if (x.mentions != y.mentions) return x.mentions > y.mentions;
                      if (x.confidence != y.confidence) return x.confidence > y.confidence;
                      return a < b;
                    });
  std::vector<Edge> strongest;
  for (size_t i = 0; i < kept; ++i) strongest.push_back(order[positions[i]]);
  return strongest;
}

std::optional<StanceGraph::Edge> StanceGraph::FindEdge(Vertex actor, Vertex topic,
                                                      Stance stance) const {
  auto it = tally_by_key_.find(EdgeKey(actor, topic, stance));
  if (it == tally_by_key_.end()) return std::nullopt;
  return edge_tallies_[it->second].edge;
}

std::vector<StanceGraph::Contradiction> StanceGraph::Contradictions() const {
  std::vector<Contradiction> found;
  const std::vector<Edge> order = EdgesInOrder();  // support right before oppose
  for (size_t i = 0; i + 1 < order.size(); ++i) {
    const Edge& support = order[i];
    const Edge& oppose = order[i + 1];
    if ((*graph_)[support].stance == Stance::kSupport && (*graph_)[oppose].stance == Stance::kOppose &&
        source(support, *graph_) == source(oppose, *graph_) &&
        target(support, *graph_) == target(oppose, *graph_)) {
      found.push_back({source(support, *graph_), target(support, *graph_), support, oppose});
    }
  }
  return found;
}

const Evidence* StanceGraph::BestEvidence(const StanceEdge& edge) {
  const Evidence* best = nullptr;
  for (const Evidence& item : edge.evidence) {
    if (best == nullptr) {
      best = &item;
      continue;
    }
    // Higher confidence, then more sources, then smaller (doc, start, end, sentence).
    const auto rank = [](const Evidence& e) {
      return std::make_tuple(-e.confidence, -static_cast<int64_t>(e.sources.size()));
    };
    if (rank(item) < rank(*best) ||
        (rank(item) == rank(*best) &&
         std::make_tuple(item.doc().view(), item.start(), item.end(), item.sentence.view()) <
             std::make_tuple(best->doc().view(), best->start(), best->end(),
                             best->sentence.view()))) {
      best = &item;
    }
  }
  return best;
}

}  // namespace stancegraph
