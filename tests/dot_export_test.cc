// DOT export: parsed back with cgraph, rendered with the `dot` program.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "tests/dot_test_support.h"
#include "tests/export_test_support.h"

namespace stancegraph::exporters {
namespace {

using stancegraph::testing::Attribute;
using stancegraph::testing::GraphOf;
using stancegraph::testing::Name;
using stancegraph::testing::Parse;
using stancegraph::testing::ParsedDot;
using stancegraph::testing::ReadFile;
using stancegraph::testing::RunCommand;
using stancegraph::testing::SampleTriples;
using stancegraph::testing::ShellQuote;
using stancegraph::testing::TempDir;
using stancegraph::testing::Triple;

Agnode_t* Node(Agraph_t* graph, const std::string& id) { return agnode(graph, Name(id), 0); }

// Nodes and edges outside the legend cluster.
int DataNodes(Agraph_t* graph) {
  Agraph_t* legend = agsubg(graph, Name("cluster_legend"), 0);
  return agnnodes(graph) - (legend ? agnnodes(legend) : 0);
}

int DataEdges(Agraph_t* graph) {
  Agraph_t* legend = agsubg(graph, Name("cluster_legend"), 0);
  return agnedges(graph) - (legend ? agnedges(legend) : 0);
}

// The out-edges of `from` with the given label prefix ("supports", "opposes").
Agedge_t* EdgeWithLabel(Agraph_t* graph, const std::string& from, const std::string& prefix) {
  Agnode_t* node = Node(graph, from);
  if (node == nullptr) return nullptr;
  for (Agedge_t* edge = agfstout(graph, node); edge != nullptr; edge = agnxtout(graph, edge)) {
    if (Attribute(edge, "label").rfind(prefix, 0) == 0) return edge;
  }
  return nullptr;
}

// Undoes EscString: "\\" -> "\", "\n" -> newline.
std::string Unescape(const std::string& text) {
  std::string plain;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      ++i;
      plain += text[i] == 'n' ? '\n' : text[i];
    } else {
      plain += text[i];
    }
  }
  return plain;
}

TEST(DotExportTest, ParsesBackWithOneNodePerVertexAndOneEdgePerStance) {
  StanceGraph graph = GraphOf(SampleTriples());
  ParsedDot dot = Parse(DotText(graph));
  ASSERT_NE(dot, nullptr);

  EXPECT_EQ(DataNodes(dot.get()), 5);  // France, Germany, Hungary + 2 topics
  EXPECT_EQ(DataEdges(dot.get()), 4);
  EXPECT_EQ(static_cast<size_t>(DataNodes(dot.get())),
            graph.ActorCount() + graph.TopicCount());
  EXPECT_EQ(static_cast<size_t>(DataEdges(dot.get())), graph.EdgeCount());
  EXPECT_TRUE(agisdirected(dot.get()));
  EXPECT_STREQ(agnameof(dot.get()), "stancegraph");
}

TEST(DotExportTest, GraphHasDirectionTitleAndCounts) {
  DiagramOptions options;
  options.title = "Ukraine talks";
  ParsedDot dot = Parse(DotText(GraphOf(SampleTriples()), options));
  ASSERT_NE(dot, nullptr);
  EXPECT_EQ(Attribute(dot.get(), "rankdir"), "LR");
  EXPECT_EQ(Unescape(Attribute(dot.get(), "label")),
            "Ukraine talks\n3 actors, 2 topics, 4 stances, 5 mentions");
}

