#include "extract/extractor.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <span>
#include <string_view>

#include "core/utf8.h"
#include "extract/actor_resolver.h"
#include "extract/clause.h"
#include "extract/quotes.h"
#include "extract/segmenter.h"
#include "extract/text.h"
#include "extract/topic_memory.h"
#include "extract/topic_phrase.h"

namespace stancegraph {
namespace {

// Confidence kept when the actor was reached through a pronoun or role noun.
constexpr double kInferredActorFactor = 0.9;

bool IsJunk(const Sentence& sentence, const Lexicon& lexicon) {
  // Navigation bars and share lines: "Home | World | Politics".
  if (std::count(sentence.text.begin(), sentence.text.end(), '|') >= 2) return true;
  if (sentence.tokens.size() == 1 && sentence.tokens[0].lower == "advertisement") return true;
  // Most sentences hold no word of any junk phrase: no need to search.
  bool trigger = false;
  for (const Token& token : sentence.tokens) {
    if (token.kind == TokenKind::kWord && (token.classes & kJunkTrigger)) {
      trigger = true;
      break;
    }
  }
  if (!trigger) return false;
  return lexicon.ContainsJunkPhrase(LowerCaseFoldQuotes(sentence.text));
}

// A headline in Title Case: most longer words start with a capital.
bool IsTitleCase(const Sentence& sentence) {
  size_t words = 0, capitalized = 0;
  for (const Token& token : sentence.tokens) {
    if (token.kind != TokenKind::kWord || token.lower.size() < 4) continue;
    ++words;
    capitalized += token.capitalized;
  }
  return words >= 3 && capitalized * 10 >= words * 7;
}

// `lower_text`: a buffer as long as `text`, for the tokens' lower-case forms.
Sentence MakeSentence(std::string_view text, std::span<char> lower_text, const SentenceSpan& span,
                      const Lexicon& lexicon) {
  Sentence sentence;
  sentence.text = text.substr(span.begin, span.end - span.begin);
  sentence.begin = span.begin;
  sentence.tokens = Tokenize(sentence.text, lexicon, lower_text.subspan(span.begin, sentence.text.size()));
  sentence.headline = span.headline;
  sentence.title_case = span.headline && IsTitleCase(sentence);
  sentence.question = !sentence.tokens.empty() && sentence.tokens.back().lower == "?";
  for (size_t i = sentence.tokens.size(); i-- > 0 && !sentence.question;) {
    if (sentence.tokens[i].kind != TokenKind::kCloseQuote) {
      sentence.question = sentence.tokens[i].lower == "?";
      break;
    }
  }
  // Decided here, while the sentence's text and tokens are still in cache.
  sentence.junk = IsJunk(sentence, lexicon);
  return sentence;
}

std::string JoinNames(const std::vector<ResolvedActor>& actors) {
  std::string out;
  for (const ResolvedActor& actor : actors) {
    if (!out.empty()) out += "; ";
    out += actor.name;
  }
  return out;
}

// Everything the extraction of one document keeps between sentences.
class DocumentPass {
 public:
  DocumentPass(const Document& document, const Lexicon& lexicon, const ExtractOptions& options)
      : doc_(document),
        lexicon_(lexicon),
        options_(options),
        resolver_(lexicon, document.speaker),
        topics_(lexicon) {}

  std::vector<StanceTriple> Run(ExtractCounts* counts) {
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start_time = Clock::now();
    std::vector<SentenceSpan> spans = SegmentSentences(doc_.text, lexicon_);
    sentences_.reserve(spans.size());
    lower_text_ = std::make_unique_for_overwrite<char[]>(doc_.text.size());
    const std::span<char> lower_text(lower_text_.get(), doc_.text.size());
    for (const SentenceSpan& span : spans) {
      sentences_.push_back(MakeSentence(doc_.text, lower_text, span, lexicon_));
    }
    quotations_ = FindQuotations(sentences_, lexicon_);
    speakers_.assign(quotations_.size(), std::nullopt);
    const Clock::time_point segmented_time = Clock::now();

    // Only a sentence with a cue word can yield a triple. Analysing the
    // sentences after the last such one would only update what later
    // sentences read (the actors and topics named so far), so they are
    // counted but not analysed.
    size_t analysed_end = sentences_.size();
    while (analysed_end > 0 && !sentences_[analysed_end - 1].HasCueWord()) --analysed_end;

    size_t byte_position = 0, code_point_position = 0;
    for (size_t i = 0; i < sentences_.size(); ++i) {
      const Sentence& sentence = sentences_[i];
      ++counts->sentences;
      if (sentence.junk) {
        ++counts->junk_sentences;
        continue;
      }
      if (i >= analysed_end || sentence.tokens.size() > options_.max_sentence_tokens) continue;
      // Offsets in code points, counted incrementally from the last sentence analysed.
      code_point_position += CodePointCount(std::string_view(doc_.text).substr(
          byte_position, sentence.begin - byte_position));
      int64_t start = static_cast<int64_t>(code_point_position);
      int64_t end = start + static_cast<int64_t>(CodePointCount(sentence.text));
      byte_position = sentence.begin;
      Analyse(sentence, start, end);
    }
    JoinSurnamesToLaterFullNames();
    counts->triples += triples_.size();
    const std::chrono::duration<double> segmenting = segmented_time - start_time;
    const std::chrono::duration<double> analysing = Clock::now() - segmented_time;
    counts->segment_seconds += segmenting.count();
    counts->analyse_seconds += analysing.count();
    return std::move(triples_);
  }

