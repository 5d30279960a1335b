#include "cli/identity.h"

#include <utility>
#include <variant>
#include <vector>

#include "cli/commands.h"
#include "core/atomic_file.h"
#include "extract/lexicon.h"

namespace stancegraph::cli {

std::optional<Ontology> LoadOntologyOption(const Options& options, std::ostream& err) {
  if (options.ontology_path.empty()) return Ontology{};
  std::variant<Ontology, Problem> loaded = LoadOntology(options.ontology_path);
  if (auto* problem = std::get_if<Problem>(&loaded)) {
    err << "stancegraph: " << problem->ToString() << "\n";
    return std::nullopt;
  }
  return std::move(std::get<Ontology>(loaded));
}

int ResolveIdentities(const Options& options, const Ontology& ontology, StanceGraph* graph,
                      std::ostream& err) {
  IdentityOptions identity;
  identity.ontology = ontology;
  identity.roll_up = options.roll_up;
  // Bodies named only in titles take their type from the built-in gazetteer
  // (not from --lexicon, which `merge` does not take: build and merge agree).
  std::vector<std::string> bodies = UntypedBodies(*graph);
  for (const OntologyActor& actor : ontology.actors) {
    if (!actor.affiliation.empty()) bodies.push_back(actor.affiliation);
  }
  if (!bodies.empty()) {
    std::variant<Lexicon, Problem> lexicon = Lexicon::Load();
    if (const Lexicon* known = std::get_if<Lexicon>(&lexicon)) {
      for (const std::string& body : bodies) {
        std::string lower = body;
        for (char& c : lower) {
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        const KnownActor* actor = known->FindActor(lower);
        if (actor != nullptr && actor->type != ActorType::kUnknown) {
          identity.body_types[body] = actor->type;
        }
      }
    }
  }
  std::vector<MergeNote> notes;
  *graph = ResolveIdentity(std::move(*graph), identity, &notes);
  graph->ShrinkToFit();  // complete now: what follows only reads it
  if (options.explain_merges_path.empty()) return kOk;
  // Atomically, as every output: a full disk leaves the old file, not half a new one.
  if (std::optional<Problem> problem =
          WriteFileAtomically(options.explain_merges_path, MergeNotesText(notes))) {
    err << "stancegraph: " << problem->ToString() << "\n";
    return kOutputFailed;
  }
  return kOk;
}

std::string IdentityHelpText() {
  return R"(  --ontology FILE         pin actor and topic names: aliases, types, the body a
                          person speaks for, and merges to forbid (JSON, see the
                          README's "Identity"); a bad file is a usage error
  --roll-up               replace each person by the body they speak for (from
                          titles or the ontology): stances roll up to states
                          and organizations
  --explain-merges FILE   write why each name was joined to an actor or topic
                          (or was not): kind, alias, canonical, rule, evidence
)";
}

}  // namespace stancegraph::cli