TEST(DotExportTest, StylesNodesByKindAndActorType) {
  std::vector<StanceTriple> triples = SampleTriples();
  triples.push_back(Triple("Olaf Scholz", ActorType::kPerson, Stance::kSupport, "aid", "d",
                           "Scholz backs aid."));
  ParsedDot dot = Parse(DotText(GraphOf(triples)));
  ASSERT_NE(dot, nullptr);

  Agnode_t* france = Node(dot.get(), "actor/france");
  Agnode_t* scholz = Node(dot.get(), "actor/olaf-scholz");
  Agnode_t* topic = Node(dot.get(), "topic/security-guarantee");
  ASSERT_NE(france, nullptr);
  ASSERT_NE(scholz, nullptr);
  ASSERT_NE(topic, nullptr);
  EXPECT_EQ(Attribute(france, "shape"), "box");
  EXPECT_EQ(Attribute(france, "label"), "France");
  EXPECT_NE(Attribute(france, "style").find("filled"), std::string::npos);
  EXPECT_NE(Attribute(france, "fillcolor"), Attribute(scholz, "fillcolor"));
  EXPECT_EQ(Attribute(topic, "shape"), "ellipse");
  EXPECT_EQ(Attribute(topic, "label"), "security guarantees");
  EXPECT_NE(Attribute(topic, "fillcolor"), Attribute(france, "fillcolor"));
}

TEST(DotExportTest, LegendColoursEveryActorTypeDifferently) {
  ParsedDot dot = Parse(DotText(StanceGraph{}));
  ASSERT_NE(dot, nullptr);
  std::vector<std::string> fills;
  for (const char* type : {"person", "organization", "country", "group", "unknown"}) {
    Agnode_t* node = Node(dot.get(), std::string("legend/") + type);
    ASSERT_NE(node, nullptr) << type;
    EXPECT_EQ(Attribute(node, "shape"), "box") << type;
    fills.push_back(Attribute(node, "fillcolor"));
  }
  std::sort(fills.begin(), fills.end());
  EXPECT_EQ(std::unique(fills.begin(), fills.end()), fills.end());
}

TEST(DotExportTest, SupportIsSolidArrowAndOpposeIsDashedTee) {
  ParsedDot dot = Parse(DotText(GraphOf(SampleTriples())));
  ASSERT_NE(dot, nullptr);

  Agedge_t* support = EdgeWithLabel(dot.get(), "actor/france", "supports");
  Agedge_t* oppose = EdgeWithLabel(dot.get(), "actor/hungary", "opposes");
  ASSERT_NE(support, nullptr);
  ASSERT_NE(oppose, nullptr);
  EXPECT_EQ(Attribute(support, "style"), "solid");
  EXPECT_EQ(Attribute(support, "arrowhead"), "normal");
  EXPECT_EQ(Attribute(oppose, "style"), "dashed");
  EXPECT_EQ(Attribute(oppose, "arrowhead"), "tee");
  EXPECT_NE(Attribute(support, "color"), Attribute(oppose, "color"));
  EXPECT_STREQ(agnameof(aghead(oppose)), "topic/security-guarantee");
}

TEST(DotExportTest, EdgeLabelAndPenwidthFollowTheMentionCount) {
  ParsedDot dot = Parse(DotText(GraphOf(SampleTriples())));
  ASSERT_NE(dot, nullptr);

  Agedge_t* twice = EdgeWithLabel(dot.get(), "actor/france", "supports");
  Agedge_t* once = EdgeWithLabel(dot.get(), "actor/germany", "supports");
  ASSERT_NE(twice, nullptr);
  ASSERT_NE(once, nullptr);
  EXPECT_EQ(Attribute(twice, "label"), "supports ×2");
  EXPECT_EQ(Attribute(once, "label"), "supports ×1");
  EXPECT_DOUBLE_EQ(std::stod(Attribute(once, "penwidth")), 1.0);
  EXPECT_DOUBLE_EQ(std::stod(Attribute(twice, "penwidth")), 2.5);  // 1 + 1.5 * log2(2)
}

