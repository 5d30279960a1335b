// Identity resolution over the whole graph: the ontology file, surname
// joins and --roll-up, each a StanceGraph::Merged() pass (graph/identity.h).
#include "graph/identity.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace stancegraph {
namespace {

// How names are compared: ASCII letters lower-cased, runs of white space one
// space, no space at either end. "President  ZELENSKY" -> "president zelensky".
std::string MatchKey(std::string_view name) {
  std::string key;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !key.empty()) key += ' ';
    space = false;
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

// Names number folding would join: their MatchKeys, number-folded.
std::string FoldedKey(std::string_view name) { return StanceGraph::NumberFold(MatchKey(name)); }

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  std::istringstream in{std::string(name)};
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// ---------------------------------------------------------------------------
// Reading the ontology file.

// Offset -> "line L, column C" (1-based, columns in bytes).
std::string LineAndColumn(std::string_view text, size_t offset) {
  size_t line = 1;
  size_t column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// A check failed at `where` ("actors[1].type"); becomes the problem message.
struct OntologyError {
  std::string message;
};

std::string TypeName(const rapidjson::Value& value) {
  if (value.IsNull()) return "null";
  if (value.IsBool()) return "a boolean";
  if (value.IsNumber()) return "a number";
  if (value.IsString()) return "a string";
  if (value.IsArray()) return "an array";
  return "an object";
}

void Fail(const std::string& where, const std::string& what) {
  throw OntologyError{where + ": " + what};
}

std::string NonEmptyString(const rapidjson::Value& value, const std::string& where) {
  if (!value.IsString()) Fail(where, "expects a string, got " + TypeName(value));
  std::string text(value.GetString(), value.GetStringLength());
  if (MatchKey(text).empty()) Fail(where, "expects a name, got an empty string");
  return text;
}

std::vector<std::string> Strings(const rapidjson::Value& value, const std::string& where) {
  if (!value.IsArray()) Fail(where, "expects an array of strings, got " + TypeName(value));
  std::vector<std::string> strings;
  for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
    strings.push_back(NonEmptyString(value[i], where + "[" + std::to_string(i) + "]"));
  }
  return strings;
}

// Calls `member(key, value, where)` for each member of the object `value`,
// refusing keys not in `known`; `name` must be there when `needs_name`.
template <typename Member>
void Members(const rapidjson::Value& value, const std::string& where,
             const std::vector<std::string>& known, bool needs_name, Member member) {
  if (!value.IsObject()) Fail(where, "expects an object, got " + TypeName(value));
  std::string expected;
  for (const std::string& key : known) expected += (expected.empty() ? "" : ", ") + key;
  for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it) {
    const std::string key(it->name.GetString(), it->name.GetStringLength());
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      Fail(where, "unknown key " + QuoteForProblem(key) + " (expected " + expected + ")");
    }
    member(key, it->value, where + "." + key);
  }
  if (needs_name && !value.HasMember("name")) Fail(where, "needs a `name`");
}

template <typename Item>
void Items(const rapidjson::Value& root, const char* key, Item item) {
  auto it = root.FindMember(key);
  if (it == root.MemberEnd()) return;
  if (!it->value.IsArray()) Fail(key, "expects an array, got " + TypeName(it->value));
  for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i) {
    item(it->value[i], std::string(key) + "[" + std::to_string(i) + "]");
  }
}

