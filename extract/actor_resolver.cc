#include "extract/actor_resolver.h"

#include <algorithm>

#include "extract/morphology.h"
#include "extract/text.h"
#include "extract/topic_phrase.h"

namespace stancegraph {
namespace {

constexpr size_t kMemory = 12;  // mentions kept for pronouns


// Plurals of people and bodies by their endings: "installers", "regulators",
// "activists", "physicians", "migrants", "residents", "fishermen",
// "employees" (not "agreements", "decrees").
bool LooksLikeAgentPlural(std::string_view lower) {
  if (lower.size() < 5) return false;
  for (std::string_view ending : {"ers", "ors", "ists", "ians", "ants", "men", "ees"}) {
    if (EndsWith(lower, ending)) return lower != "decrees" && lower != "degrees";
  }
  return EndsWith(lower, "ents") && !EndsWith(lower, "ments");
}

std::string JoinWords(const Sentence& sentence, size_t begin, size_t end, const Lexicon& lexicon,
                      bool keep_case) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    const Token& token = sentence.tokens[i];
    if (token.kind == TokenKind::kPossessive) {
      out += token.lower == "'" ? "'" : "'s";
      continue;
    }
    if (!out.empty()) out += ' ';
    out += keep_case || IsProperWord(sentence, i, lexicon) ? std::string(token.text) : token.lower;
  }
  return out;
}

// "Royal College of Paediatrics and Child Health", "Ministry of Trade and
// Industry": an "X of Y and Z" name, not two actors, when Z is capitalised
// and no actor of its own.
bool IsNameOfNames(const Sentence& sentence, Span first, Span second, const Lexicon& lexicon) {
  const auto& t = sentence.tokens;
  bool has_of = false;
  for (size_t i = first.begin; i < first.end; ++i) has_of |= t[i].lower == "of";
  if (!has_of || sentence.title_case) return false;
  for (size_t i = second.begin; i < second.end; ++i) {
    if (!t[i].capitalized) return false;
  }
  std::string lower = LowerCase(sentence.SpanText(second));
  return !lexicon.FindActor(lower) && !lexicon.StateOfCapital(lower);
}

}  // namespace

ActorResolver::ActorResolver(const Lexicon& lexicon, std::string document_speaker)
    : lexicon_(lexicon) {
  if (!document_speaker.empty()) {
    const KnownActor* known = lexicon.FindActor(LowerCase(document_speaker));
    ResolvedActor speaker;
    speaker.name = known ? known->name : document_speaker;
    speaker.type = known ? known->type : ActorType::kUnknown;
    document_speaker_.push_back(speaker);
  }
}

