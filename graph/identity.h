// Identity across documents: which actor and topic names are one node.
//
// The extractor already resolves what one document tells it (gazetteer
// aliases, capitals and demonyms, a surname after the full name in the same
// text). What needs the whole corpus is decided here, after every triple is
// in the graph, so the result cannot depend on the order triples arrived in:
// ResolveIdentity() is a function of the graph StanceGraph::Add() built,
// which is itself order-independent. It runs three passes, each a
// StanceGraph::Merged() of the one before:
//
//   1. ontology   an analyst's file (--ontology) pins names: each alias
//                 (ASCII case aside; topics also number aside) joins its
//                 canonical name, types and affiliations are set, topic
//                 names are displayed as written there;
//   2. surname    an actor named by a surname only ("Smith", "von der
//                 Leyen"; type person or unknown) joins the one person
//                 whose full name ends with it ("Julianne Smith"). When two
//                 or more full names end with it, or an ontology forbids
//                 the join, it stays apart and the refusal is noted;
//   3. roll-up    with --roll-up, every person that speaks for a body
//                 (StanceNode::affiliation) is replaced by the body: its
//                 stances become the body's.
//
// Topics whose names differ only in grammatical number are one node from
// the start (StanceGraph::NumberFold); the notes explain those merges too,
// and an ontology's topic `forbid` keeps such names apart (UnfoldedTopics).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/problem.h"
#include "core/triple.h"
#include "graph/stance_graph.h"

namespace stancegraph {

// The analyst's ontology file (JSON):
//
//   {"actors": [{"name": "Volodymyr Zelensky", "type": "person",
//                "aliases": ["Zelenskyy", "President Zelensky"],
//                "affiliation": "Ukraine"}],
//    "topics": [{"name": "Ukraine's NATO membership",
//                "aliases": ["NATO membership for Ukraine", "joining NATO"]}],
//    "forbid": [{"kind": "actor", "names": ["Smith", "Julianne Smith"]}]}
//
// Every part is optional; `name` is required in an entry. `type` is one of
// person, organization, country, group, unknown. A forbid group's names are
// never joined to one another by the surname join, --roll-up or number
// folding.
struct OntologyActor {
  std::string name;
  std::optional<ActorType> type;
  std::vector<std::string> aliases;
  std::string affiliation;  // the body the actor speaks for, "" when not pinned
};

struct OntologyTopic {
  std::string name;
  std::vector<std::string> aliases;
};

struct OntologyForbid {
  NodeKind kind = NodeKind::kActor;
  std::vector<std::string> names;
};

struct Ontology {
  std::vector<OntologyActor> actors;
  std::vector<OntologyTopic> topics;
  std::vector<OntologyForbid> forbid;
};

// Parses and checks an ontology. A problem names `path` and says where
// ("invalid JSON at offset 17 (line 2, column 5): ...", "actors[1].type:
// expects one of person, organization, country, group, unknown, got
// `pearson`", "`Kyiv` is an alias of both Ukraine and Kyiv city").
std::variant<Ontology, Problem> ParseOntology(std::string_view json, const std::string& path);
// Reads `path` and parses it.
std::variant<Ontology, Problem> LoadOntology(const std::string& path);

// The topic names (ASCII lower case) number folding must keep apart: those
// of a topic forbid group that would fold into another name of the group.
// Give them to StanceGraph::SetUnfoldedTopics before adding triples.
std::set<std::string> UnfoldedTopics(const Ontology& ontology);

// A graph ready for triples under `ontology` (its topic forbids applied).
StanceGraph NewGraph(const Ontology& ontology);

struct IdentityOptions {
  Ontology ontology;
  bool roll_up = false;  // replace each person by the body they speak for
  // Types for bodies named only in titles (actors with no stance and no
  // known type), as a gazetteer knows them: "United States" -> country. The
  // ontology's types come first.
  std::map<std::string, ActorType> body_types;
};

// The actors of `graph` body_types is for: no stance, type unknown.
std::vector<std::string> UntypedBodies(const StanceGraph& graph);

// One graph-level merge, or one refused. Aliases the extractor resolved
// (gazetteer, capitals, demonyms, surnames within a document) never reach
// the graph under their own name, so they have no note.
struct MergeNote {
  NodeKind kind = NodeKind::kActor;
  std::string alias;      // the name joined
  std::string canonical;  // the name it joined; refused: the candidates, "; "-separated
  // number-fold, surname, ontology-alias, roll-up; refused: "no surname join
  // (ambiguous)", "no surname join (forbidden)", "no number-fold (forbidden)",
  // "no roll-up (forbidden)"
  std::string rule;
  std::string doc;  // where the alias occurred first (in (doc, offset) order)
  std::string sentence;

  auto operator<=>(const MergeNote&) const = default;
};

// The graph with identities resolved (see the top of this file), and the
// notes on every merge made and refused, sorted. Pass the graph by move:
// when nothing is joined or pinned it is returned as it is. The ontology must be one
// ParseOntology accepts (throws std::invalid_argument when two of its
// entries claim one name).
StanceGraph ResolveIdentity(StanceGraph graph, const IdentityOptions& options,
                            std::vector<MergeNote>* notes);

// The notes as --explain-merges writes them: a header line, then one
// tab-separated line per note (kind, alias, canonical, rule, doc, sentence);
// tabs and line breaks inside fields become spaces.
std::string MergeNotesText(const std::vector<MergeNote>& notes);

}  // namespace stancegraph