Ontology ReadOntology(const rapidjson::Value& root) {
  if (!root.IsObject()) Fail("top level", "expects an object, got " + TypeName(root));
  Members(root, "top level", {"actors", "topics", "forbid"}, false,
          [](const std::string&, const rapidjson::Value&, const std::string&) {});
  Ontology ontology;
  Items(root, "actors", [&](const rapidjson::Value& value, const std::string& where) {
    OntologyActor actor;
    Members(value, where, {"name", "type", "aliases", "affiliation"}, true,
            [&](const std::string& key, const rapidjson::Value& field, const std::string& at) {
              if (key == "name") actor.name = NonEmptyString(field, at);
              if (key == "aliases") actor.aliases = Strings(field, at);
              if (key == "affiliation") actor.affiliation = NonEmptyString(field, at);
              if (key == "type") {
                const std::string type = NonEmptyString(field, at);
                actor.type = ParseActorType(type);
                if (!actor.type) {
                  Fail(at, "expects one of person, organization, country, group, unknown, got " +
                               QuoteForProblem(type));
                }
              }
            });
    ontology.actors.push_back(std::move(actor));
  });
  Items(root, "topics", [&](const rapidjson::Value& value, const std::string& where) {
    OntologyTopic topic;
    Members(value, where, {"name", "aliases"}, true,
            [&](const std::string& key, const rapidjson::Value& field, const std::string& at) {
              if (key == "name") topic.name = NonEmptyString(field, at);
              if (key == "aliases") topic.aliases = Strings(field, at);
            });
    ontology.topics.push_back(std::move(topic));
  });
  Items(root, "forbid", [&](const rapidjson::Value& value, const std::string& where) {
    OntologyForbid forbid;
    bool has_kind = false;
    Members(value, where, {"kind", "names"}, false,
            [&](const std::string& key, const rapidjson::Value& field, const std::string& at) {
              if (key == "names") forbid.names = Strings(field, at);
              if (key == "kind") {
                const std::string kind = NonEmptyString(field, at);
                if (kind != "actor" && kind != "topic") {
                  Fail(at, "expects actor or topic, got " + QuoteForProblem(kind));
                }
                forbid.kind = kind == "actor" ? NodeKind::kActor : NodeKind::kTopic;
                has_kind = true;
              }
            });
    if (!has_kind) Fail(where, "needs a `kind` (actor or topic)");
    if (forbid.names.size() < 2) Fail(where + ".names", "expects two or more names");
    ontology.forbid.push_back(std::move(forbid));
  });
  return ontology;
}

// ---------------------------------------------------------------------------
// The ontology as lookups.

class OntologyIndex {
 public:
  // Topic names are compared by MatchKey of `topic_key` (the graph's
  // TopicKey, so number aside unless unfolded).
  template <typename TopicKeyOf>
  OntologyIndex(const Ontology& ontology, TopicKeyOf topic_key) {
    // Canonical names first, so that an alias naming another entry is
    // reported at the alias.
    for (size_t i = 0; i < ontology.actors.size(); ++i) {
      const OntologyActor& actor = ontology.actors[i];
      actor_names_.insert(MatchKey(actor.name));
      Claim(&actors_, actor.name, actor.name, "actors[" + std::to_string(i) + "].name");
    }
    for (size_t i = 0; i < ontology.actors.size(); ++i) {
      const std::vector<std::string>& aliases = ontology.actors[i].aliases;
      for (size_t j = 0; j < aliases.size(); ++j) {
        Claim(&actors_, aliases[j], ontology.actors[i].name,
              "actors[" + std::to_string(i) + "].aliases[" + std::to_string(j) + "]");
      }
    }
    for (size_t i = 0; i < ontology.topics.size(); ++i) {
      const OntologyTopic& topic = ontology.topics[i];
      Claim(&topics_, topic_key(topic.name), topic.name, "topics[" + std::to_string(i) + "].name");
    }
    for (size_t i = 0; i < ontology.topics.size(); ++i) {
      const std::vector<std::string>& aliases = ontology.topics[i].aliases;
      for (size_t j = 0; j < aliases.size(); ++j) {
        Claim(&topics_, topic_key(aliases[j]), ontology.topics[i].name,
              "topics[" + std::to_string(i) + "].aliases[" + std::to_string(j) + "]");
      }
    }
    for (size_t i = 0; i < ontology.forbid.size(); ++i) {
      const OntologyForbid& forbid = ontology.forbid[i];
      std::map<std::string, std::string> group;  // key of the canonical form -> name as given
      for (const std::string& name : forbid.names) {
        // Topics: names the ontology joins are one; others are compared as
        // written (number folding is what a topic forbid is for).
        const std::string key = forbid.kind == NodeKind::kActor
                                    ? MatchKey(Actor(name))
                                    : MatchKey(Topic(topic_key(name)).value_or(name));
        auto [it, inserted] = group.emplace(key, name);
        if (!inserted && it->second != name) {
          Fail("forbid[" + std::to_string(i) + "]",
               QuoteForProblem(it->second) + " and " + QuoteForProblem(name) + " are one " +
                   (forbid.kind == NodeKind::kActor ? "actor" : "topic") +
                   " by the ontology's own names and aliases");
        }
      }
      if (forbid.kind == NodeKind::kTopic) continue;  // kept apart by UnfoldedTopics
      std::set<std::string> keys;
      for (const auto& [key, name] : group) keys.insert(key);
      actor_forbid_.push_back(std::move(keys));
    }
  }