std::vector<ResolvedActor> ActorResolver::Resolve(const Sentence& sentence, Span span,
                                                  const std::vector<ResolvedActor>& speaker) {
  std::vector<ResolvedActor> actors;
  if (span.empty()) return actors;
  const auto& t = sentence.tokens;
  std::string mention(sentence.SpanText(span));
  if (span.size() == 1 && lexicon_.Is(t[span.begin], kSubjectPronoun | kObjectPronoun)) {
    actors = ResolvePronoun(t[span.begin].lower, speaker);
    for (ResolvedActor& a : actors) { a.mention = mention; a.inferred = true; }
    return actors;
  }
  // Split coordination, unless a conjunct is only modifiers
  // ("Eastern and Central European allies" is one group).
  std::vector<Span> conjuncts;
  size_t start = span.begin;
  for (size_t i = span.begin; i <= span.end; ++i) {
    bool boundary = i == span.end || t[i].lower == "and" || t[i].lower == "or" ||
                    t[i].lower == "," || t[i].lower == "&";
    if (!boundary) continue;
    if (i > start) conjuncts.push_back({start, i});
    start = i + 1;
  }
  if (conjuncts.empty()) return actors;  // only "and", "or", commas
  if (conjuncts.size() == 2 && IsNameOfNames(sentence, conjuncts[0], conjuncts[1], lexicon_)) {
    conjuncts = {{conjuncts[0].begin, conjuncts[1].end}};
  }
  bool all_modifiers_first = conjuncts.size() > 1;
  for (size_t i = conjuncts.front().begin; i < conjuncts.front().end; ++i) {
    all_modifiers_first &= lexicon_.Is(t[i], kProperAdjective) || lexicon_.StateOfDemonym(t[i].lower);
  }
  bool has_ampersand = false;
  for (size_t i = span.begin; i < span.end; ++i) has_ampersand |= t[i].lower == "&";
  if (all_modifiers_first && lexicon_.Is(t[span.end - 1], kStateNoun)) {
    // "German and French officials": one state per demonym.
    for (size_t i = span.begin; i < span.end; ++i) {
      if (const KnownActor* state = lexicon_.StateOfDemonym(t[i].lower)) {
        ResolvedActor actor;
        actor.name = state->name;
        actor.type = ActorType::kCountry;
        actor.mention = std::string(t[i].text);
        actor.plural = true;
        actors.push_back(actor);
      }
    }
    return actors;
  }
  if (all_modifiers_first || has_ampersand) conjuncts = {span};

  for (Span conjunct : conjuncts) {
    std::vector<std::string> titles;
    if (auto actor = ResolveConjunct(sentence, conjunct, &titles)) {
      actor->mention = conjuncts.size() == 1 ? mention : std::string(sentence.SpanText(conjunct));
      // A person keeps the body named with them once ("French President
      // Emmanuel Macron" ... "Macron said").
      if (actor->type == ActorType::kPerson) {
        if (!actor->affiliation.empty()) {
          affiliations_[actor->name] = actor->affiliation;
        } else if (auto known = affiliations_.find(actor->name); known != affiliations_.end()) {
          actor->affiliation = known->second;
        }
      }
      actors.push_back(*actor);
      // "Chancellor Olaf Scholz": a later "the chancellor" is him.
      if (!titles.empty() && actor->type == ActorType::kPerson) {
        for (const std::string& title : titles) person_with_title_[title] = actor->name;
      }
    }
  }
  // A coordination resolves as a whole or not at all: half an actor list
  // ("France and the plan") means the words were not a subject.
  if (actors.size() != conjuncts.size()) actors.clear();
  const Token& head = t[span.end - 1];
  bool plural = conjuncts.size() > 1 ||
                (EndsWith(head.lower, "s") && lexicon_.Is(head, kGroupNoun | kStateNoun));
  for (ResolvedActor& actor : actors) actor.plural = plural;
  return actors;
}