  // A surname named before the full name ("Mayor Delgado Backs ..." in the
  // headline, "Mayor Rosa Delgado" in the text) joins the full name, when
  // exactly one person in the document has it.
  void JoinSurnamesToLaterFullNames() {
    // The full names by their last word, "" when several share it: one pass
    // over the triples rather than one per surname, so that a document with
    // many triples costs linear time. Joining changes no full name (a
    // surname becomes one already there), so the table stays right.
    std::map<std::string_view, std::string_view> full_names;
    for (const StanceTriple& triple : triples_) {
      const size_t space = triple.actor.rfind(' ');
      if (triple.actor_type != ActorType::kPerson || space == std::string::npos) continue;
      const auto [it, inserted] =
          full_names.try_emplace(std::string_view(triple.actor).substr(space + 1), triple.actor);
      if (!inserted && it->second != triple.actor) it->second = {};
    }
    for (StanceTriple& triple : triples_) {
      if (triple.actor.find(' ') != std::string::npos ||
          (triple.actor_type != ActorType::kPerson && triple.actor_type != ActorType::kUnknown)) {
        continue;
      }
      const auto it = full_names.find(triple.actor);
      if (it != full_names.end() && !it->second.empty()) {
        triple.actor = std::string(it->second);
        triple.actor_type = ActorType::kPerson;
      }
    }
  }

 private:
  // Who "we" and "I" are at token `index`.
  const std::vector<ResolvedActor>& SpeakerAt(const Sentence& sentence, size_t index) {
    int quote = index < sentence.quote.size() ? sentence.quote[index] : -1;
    if (quote < 0) return resolver_.DocumentSpeaker();
    if (!speakers_[quote]) {
      const Quotation& q = quotations_[quote];
      speakers_[quote] = q.speaker.empty()
                             ? std::vector<ResolvedActor>{}
                             : resolver_.Resolve(sentences_[q.speaker_sentence], q.speaker,
                                                 resolver_.DocumentSpeaker());
    }
    return *speakers_[quote];
  }