  // The canonical name an actor name stands for (itself when not listed).
  std::string Actor(const std::string& name) const {
    auto it = actors_.find(MatchKey(name));
    return it == actors_.end() ? name : it->second;
  }
  // The canonical topic name for a topic key, if the ontology lists it.
  std::optional<std::string> Topic(const std::string& key) const {
    auto it = topics_.find(MatchKey(key));
    if (it == topics_.end()) return std::nullopt;
    return it->second;
  }
  // Whether `name` is an ontology entry's canonical name.
  bool IsCanonicalActor(const std::string& name) const {
    return actor_names_.count(MatchKey(name)) > 0;
  }
  // Whether an actor forbid group holds both actors.
  bool Forbidden(const std::string& a, const std::string& b) const {
    const std::string key_a = MatchKey(Actor(a));
    const std::string key_b = MatchKey(Actor(b));
    for (const std::set<std::string>& group : actor_forbid_) {
      if (group.count(key_a) > 0 && group.count(key_b) > 0) return true;
    }
    return false;
  }

 private:
  // `alias` (a topic's: its key) names `canonical`, unless it names another.
  static void Claim(std::map<std::string, std::string>* names, const std::string& alias,
                    const std::string& canonical, const std::string& where) {
    auto [it, inserted] = names->emplace(MatchKey(alias), canonical);
    if (!inserted && it->second != canonical) {
      Fail(where, QuoteForProblem(alias) + " already names " + QuoteForProblem(it->second) +
                      " (case and, for topics, plural endings aside)");
    }
  }

  std::map<std::string, std::string> actors_;        // MatchKey of a name or alias -> canonical
  std::set<std::string> actor_names_;                // MatchKey of each canonical name
  std::map<std::string, std::string> topics_;        // MatchKey of a topic key -> canonical
  std::vector<std::set<std::string>> actor_forbid_;  // MatchKeys of canonical names
};

// ---------------------------------------------------------------------------
// The passes.

// Where `name` was first seen on `vertex` (else the node's first sighting).
Sighting SightingOf(const StanceGraph& graph, StanceGraph::Vertex vertex, const std::string& name) {
  const std::map<std::string, Sighting>& sightings = graph.Sightings(vertex);
  if (auto it = sightings.find(name); it != sightings.end()) return it->second;
  const Sighting* first = nullptr;
  for (const auto& [other, sighting] : sightings) {
    if (first == nullptr || sighting < *first) first = &sighting;
  }
  return first != nullptr ? *first : Sighting{};
}

void Note(std::vector<MergeNote>* notes, NodeKind kind, const std::string& alias,
          const std::string& canonical, const std::string& rule, const Sighting& seen) {
  notes->push_back({kind, alias, canonical, rule, seen.doc, seen.sentence});
}