std::optional<ResolvedActor> ActorResolver::ResolveConjunct(const Sentence& sentence, Span span,
                                                            std::vector<std::string>* titles) {
  const auto& t = sentence.tokens;
  size_t b = span.begin, e = span.end;
  // "a majority of senators", "some of the", "several", "the"
  while (b < e) {
    std::string_view w = t[b].lower;
    bool skip = (lexicon_.Is(t[b], kDeterminer | kQuantifier) && (!t[b].capitalized || b == 0)) ||
                (w == "the" || w == "a" || w == "an") ||
                (lexicon_.Is(t[b], kQuantityOf) && b + 1 < e && t[b + 1].lower == "of") ||
                (w == "of" && b > span.begin);
    if (!skip) break;
    ++b;
  }
  if (b >= e || t[e - 1].kind == TokenKind::kPossessive) return std::nullopt;
  std::string lower_all = LowerCaseFoldQuotes(sentence.SpanText({b, e}));
  const Token& head_token = t[e - 1];
  std::string_view head = head_token.lower;
  ResolvedActor actor;

  // "the bloc", "the group", "the bank": the latest organization named
  // (with that word in its name, for specific words) before the gazetteer's
  // default reading ("the bloc" is the EU only when no other was named).
  if (e - b == 1 && b > span.begin && t[b - 1].lower == "the" && lexicon_.Is(head_token, kBodyNoun)) {
    if (std::optional<ResolvedActor> body = LatestBody(head)) return body;
  }
  if (const KnownActor* known = lexicon_.FindActor(lower_all)) {
    actor.name = known->name;
    actor.type = known->type;
    return actor;
  }
  if (const KnownActor* state = lexicon_.StateOfCapital(lower_all)) {
    actor.name = state->name;
    actor.type = ActorType::kCountry;
    return actor;
  }
  if (lexicon_.Is(head_token, kInanimate) || lexicon_.Is(head_token, kTimeWord) ||
      t[e - 1].kind == TokenKind::kNumber) {
    return std::nullopt;
  }
  if (std::optional<ResolvedActor> acronym = AcronymAmongDescriptors(sentence, {b, e})) return acronym;
  if (std::optional<ResolvedActor> body = BodyOfItsOfficer(sentence, {b, e})) return body;
  // Demonym or state name + state noun: "French officials", "the U.S.
  // administration", "senior Lithuanian officials", "Latvia's government".
  if (e - b >= 2 && lexicon_.Is(head_token, kStateNoun)) {
    const KnownActor* state = nullptr;
    bool only_modifiers = true;
    for (size_t i = b; i + 1 < e && only_modifiers; ++i) {
      const KnownActor* here = lexicon_.StateOfDemonym(t[i].lower);
      const KnownActor* named = lexicon_.FindActor(t[i].lower);
      if (!here && named && named->type == ActorType::kCountry) here = named;
      if (!here) here = lexicon_.StateOfCapital(t[i].lower);  // "Kyiv's government"
      if (here && !state) {
        state = here;
      } else if (!(t[i].kind == TokenKind::kPossessive || lexicon_.Is(t[i], kStateNoun | kTitle) ||
                   !t[i].capitalized)) {
        // Lower-case words around the state are fine ("senior Lithuanian
        // officials", "China's commerce ministry"); another name is not.
        only_modifiers = false;  // "senior" before the demonym is fine, a name is not
      }
    }
    if (state && only_modifiers) {
      actor.name = state->name;
      actor.type = ActorType::kCountry;
      return actor;
    }
  }
  // "The Labour Party", "the U.S. Chamber of Commerce": a capitalised name
  // ending in an organization word is one name, titles or not.
  bool all_capitalized = true;
  for (size_t i = b; i < e; ++i) {
    all_capitalized &= t[i].capitalized || t[i].all_caps || t[i].lower == "of" ||
                       t[i].lower == "for" || t[i].lower == "and";
  }
  if (all_capitalized && !sentence.title_case && e - b >= 2 && lexicon_.Is(head_token, kOrganizationWord)) {
    actor.name = JoinWords(sentence, b, e, lexicon_, true);
    actor.type = ActorType::kOrganization;
    return actor;
  }
  // A possessive pronoun's body is unknown here: "his government".
  if (lexicon_.Is(t[b], kPossessivePronoun) && !t[b].capitalized) return std::nullopt;
  // "Sen. JD Vance of Ohio": the place after a person's name is not part of it.
  for (size_t i = b + 2; i + 1 < e; ++i) {
    if (t[i].lower == "of" && t[i - 1].capitalized && t[i + 1].capitalized &&
        lexicon_.Is(t[b], kTitle)) {
      e = i;
      break;
    }
  }
  // Titles before a name: "Finance Minister Anna Keller", "Secretary of State
  // Antony Blinken", "U.S. Ambassador to NATO Julianne Smith", "Lithuanian
  // President Gitanas Nausėda".
  size_t name_begin = b;
  std::vector<std::string> stripped;
  std::string affiliation;
  while (name_begin < e - 1) {
    const Token& tok = t[name_begin];
    bool demonym_before_title = (lexicon_.StateOfDemonym(tok.lower) || lexicon_.FindActor(tok.lower)) &&
                                name_begin + 1 < e - 1 && lexicon_.Is(t[name_begin + 1], kTitle);
    // Titles may be lower case before a capitalised name ("Finance minister
    // Laura Finch", "Conservative leader Mark Tilley").
    bool name_follows = false;
    for (size_t k = name_begin + 1; k < e && !name_follows; ++k) name_follows = t[k].capitalized;
    // "Conservative leader Mark Tilley": a capitalised word before a
    // lower-case title belongs to the title.
    bool before_lower_title = tok.capitalized && name_begin + 2 < e && !t[name_begin + 1].capitalized &&
                              lexicon_.Is(t[name_begin + 1], kTitle | kRoleNoun);
    bool title = (lexicon_.Is(tok, kTitle) || demonym_before_title || before_lower_title ||
                  (lexicon_.Is(tok, kRoleNoun) && !tok.capitalized)) &&
                 (tok.capitalized || tok.all_caps || name_follows);
    bool title_link = (tok.lower == "of" || tok.lower == "to" || tok.lower == "for") &&
                      !stripped.empty() && name_begin + 2 < e;
    if (!title && !title_link && !(tok.kind == TokenKind::kPossessive)) break;
    if (title) stripped.emplace_back(tok.lower);
    // The body the person speaks for is the first state or organization
    // among the titles ("U.S. Ambassador to NATO": the United States).
    if (title && affiliation.empty()) {
      const KnownActor* body = lexicon_.StateOfDemonym(tok.lower);
      if (!body) body = lexicon_.FindActor(tok.lower);
      if (body && body->type != ActorType::kPerson) affiliation = body->name;
    }
    ++name_begin;
    if (title_link) {  // the object of the title's preposition: "of State", "to NATO"
      while (name_begin < e - 1 && t[name_begin].capitalized &&
             (lexicon_.Is(t[name_begin], kTitle) || lexicon_.FindActor(t[name_begin].lower) ||
              t[name_begin].all_caps || t[name_begin].lower == "state")) {
        ++name_begin;
      }
    }
  }
  bool capitalized_name = true;
  for (size_t i = name_begin; i < e; ++i) {
    bool inner_function_word = i > name_begin && i + 1 < e &&
                               (t[i].lower == "of" || t[i].lower == "the" || t[i].lower == "for" ||
                                t[i].lower == "and" || t[i].lower == "without");
    capitalized_name &= (t[i].capitalized && !sentence.title_case) || t[i].all_caps ||
                        inner_function_word || t[i].kind == TokenKind::kPossessive;
  }
  // In a Title Case headline every word has a capital: after a title, words
  // the lexicon does not know are taken for a name ("Mayor Delgado Backs").
  bool headline_name = sentence.title_case && !stripped.empty() && name_begin < e;
  for (size_t i = name_begin; i < e && headline_name; ++i) {
    WordInfo info = lexicon_.Lookup(t[i]);
    headline_name = info.classes == 0 && !info.cues;
  }
  capitalized_name |= headline_name;
  if (!stripped.empty() && capitalized_name) {
    std::string name = JoinWords(sentence, name_begin, e, lexicon_, true);
    if (const KnownActor* known = lexicon_.FindActor(LowerCase(name))) {
      actor.name = known->name;
      actor.type = known->type;
    } else {
      actor.name = name;
      actor.type = ActorType::kPerson;
    }
    if (actor.type == ActorType::kPerson && affiliation != actor.name) actor.affiliation = affiliation;
    *titles = stripped;
    return actor;
  }
  if (capitalized_name && !lexicon_.Is(head_token, kGroupNoun)) {
    std::string name = JoinWords(sentence, b, e, lexicon_, true);
    // A surname alone joins the full name seen before in the document.
    if (e - b == 1) {
      for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
        for (const ResolvedActor& a : it->actors) {
          if (a.type == ActorType::kPerson && EndsWith(a.name, " " + name)) {
            ResolvedActor joined = a;
            joined.inferred = false;
            return joined;
          }
        }
      }
    }
    actor.name = name;
    bool organization = false;  // "Royal College of ... and Child Health"
    for (size_t i = b; i < e; ++i) organization |= t[i].capitalized && lexicon_.Is(t[i], kOrganizationWord);
    bool looks_like_person = e - b >= 2 && e - b <= 4 && !organization;
    for (size_t i = b; i < e && looks_like_person; ++i) {
      looks_like_person = t[i].capitalized && !t[i].all_caps && !lexicon_.FindActor(t[i].lower) &&
                          !lexicon_.StateOfDemonym(t[i].lower) &&
                          !lexicon_.Is(t[i], kProperAdjective);
    }
    actor.type = organization ? ActorType::kOrganization
                              : looks_like_person ? ActorType::kPerson : ActorType::kUnknown;
    // One capitalised word at the start of a sentence may be any word; a
    // word the lexicon knows ("Others", "However") or an adverb is no name.
    if (e - b == 1 && b == 0 && !t[b].all_caps && actor.type == ActorType::kUnknown &&
        ((lexicon_.Lookup(head_token).classes & ~kVerb) != 0 || EndsWith(head, "ly") || EndsWith(head, "ing") ||
         head == "others" ||
         head == "everyone" || head == "nobody" || head == "many" || head == "few")) {
      return std::nullopt;
    }
    return actor;
  }
  // Common nouns: groups ("consumer groups", "Irish farmers") and roles
  // ("the chancellor", "the opposition").
  if (lexicon_.Is(head_token, kGroupNoun)) {
    actor.name = JoinWords(sentence, b, e, lexicon_, false);
    actor.type = ActorType::kGroup;
    return actor;
  }
  if (lexicon_.Is(head_token, kRoleNoun)) {
    std::string role = JoinWords(sentence, b, e, lexicon_, false);
    std::vector<ResolvedActor> person = ResolveRole(head);
    if (!person.empty()) {
      person.front().inferred = true;
      return person.front();
    }
    // "the chancellor"; "Tesla's chief executive" keeps its possessor instead.
    size_t possessive = b;
    while (possessive < e && t[possessive].kind != TokenKind::kPossessive) ++possessive;
    if (lexicon_.Is(t[b], kPossessivePronoun)) return std::nullopt;  // "its leader": whose?
    actor.name = possessive < e ? JoinWords(sentence, b, possessive, lexicon_, true) +
                                      JoinWords(sentence, possessive, e, lexicon_, false)
                                : "the " + role;
    actor.type = lexicon_.Is(head_token, kOrganizationWord) || head == "opposition" ? ActorType::kOrganization
                                                                  : ActorType::kPerson;
    return actor;
  }
  // Any other plural of people or bodies that takes a side is a group:
  // "real estate boards", "solar installers". Things ("prices", "talks")
  // are listed as inanimate and were turned away above.
  size_t of = b;  // "the presence of our advisers": the head is "presence"
  while (of < e && t[of].lower != "of") ++of;
  std::string_view noun = of < e && of > b ? t[of - 1].lower : head;
  if ((!t[of < e && of > b ? of - 1 : e - 1].capitalized || sentence.title_case) && LooksLikeAgentPlural(noun) &&
      !lexicon_.Is(noun, kInanimate | kPreposition | kConjunction | kAdverb | kSubjectPronoun |
                             kObjectPronoun)) {
    actor.name = JoinWords(sentence, b, e, lexicon_, false);
    actor.type = ActorType::kGroup;
    return actor;
  }
  return std::nullopt;
}