TEST(DotExportTest, EdgeTooltipListsAtMostTheConfiguredEvidence) {
  struct Case {
    size_t max_evidence;
    size_t sentences_shown;
    bool says_more;
  };
  const std::vector<Case> cases = {{0, 0, true}, {1, 1, true}, {3, 3, false}, {9, 3, false}};
  std::vector<StanceTriple> triples;
  for (int i = 1; i <= 3; ++i) {
    triples.push_back(Triple("France", ActorType::kCountry, Stance::kSupport, "aid",
                             "doc-" + std::to_string(i), "Sentence " + std::to_string(i) + "."));
  }
  StanceGraph graph = GraphOf(triples);
  for (const Case& c : cases) {
    DiagramOptions options;
    options.max_evidence_in_tooltip = c.max_evidence;
    ParsedDot dot = Parse(DotText(graph, options));
    ASSERT_NE(dot, nullptr);
    Agedge_t* edge = EdgeWithLabel(dot.get(), "actor/france", "supports");
    ASSERT_NE(edge, nullptr);
    std::string tooltip = Unescape(Attribute(edge, "tooltip"));
    size_t shown = 0;
    for (int i = 1; i <= 3; ++i) {
      std::string line = "doc-" + std::to_string(i) + ": Sentence " + std::to_string(i) + ".";
      if (tooltip.find(line) != std::string::npos) ++shown;
    }
    EXPECT_EQ(shown, c.sentences_shown) << "max " << c.max_evidence << ": " << tooltip;
    EXPECT_EQ(tooltip.find("more)") != std::string::npos, c.says_more) << tooltip;
  }
}

TEST(DotExportTest, NodeTooltipNamesTypeAndMentions) {
  StanceTriple paris = Triple("France", ActorType::kCountry, Stance::kSupport, "aid", "d", "x");
  paris.actor_mention = "Paris";
  ParsedDot dot = Parse(DotText(GraphOf({paris})));
  ASSERT_NE(dot, nullptr);
  std::string tooltip = Unescape(Attribute(Node(dot.get(), "actor/france"), "tooltip"));
  EXPECT_NE(tooltip.find("country"), std::string::npos) << tooltip;
  EXPECT_NE(tooltip.find("Paris"), std::string::npos) << tooltip;
}

TEST(DotExportTest, SpecialCharactersSurviveTheRoundTrip) {
  struct Case {
    std::string text;
    std::string escaped;  // the escString label cgraph must give back
  };
  const std::vector<Case> cases = {
      {"Say \"no\"", "Say \"no\""},
      {"back\\slash", "back\\\\slash"},
      {"\\N and \\G", "\\\\N and \\\\G"},  // no Graphviz escapes from the data
      {"two\nlines", "two\\nlines"},
      {"<b>bold</b> & co", "<b>bold</b> & co"},
      {"<html>", "<html>"},
      {"Zürich — “quoted”", "Zürich — “quoted”"},
      {"x {y} [z]; a=b, c -> d", "x {y} [z]; a=b, c -> d"},
  };
  for (const Case& c : cases) {
    StanceGraph graph = GraphOf({Triple(c.text, ActorType::kPerson, Stance::kOppose,
                                        "topic " + c.text, "doc \"1\"", "He said: " + c.text)});
    std::string text = DotText(graph);
    ParsedDot dot = Parse(text);
    ASSERT_NE(dot, nullptr) << "unparsable DOT for " << c.text << ":\n" << text;
    ASSERT_EQ(DataNodes(dot.get()), 2) << c.text;

    std::string actor_id = "actor/" + StanceGraph::Slug(c.text);
    Agnode_t* actor = Node(dot.get(), actor_id);
    ASSERT_NE(actor, nullptr) << actor_id;
    EXPECT_EQ(Attribute(actor, "label"), c.escaped);
    EXPECT_EQ(Unescape(Attribute(actor, "label")), c.text);

    Agedge_t* edge = EdgeWithLabel(dot.get(), actor_id, "opposes");
    ASSERT_NE(edge, nullptr) << c.text;
    std::string tooltip = Unescape(Attribute(edge, "tooltip"));
    EXPECT_NE(tooltip.find("doc \"1\": He said: " + c.text), std::string::npos) << tooltip;
  }
}