  void Analyse(const Sentence& sentence, int64_t start, int64_t end) {
    topics_.StartSentence();
    Span lead = LeadingSubject(sentence, lexicon_);
    std::vector<ResolvedActor> lead_actors =
        resolver_.Resolve(sentence, lead, SpeakerAt(sentence, lead.begin));
    resolver_.Remember(lead_actors);

    std::vector<StanceMention> mentions = FindStanceMentions(sentence, lexicon_);
    for (Span introduced : IntroducedTopics(sentence, lexicon_)) {
      bool stance_topic = false;
      for (const StanceMention& mention : mentions) stance_topic |= mention.topic.begin == introduced.begin;
      if (stance_topic) continue;  // named below, under its stance
      std::string canonical = topics_.Antecedent(sentence, introduced);
      if (canonical.empty()) canonical = CanonicalTopic(sentence, introduced, "", lexicon_);
      topics_.Remember(sentence, introduced, canonical, false, true);
    }
    if (mentions.empty()) return;
    ReportClause report = ReportSource(sentence, lexicon_);
    std::vector<ResolvedActor> reporters;
    if (!report.source.empty()) {
      reporters = resolver_.Resolve(sentence, report.source, SpeakerAt(sentence, report.source.begin));
    }
    for (const StanceMention& mention : mentions) {
      std::string reported_by = report.Frames(mention) ? JoinNames(reporters) : std::string();
      std::vector<ResolvedActor> actors;
      if (mention.speaker_is_actor) {
        actors = SpeakerAt(sentence, mention.cue_span.begin);
        for (ResolvedActor& actor : actors) actor.inferred = true;
      } else if (PronounAfterReport(sentence, report, mention.actor) && !reporters.empty()) {
        actors = reporters;
      } else {
        actors = resolver_.Resolve(sentence, mention.actor, SpeakerAt(sentence, mention.cue_span.begin));
      }
      if (actors.empty()) continue;
      std::string topic_mention(sentence.SpanText(mention.topic));
      std::string topic = TopicFor(sentence, mention);
      if (topic.empty()) continue;
      std::string addressee;
      if (!mention.addressee.empty()) {
        addressee = JoinNames(resolver_.Resolve(sentence, mention.addressee, {}));
        if (addressee.empty()) addressee = std::string(sentence.SpanText(mention.addressee));
      }
      for (const ResolvedActor& actor : actors) {
        double confidence = mention.confidence * (actor.inferred ? kInferredActorFactor : 1.0);
        if (confidence < options_.min_confidence) continue;
        StanceTriple triple;
        triple.doc = doc_.id;
        triple.sentence = std::string(sentence.text);
        triple.start = start;
        triple.end = end;
        triple.actor = actor.name;
        triple.actor_mention = actor.mention;
        triple.actor_type = actor.type;
        triple.stance = mention.stance;
        triple.topic = topic;
        triple.topic_mention = topic_mention.empty() ? topic : topic_mention;
        triple.cue = mention.cue;
        triple.confidence = confidence;
        triple.date = doc_.date;
        bool self_report = std::any_of(reporters.begin(), reporters.end(),
                                       [&](const ResolvedActor& r) { return r.name == actor.name; });
        if (!self_report) triple.reported_by = reported_by;
        triple.addressee = addressee;
        triple.affiliation = actor.affiliation;
        triples_.push_back(std::move(triple));
      }
      resolver_.Remember(actors);
      // An undone thing ("abandoning Ukraine") is rarely what a later "it" means.
      topics_.Remember(sentence, mention.topic, topic, !mention.activity.empty() || mention.reversed);
    }
  }

  // "Network Rail says it is willing ...", "Smith said that she backs ...":
  // a third-person pronoun right after the reporting verb is the reporter.
  bool PronounAfterReport(const Sentence& sentence, const ReportClause& report, Span actor) const {
    if (report.source.empty() || actor.size() != 1 || report.verb >= actor.begin ||
        report.source.end > report.verb) {
      return false;
    }
    std::string_view word = sentence.tokens[actor.begin].lower;
    if (word != "he" && word != "she" && word != "it" && word != "they") return false;
    size_t gap = actor.begin - report.verb;
    return gap == 1 || (gap == 2 && sentence.tokens[report.verb + 1].lower == "that");
  }

  // The canonical topic, or the earlier one it refers back to ("the
  // proposal", "such guarantees", "it").
  std::string TopicFor(const Sentence& sentence, const StanceMention& mention) {
    if (!mention.activity.empty() && mention.topic.size() == 1 &&
        lexicon_.Is(sentence.tokens[mention.topic.begin], kObjectPronoun | kDeterminer)) {
      // "ready to implement it": the activity on the earlier topic.
      std::string earlier = topics_.Antecedent(sentence, mention.topic);
      return earlier.empty() ? "" : mention.activity + " " + earlier;
    }
    if (mention.activity.empty()) {
      std::string earlier = topics_.Antecedent(sentence, mention.topic);
      if (!earlier.empty()) return earlier;
      if (mention.topic.size() == 1 &&
          lexicon_.Is(sentence.tokens[mention.topic.begin], kObjectPronoun | kDeterminer)) {
        return "";  // "it" with nothing to refer to
      }
    }
    return CanonicalTopic(sentence, mention.topic, mention.activity, lexicon_);
  }

  const Document& doc_;
  const Lexicon& lexicon_;
  const ExtractOptions& options_;
  ActorResolver resolver_;
  std::unique_ptr<char[]> lower_text_;  // the tokens' lower-case forms, at their offsets in the document
  std::vector<Sentence> sentences_;
  std::vector<Quotation> quotations_;
  std::vector<std::optional<std::vector<ResolvedActor>>> speakers_;  // resolved lazily
  TopicMemory topics_;
  std::vector<StanceTriple> triples_;
};

}  // namespace

Extractor::Extractor(const Lexicon& lexicon, ExtractOptions options)
    : lexicon_(lexicon), options_(options) {}

std::vector<StanceTriple> Extractor::Extract(const Document& document, ExtractCounts* counts) const {
  ExtractCounts local;
  return DocumentPass(document, lexicon_, options_).Run(counts ? counts : &local);
}

}  // namespace stancegraph