std::vector<ResolvedActor> ActorResolver::ResolvePronoun(
    std::string_view pronoun, const std::vector<ResolvedActor>& speaker) const {
  if (pronoun == "we" || pronoun == "i" || pronoun == "us" || pronoun == "me") return speaker;
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    const ResolvedActor& first = it->actors.front();
    bool person = first.type == ActorType::kPerson && !it->plural;
    if ((pronoun == "he" || pronoun == "she" || pronoun == "him" || pronoun == "her") && person) {
      return it->actors;
    }
    bool plural = it->plural || first.plural;
    if (pronoun == "it" && !person && !plural) return it->actors;
    if ((pronoun == "they" || pronoun == "them") && plural) return it->actors;
  }
  return {};
}

// "Germany's employers' federation BDA", "the DGB trade union
// confederation": an acronym among lower-case descriptors is the name.
std::optional<ResolvedActor> ActorResolver::AcronymAmongDescriptors(const Sentence& sentence,
                                                                    Span span) const {
  const auto& t = sentence.tokens;
  std::optional<size_t> acronym;
  bool descriptor = false;
  for (size_t i = span.begin; i < span.end; ++i) {
    const Token& token = t[i];
    bool caps = token.all_caps && token.kind == TokenKind::kWord && token.text.size() >= 2;
    if (caps && !lexicon_.StateOfCapital(token.lower) && !lexicon_.Is(token, kTitle)) {
      if (acronym) return std::nullopt;  // two names: not this pattern
      acronym = i;
      continue;
    }
    if (token.kind == TokenKind::kPossessive || lexicon_.StateOfDemonym(token.lower) ||
        (lexicon_.FindActor(token.lower) && i + 1 < span.end && t[i + 1].kind == TokenKind::kPossessive)) {
      continue;
    }
    if (token.capitalized && i > span.begin) return std::nullopt;
    descriptor |= lexicon_.Is(token, kOrganizationWord | kBodyNoun);
  }
  if (!acronym || !descriptor || sentence.title_case) return std::nullopt;
  std::string_view head = t[span.end - 1].lower;
  if (*acronym + 1 < span.end && SingularNoun(head) != head) return std::nullopt;  // "AI companies"
  ResolvedActor actor;
  if (const KnownActor* known = lexicon_.FindActor(t[*acronym].lower)) {
    actor.name = known->name;
    actor.type = known->type;
  } else {
    actor.name = std::string(t[*acronym].text);
    actor.type = ActorType::kOrganization;
  }
  return actor;
}