TEST(DotExportTest, EmptyGraphStillGivesValidDotWithLegend) {
  ParsedDot dot = Parse(DotText(StanceGraph{}));
  ASSERT_NE(dot, nullptr);
  EXPECT_EQ(DataNodes(dot.get()), 0);
  EXPECT_EQ(DataEdges(dot.get()), 0);
  Agraph_t* legend = agsubg(dot.get(), Name("cluster_legend"), 0);
  ASSERT_NE(legend, nullptr);
  EXPECT_GT(agnnodes(legend), 0);
  EXPECT_EQ(agnedges(legend), 2);  // one sample edge per polarity
}

TEST(DotExportTest, OutputDoesNotDependOnInsertionOrder) {
  std::vector<StanceTriple> triples = SampleTriples();
  std::string first = DotText(GraphOf(triples));
  std::reverse(triples.begin(), triples.end());
  EXPECT_EQ(DotText(GraphOf(triples)), first);
  std::rotate(triples.begin(), triples.begin() + 2, triples.end());
  EXPECT_EQ(DotText(GraphOf(triples)), first);
}

TEST(DotExportTest, WrittenFileRendersWithTheDotProgram) {
  TempDir dir;
  std::vector<StanceTriple> triples = SampleTriples();
  triples.push_back(Triple("Dr. \"Q\" \\ <x>", ActorType::kPerson, Stance::kOppose,
                           "line\nbreak", "d", "Quote \" and \\ and <tag> & more"));
  std::string dot_path = dir.File("graph.dot");
  std::string svg_path = dir.File("graph.svg");
  std::optional<Problem> problem = WriteDot(GraphOf(triples), dot_path);
  ASSERT_FALSE(problem) << problem->ToString();
  EXPECT_EQ(ReadFile(dot_path), DotText(GraphOf(triples)));

  std::string output;
  int status = RunCommand("dot -Tsvg " + ShellQuote(dot_path) + " -o " + ShellQuote(svg_path) +
                              " 2>&1",
                          &output);
  ASSERT_EQ(status, 0) << "dot failed (is graphviz installed? scripts/install-deps.sh): "
                       << output;
  EXPECT_EQ(output, "") << "dot printed warnings";
  std::string svg = ReadFile(svg_path);
  EXPECT_FALSE(svg.empty());
  EXPECT_NE(svg.find("<svg"), std::string::npos);
}

TEST(DotExportTest, WriteDotToAMissingDirectoryNamesThePath) {
  TempDir dir;
  std::string path = dir.File("no-such-dir/graph.dot");
  std::optional<Problem> problem = WriteDot(GraphOf(SampleTriples()), path);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->where, path);
  EXPECT_NE(problem->ToString().find(path), std::string::npos);
  EXPECT_NE(problem->message.find("no such file or directory"), std::string::npos)
      << problem->message;
}

TEST(DotExportTest, WriteDotReplacesAnExistingFileAndLeavesNoTemporary) {
  TempDir dir;
  std::string path = dir.File("graph.dot");
  ASSERT_FALSE(WriteDot(StanceGraph{}, path));
  ASSERT_FALSE(WriteDot(GraphOf(SampleTriples()), path));
  EXPECT_EQ(ReadFile(path), DotText(GraphOf(SampleTriples())));
  EXPECT_EQ(dir.Entries(), std::vector<std::string>{"graph.dot"});
}

TEST(DotExportTest, WriteDotOverADirectoryFailsAndKeepsIt) {
  TempDir dir;
  std::string path = dir.File("taken");
  std::filesystem::create_directory(path);
  std::optional<Problem> problem = WriteDot(GraphOf(SampleTriples()), path);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->where, path);
  EXPECT_TRUE(std::filesystem::is_directory(path));
  EXPECT_EQ(dir.Entries(), std::vector<std::string>{"taken"});
}

}  // namespace
}  // namespace stancegraph::exporters