// Topics: the number-fold merges Add() made, and those a forbid refused.
void NoteNumberFolds(const StanceGraph& graph, const Ontology& ontology,
                     std::vector<MergeNote>* notes) {
  const StanceGraph::Graph& g = graph.graph();
  std::map<std::string, StanceGraph::Vertex> topic_by_key;
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    if (g[vertex].kind != NodeKind::kTopic) continue;
    topic_by_key.emplace(MatchKey(graph.Key(vertex)), vertex);
    for (const auto& [name, count] : graph.TopicNames(vertex)) {
      if (name != g[vertex].name) {
        Note(notes, NodeKind::kTopic, name, g[vertex].name, "number-fold",
             SightingOf(graph, vertex, name));
      }
    }
  }
  for (const OntologyForbid& forbid : ontology.forbid) {
    if (forbid.kind != NodeKind::kTopic) continue;
    for (const std::string& a : forbid.names) {
      for (const std::string& b : forbid.names) {
        if (!(a < b) || FoldedKey(a) != FoldedKey(b)) continue;
        auto found_a = topic_by_key.find(MatchKey(graph.TopicKey(a)));
        auto found_b = topic_by_key.find(MatchKey(graph.TopicKey(b)));
        if (found_a == topic_by_key.end() || found_b == topic_by_key.end() ||
            found_a->second == found_b->second) {
          continue;
        }
        // Noted as folding would have joined them: the plural into the
        // singular (else the greater name into the smaller).
        StanceGraph::Vertex alias = found_a->second;
        StanceGraph::Vertex canonical = found_b->second;
        auto folds = [&](StanceGraph::Vertex v) {
          return FoldedKey(g[v].name) != MatchKey(g[v].name);
        };
        if (folds(alias) == folds(canonical) ? g[alias].name < g[canonical].name
                                             : folds(canonical)) {
          std::swap(alias, canonical);
        }
        Note(notes, NodeKind::kTopic, g[alias].name, g[canonical].name,
             "no number-fold (forbidden)", SightingOf(graph, alias, g[alias].name));
      }
    }
  }
}

// Pass 1: the ontology's aliases and pins.
StanceGraph::NodeMapping OntologyMapping(const StanceGraph& graph, const Ontology& ontology,
                                         const std::map<std::string, ActorType>& body_types,
                                         const OntologyIndex& index,
                                         std::vector<MergeNote>* notes) {
  StanceGraph::NodeMapping mapping;
  const StanceGraph::Graph& g = graph.graph();
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& node = g[vertex];
    if (node.kind == NodeKind::kActor) {
      const std::string canonical = index.Actor(node.name);
      if (canonical == node.name) continue;
      mapping.actors[node.name] = canonical;
      Note(notes, NodeKind::kActor, node.name, canonical, "ontology-alias",
           SightingOf(graph, vertex, node.name));
    } else if (std::optional<std::string> canonical = index.Topic(graph.Key(vertex))) {
      mapping.topics[graph.Key(vertex)] = *canonical;
      if (node.name != *canonical) {
        Note(notes, NodeKind::kTopic, node.name, *canonical, "ontology-alias",
             SightingOf(graph, vertex, node.name));
      }
    }
  }
  // Bodies without stances or type (or only pinned as someone's body).
  for (const auto& [name, type] : body_types) {
    std::optional<StanceGraph::Vertex> vertex = graph.FindActor(name);
    if (!vertex || (out_degree(*vertex, g) == 0 && g[*vertex].actor_type == ActorType::kUnknown)) {
      mapping.actor_types[index.Actor(name)] = type;
    }
  }
  for (const OntologyActor& actor : ontology.actors) {
    if (actor.type) mapping.actor_types[actor.name] = *actor.type;
    if (!actor.affiliation.empty())
      mapping.affiliations[actor.name] = index.Actor(actor.affiliation);
  }
  for (const OntologyTopic& topic : ontology.topics) mapping.topic_names.insert(topic.name);
  return mapping;
}

// Lower-case words that may come before a surname ("von der Leyen").
bool IsParticle(const std::string& word) {
  static const std::set<std::string> kParticles = {
      "al", "bin", "da",  "das", "de", "del", "della", "den", "der", "di", "dos",
      "du", "el",  "ibn", "la",  "le", "ten", "ter",   "van", "von", "zu"};
  return kParticles.count(word) > 0;
}