// "The Bank of Japan's governor", "Tesla's chief executive": an officer
// speaks for the body named before the possessive.
std::optional<ResolvedActor> ActorResolver::BodyOfItsOfficer(const Sentence& sentence, Span span) const {
  const auto& t = sentence.tokens;
  size_t possessive = span.begin;
  while (possessive < span.end && t[possessive].kind != TokenKind::kPossessive) ++possessive;
  if (possessive == span.begin || possessive + 1 >= span.end) return std::nullopt;
  for (size_t i = possessive + 1; i < span.end; ++i) {
    if (t[i].capitalized && !sentence.title_case) return std::nullopt;  // "Tesla's Elon Musk"
  }
  static const char* officers[] = {"governor", "chief", "executive", "head", "president", "chair",
                                   "chairman", "chairwoman", "spokesperson", "spokesman",
                                   "spokeswoman", "director", "ceo", "board", "leadership",
                                   "general", "secretary"};
  std::string_view head = t[span.end - 1].lower;
  if (std::none_of(std::begin(officers), std::end(officers), [&](const char* o) { return head == o; })) {
    return std::nullopt;
  }
  size_t b = span.begin;
  if (t[b].lower == "the") ++b;
  std::string lower = LowerCaseFoldQuotes(sentence.SpanText({b, possessive}));
  ResolvedActor actor;
  if (const KnownActor* known = lexicon_.FindActor(lower)) {
    if (known->type != ActorType::kOrganization) return std::nullopt;
    actor.name = known->name;
    actor.type = known->type;
    return actor;
  }
  bool organization = false;
  for (size_t i = b; i < possessive; ++i) {
    if (!t[i].capitalized && t[i].lower != "of" && t[i].lower != "the") return std::nullopt;
    organization |= lexicon_.Is(t[i], kOrganizationWord);
  }
  if (!organization) return std::nullopt;
  actor.name = JoinWords(sentence, b, possessive, lexicon_, true);
  actor.type = ActorType::kOrganization;
  return actor;
}

std::optional<ResolvedActor> ActorResolver::LatestBody(std::string_view word) const {
  static const char* generic[] = {"bloc", "group", "organization", "organisation", "body", "company", "firm"};
  bool any = std::find_if(std::begin(generic), std::end(generic),
                          [&](const char* g) { return word == g; }) != std::end(generic);
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    if (it->actors.size() != 1) continue;
    const ResolvedActor& a = it->actors.front();
    if (a.type != ActorType::kOrganization) continue;
    // "the company", "the firm": not a public body from the gazetteer.
    if ((word == "company" || word == "firm") && lexicon_.FindActor(LowerCase(a.name))) continue;
    std::string lower = " " + LowerCase(a.name) + " ";
    if (any || lower.find(" " + std::string(word) + " ") != std::string::npos) {
      ResolvedActor body = a;
      body.inferred = true;
      return body;
    }
  }
  return std::nullopt;
}

std::vector<ResolvedActor> ActorResolver::ResolveRole(std::string_view role) const {
  const auto it = person_with_title_.find(role);
  if (it == person_with_title_.end()) return {};
  ResolvedActor person;
  person.name = it->second;
  person.type = ActorType::kPerson;
  if (auto known = affiliations_.find(person.name); known != affiliations_.end()) {
    person.affiliation = known->second;
  }
  return {person};
}

void ActorResolver::Remember(const std::vector<ResolvedActor>& actors) {
  if (actors.empty()) return;
  Mentioned m;
  m.actors = actors;
  m.plural = actors.size() > 1 || actors.front().type == ActorType::kGroup ||
             (EndsWith(actors.front().name, "s") && actors.front().type != ActorType::kPerson &&
              actors.front().type != ActorType::kCountry &&
              actors.front().type != ActorType::kOrganization);
  recent_.push_back(std::move(m));
  if (recent_.size() > kMemory) recent_.erase(recent_.begin());
}

}  // namespace stancegraph