// A surname alone: one capitalised word, or particles and one ("van Rompuy").
bool IsSurnameOnly(const std::vector<std::string>& words) {
  if (words.empty()) return false;
  const char first = words.back()[0];
  if ((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9')) return false;
  return std::all_of(words.begin(), words.end() - 1, IsParticle);
}

// Whether `full` ends with `part`, word by word, ASCII case aside.
bool EndsWithWords(const std::vector<std::string>& full, const std::vector<std::string>& part) {
  if (part.size() >= full.size()) return false;
  for (size_t i = 0; i < part.size(); ++i) {
    if (MatchKey(full[full.size() - part.size() + i]) != MatchKey(part[i])) return false;
  }
  return true;
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : names) joined += (joined.empty() ? "" : "; ") + name;
  return joined;
}

// Pass 2: a surname alone joins the one full name ending with it.
StanceGraph::NodeMapping SurnameMapping(const StanceGraph& graph, const OntologyIndex& index,
                                        std::vector<MergeNote>* notes) {
  StanceGraph::NodeMapping mapping;
  const StanceGraph::Graph& g = graph.graph();
  std::vector<std::pair<std::string, std::vector<std::string>>> full_names;
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& node = g[vertex];
    std::vector<std::string> words = Words(node.name);
    if (node.kind == NodeKind::kActor && node.actor_type == ActorType::kPerson &&
        words.size() >= 2 && !IsSurnameOnly(words)) {
      full_names.emplace_back(node.name, std::move(words));
    }
  }
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& node = g[vertex];
    const std::vector<std::string> words = Words(node.name);
    // A node without stances is a body named only in titles, not a surname.
    if (node.kind != NodeKind::kActor || !IsSurnameOnly(words) ||
        (node.actor_type != ActorType::kPerson && node.actor_type != ActorType::kUnknown) ||
        out_degree(vertex, g) == 0 || index.IsCanonicalActor(node.name)) {
      continue;
    }
    const Sighting seen = SightingOf(graph, vertex, node.name);
    std::vector<std::string> candidates;
    for (const auto& [name, full] : full_names) {
      if (!EndsWithWords(full, words)) continue;
      if (index.Forbidden(node.name, name)) {
        Note(notes, NodeKind::kActor, node.name, name, "no surname join (forbidden)", seen);
      } else {
        candidates.push_back(name);
      }
    }
    if (candidates.size() == 1) {
      mapping.actors[node.name] = candidates.front();
      Note(notes, NodeKind::kActor, node.name, candidates.front(), "surname", seen);
    } else if (candidates.size() > 1) {
      Note(notes, NodeKind::kActor, node.name, JoinNames(candidates), "no surname join (ambiguous)",
           seen);
    }
  }
  return mapping;
}

// Pass 3: each person replaced by the body they speak for.
StanceGraph::NodeMapping RollUpMapping(const StanceGraph& graph, const OntologyIndex& index,
                                       std::vector<MergeNote>* notes) {
  StanceGraph::NodeMapping mapping;
  const StanceGraph::Graph& g = graph.graph();
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& node = g[vertex];
    if (node.kind != NodeKind::kActor || node.actor_type != ActorType::kPerson ||
        node.affiliation.empty()) {
      continue;
    }
    std::optional<StanceGraph::Vertex> body = graph.FindActor(node.affiliation);
    if (!body || g[*body].actor_type == ActorType::kPerson) continue;  // no body to roll up to
    const std::map<std::string, Sighting>& seen = graph.AffiliationSightings(vertex);
    auto it = seen.find(node.affiliation);
    const Sighting sighting = it != seen.end() ? it->second : SightingOf(graph, vertex, node.name);
    if (index.Forbidden(node.name, node.affiliation)) {
      Note(notes, NodeKind::kActor, node.name, node.affiliation, "no roll-up (forbidden)",
           sighting);
      continue;
    }
    mapping.actors[node.name] = node.affiliation;
    mapping.rolled_up.insert(node.name);
    Note(notes, NodeKind::kActor, node.name, node.affiliation, "roll-up", sighting);
  }
  return mapping;
}

bool IsEmpty(const StanceGraph::NodeMapping& mapping) {
  return mapping.actors.empty() && mapping.topics.empty() && mapping.actor_types.empty() &&
         mapping.affiliations.empty() && mapping.topic_names.empty();
}

std::string Field(std::string_view text) {
  std::string field(text);
  for (char& c : field) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return field;
}

}  // namespace

std::variant<Ontology, Problem> ParseOntology(std::string_view json, const std::string& path) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (document.HasParseError()) {
    return Problem{
        path, "invalid JSON at offset " + std::to_string(document.GetErrorOffset()) + " (" +
                  LineAndColumn(json, document.GetErrorOffset()) + "): " +
                  SentenceToProblemText(rapidjson::GetParseError_En(document.GetParseError()))};
  }
  try {
    Ontology ontology = ReadOntology(document);
    // Conflicting names are found while indexing.
    OntologyIndex index(ontology,
                        [](const std::string& name) { return StanceGraph::NumberFold(name); });
    return ontology;
  } catch (const OntologyError& error) {
    return Problem{path, error.message};
  }
}

std::variant<Ontology, Problem> LoadOntology(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Problem{path, "cannot read the ontology: is a directory"};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Problem{path,
                   "cannot open the ontology: " + SentenceToProblemText(std::strerror(errno))};
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Problem{path, "cannot read the ontology"};
  return ParseOntology(text, path);
}

std::set<std::string> UnfoldedTopics(const Ontology& ontology) {
  std::set<std::string> unfolded;
  for (const OntologyForbid& forbid : ontology.forbid) {
    if (forbid.kind != NodeKind::kTopic) continue;
    for (const std::string& a : forbid.names) {
      for (const std::string& b : forbid.names) {
        if (MatchKey(a) != MatchKey(b) && FoldedKey(a) == FoldedKey(b)) {
          unfolded.insert(MatchKey(a));
        }
      }
    }
  }
  return unfolded;
}

std::vector<std::string> UntypedBodies(const StanceGraph& graph) {
  std::vector<std::string> names;
  const StanceGraph::Graph& g = graph.graph();
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& node = g[vertex];
    if (node.kind == NodeKind::kActor && node.actor_type == ActorType::kUnknown &&
        out_degree(vertex, g) == 0) {
      names.push_back(node.name);
    }
  }
  return names;
}

StanceGraph NewGraph(const Ontology& ontology) {
  StanceGraph graph;
  graph.SetUnfoldedTopics(UnfoldedTopics(ontology));
  return graph;
}

StanceGraph ResolveIdentity(StanceGraph graph, const IdentityOptions& options,
                            std::vector<MergeNote>* notes) {
  std::vector<MergeNote> made;
  std::optional<OntologyIndex> built;
  try {
    built.emplace(options.ontology, [&](const std::string& name) { return graph.TopicKey(name); });
  } catch (const OntologyError& error) {
    throw std::invalid_argument("ontology: " + error.message);
  }
  const OntologyIndex& index = *built;
  NoteNumberFolds(graph, options.ontology, &made);
  // Each pass rebuilds the graph only when it joins or pins something.
  const StanceGraph::NodeMapping pinned =
      OntologyMapping(graph, options.ontology, options.body_types, index, &made);
  if (!IsEmpty(pinned)) graph = std::move(graph).Merged(pinned);
  const StanceGraph::NodeMapping surnames = SurnameMapping(graph, index, &made);
  if (!IsEmpty(surnames)) graph = std::move(graph).Merged(surnames);
  if (options.roll_up) {
    const StanceGraph::NodeMapping roll_up = RollUpMapping(graph, index, &made);
    if (!IsEmpty(roll_up)) graph = std::move(graph).Merged(roll_up);
  }
  std::sort(made.begin(), made.end());
  made.erase(std::unique(made.begin(), made.end()), made.end());
  if (notes != nullptr) *notes = std::move(made);
  return graph;
}

std::string MergeNotesText(const std::vector<MergeNote>& notes) {
  std::string text = "kind\talias\tcanonical\trule\tdoc\tsentence\n";
  for (const MergeNote& note : notes) {
    text += std::string(note.kind == NodeKind::kActor ? "actor" : "topic") + "\t" +
            Field(note.alias) + "\t" + Field(note.canonical) + "\t" + Field(note.rule) + "\t" +
            Field(note.doc) + "\t" + Field(note.sentence) + "\n";
  }
  return text;
}

}  // namespace stancegraph
