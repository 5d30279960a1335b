// The publishable diagram: groups, links and ids, layouts, and the rendered
// PNG and PDF. DOT is parsed back with cgraph and laid out by the `dot`
// program; images are rendered in-process by gvc.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <set>
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

// The names of the nodes in subgraph `cluster` ("<none>" if it is missing).
std::set<std::string> Members(Agraph_t* graph, const std::string& cluster) {
  Agraph_t* sub = agsubg(graph, Name(cluster), 0);
  if (sub == nullptr) return {"<none>"};
  std::set<std::string> names;
  for (Agnode_t* node = agfstnode(sub); node != nullptr; node = agnxtnode(sub, node)) {
    names.insert(agnameof(node));
  }
  return names;
}

// The names of the subgraphs in DOT text, in the order written.
std::vector<std::string> Subgraphs(const std::string& dot) {
  std::vector<std::string> names;
  const std::string keyword = "subgraph ";
  for (size_t at = dot.find(keyword); at != std::string::npos; at = dot.find(keyword, at + 1)) {
    const size_t start = at + keyword.size();
    names.push_back(dot.substr(start, dot.find(' ', start) - start));
  }
  return names;
}

Agedge_t* FindEdge(Agraph_t* graph, const std::string& from, const std::string& to) {
  Agnode_t* tail = agnode(graph, Name(from), 0);
  Agnode_t* head = agnode(graph, Name(to), 0);
  return tail && head ? agedge(graph, tail, head, nullptr, 0) : nullptr;
}

DiagramOptions Grouped(Grouping grouping) {
  DiagramOptions options;
  options.grouping = grouping;
  return options;
}

TEST(DiagramTest, ActorsAreGroupedByTypeByDefault) {
  std::vector<StanceTriple> triples = SampleTriples();
  triples.push_back(Triple("NATO", ActorType::kOrganization, Stance::kSupport, "sanctions", "d",
                           "NATO backs sanctions."));
  const std::string text = DotText(GraphOf(triples));
  ParsedDot dot = Parse(text);
  ASSERT_NE(dot, nullptr);
  EXPECT_EQ(Members(dot.get(), "cluster_type_country"),
            (std::set<std::string>{"actor/france", "actor/germany", "actor/hungary"}));
  EXPECT_EQ(Members(dot.get(), "cluster_type_organization"), (std::set<std::string>{"actor/nato"}));
  EXPECT_EQ(Attribute(agsubg(dot.get(), Name("cluster_type_country"), 0), "label"), "Countries");
  // No empty groups; topics stay outside them; the legend comes first.
  EXPECT_EQ(Subgraphs(text), (std::vector<std::string>{"cluster_legend", "cluster_type_country",
                                                       "cluster_type_organization"}));
}

TEST(DiagramTest, CampGroupingSplitsTheMainTopicsSupportersAndOpponents) {
  std::vector<StanceTriple> triples = SampleTriples();
  // Poland is on both sides of the main topic; Austria only on another.
  triples.push_back(Triple("Poland", ActorType::kCountry, Stance::kSupport, "security guarantees",
                           "p", "Poland backs security guarantees."));
  triples.push_back(Triple("Poland", ActorType::kCountry, Stance::kOppose, "security guarantees",
                           "q", "Poland rejects security guarantees now."));
  triples.push_back(Triple("Austria", ActorType::kCountry, Stance::kOppose, "sanctions", "r",
                           "Austria rejects sanctions."));
  const std::string text = DotText(GraphOf(triples), Grouped(Grouping::kCamp));
  ParsedDot dot = Parse(text);
  ASSERT_NE(dot, nullptr);
  EXPECT_EQ(Members(dot.get(), "cluster_camp_for"),
            (std::set<std::string>{"actor/france", "actor/germany"}));
  EXPECT_EQ(Members(dot.get(), "cluster_camp_against"), (std::set<std::string>{"actor/hungary"}));
  EXPECT_EQ(Members(dot.get(), "cluster_camp_both"), (std::set<std::string>{"actor/poland"}));
  EXPECT_EQ(Attribute(agsubg(dot.get(), Name("cluster_camp_for"), 0), "label"),
            "For security guarantees");
  EXPECT_NE(agnode(dot.get(), Name("actor/austria"), 0), nullptr);  // drawn, in no camp
  EXPECT_EQ(Subgraphs(text), (std::vector<std::string>{"cluster_legend", "cluster_camp_for",
                                                       "cluster_camp_against", "cluster_camp_both"}));
}

TEST(DiagramTest, GroupingNoneLeavesOnlyTheLegend) {
  EXPECT_EQ(Subgraphs(DotText(GraphOf(SampleTriples()), Grouped(Grouping::kNone))),
            (std::vector<std::string>{"cluster_legend"}));
}

TEST(DiagramTest, EdgesAndNodesCarryIdsAndLinks) {
  std::vector<StanceTriple> triples = SampleTriples();
  triples.push_back(Triple("Austria", ActorType::kCountry, Stance::kOppose, "sanctions",
                           "https://news.example/a?id=7", "Austria said it rejects the sanctions."));
  DiagramOptions options;
  options.node_url = "https://wiki.example/{name}?node={id}";
  ParsedDot dot = Parse(DotText(GraphOf(triples), options));
  ASSERT_NE(dot, nullptr);

  Agedge_t* austria = FindEdge(dot.get(), "actor/austria", "topic/sanction");
  ASSERT_NE(austria, nullptr);
  EXPECT_EQ(Attribute(austria, "id"), "stance/austria/oppose/sanction");
  // A document that is a URL is linked, with a text fragment for the sentence.
  EXPECT_EQ(Attribute(austria, "URL"),
            "https://news.example/a?id=7#:~:text=Austria%20said%20it%20rejects%20the%20sanctions.");
  EXPECT_EQ(Attribute(austria, "target"), "_blank");
  // Other documents give no link without a template.
  Agedge_t* hungary = FindEdge(dot.get(), "actor/hungary", "topic/security-guarantee");
  ASSERT_NE(hungary, nullptr);
  EXPECT_EQ(Attribute(hungary, "URL"), "");

  Agnode_t* france = agnode(dot.get(), Name("actor/france"), 0);
  ASSERT_NE(france, nullptr);
  EXPECT_EQ(Attribute(france, "id"), "actor/france");
  EXPECT_EQ(Attribute(france, "URL"), "https://wiki.example/France?node=actor/france");
}

TEST(DiagramTest, EvidenceUrlTemplateIsFilledAndEncoded) {
  std::vector<StanceTriple> triples = {Triple("Hungary", ActorType::kCountry, Stance::kOppose,
                                              "sanctions", "wire 12/3", "Hungary \"rejects\" it.")};
  triples[0].start = 40;
  triples[0].end = 63;
  DiagramOptions options;
  options.evidence_url = "https://archive.example/{doc}#char={start},{end}&q={sentence}{other}";
  ParsedDot dot = Parse(DotText(GraphOf(triples), options));
  ASSERT_NE(dot, nullptr);
  Agedge_t* edge = FindEdge(dot.get(), "actor/hungary", "topic/sanction");
  ASSERT_NE(edge, nullptr);
  EXPECT_EQ(Attribute(edge, "URL"),
            "https://archive.example/wire%2012/3#char=40,63&q=Hungary%20%22rejects%22%20it."
            "{other}");
}

TEST(DiagramTest, LongLabelsAreWrappedAtSpaces) {
  const std::string topic = "using NATO structures to coordinate military aid to Ukraine";
  ParsedDot dot = Parse(DotText(GraphOf({Triple("Germany", ActorType::kCountry, Stance::kOppose,
                                                topic, "d", "Germany rejects it.")})));
  ASSERT_NE(dot, nullptr);
  Agnode_t* node = agfstnode(dot.get());
  while (node != nullptr && Attribute(node, "id").rfind("topic/", 0) != 0) {
    node = agnxtnode(dot.get(), node);
  }
  ASSERT_NE(node, nullptr);
  EXPECT_EQ(Attribute(node, "label"), "using NATO structures to\\ncoordinate military aid\\nto Ukraine");
}

TEST(DiagramTest, ForceLayoutsAreNamedInTheDotFileAndRenderWithTheDotProgram) {
  TempDir dir;
  for (Layout layout : {Layout::kDot, Layout::kNeato, Layout::kSfdp}) {
    DiagramOptions options;
    options.layout = layout;
    const std::string path = dir.File("graph.dot");
    ASSERT_FALSE(WriteDot(GraphOf(SampleTriples()), path, options));
    ParsedDot dot = Parse(ReadFile(path));
    ASSERT_NE(dot, nullptr);
    const std::string engine = Attribute(dot.get(), "layout");
    SCOPED_TRACE(engine);
    EXPECT_EQ(engine, layout == Layout::kDot     ? "<undeclared>"
                      : layout == Layout::kNeato ? "neato"
                                                 : "sfdp");
    // `dot` honours the file's layout attribute; it must lay it out silently.
    std::string output;
    const int status = RunCommand("dot -Tsvg " + ShellQuote(path) + " -o " +
                                      ShellQuote(dir.File("graph.svg")) + " 2>&1",
                                  &output);
    EXPECT_EQ(status, 0) << output;
    EXPECT_EQ(output, "");
    EXPECT_NE(ReadFile(dir.File("graph.svg")).find("actor/france"), std::string::npos);
  }
}

TEST(DiagramTest, RendersPngAndPdfWithEveryLayout) {
  TempDir dir;
  std::vector<StanceTriple> triples = SampleTriples();
  triples.push_back(Triple("Austria", ActorType::kCountry, Stance::kOppose, "sanctions",
                           "https://news.example/a", "Austria rejects the sanctions."));
  const StanceGraph graph = GraphOf(triples);
  for (Layout layout : {Layout::kDot, Layout::kNeato, Layout::kSfdp}) {
    DiagramOptions options;
    options.layout = layout;
    const std::string png = dir.File("graph.png");
    const std::string pdf = dir.File("graph.pdf");
    const std::string svg = dir.File("graph.svg");
    ASSERT_FALSE(WriteImage(graph, png, ImageFormat::kPng, options));
    ASSERT_FALSE(WriteImage(graph, pdf, ImageFormat::kPdf, options));
    ASSERT_FALSE(WriteImage(graph, svg, ImageFormat::kSvg, options));
    EXPECT_EQ(ReadFile(png).substr(0, 8), "\x89PNG\r\n\x1a\n");
    EXPECT_GT(ReadFile(png).size(), 10000u);  // a real picture, not a blank page
    EXPECT_EQ(ReadFile(pdf).substr(0, 5), "%PDF-");
    EXPECT_NE(ReadFile(pdf).find("/URI (https://news.example/a"), std::string::npos)
        << "the PDF keeps the evidence link";
    const std::string text = ReadFile(svg);
    EXPECT_NE(text.find("<a xlink:href=\"https://news.example/a#:~:text="), std::string::npos);
    EXPECT_NE(text.find("id=\"stance/austria/oppose/sanction\""), std::string::npos);
  }
}

TEST(DiagramTest, AFailedRenderingNamesThePathAndLeavesNoFile) {
  TempDir dir;
  const std::string path = dir.File("missing/graph.png");
  std::optional<Problem> problem =
      WriteImage(GraphOf(SampleTriples()), path, ImageFormat::kPng, {});
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->where, path);
  EXPECT_TRUE(dir.Entries().empty());
}

// A big graph is drawn from its strongest stances, and the label says so.
TEST(DiagramTest, BigGraphsAreDrawnFromTheirStrongestStances) {
  DiagramOptions options;
  options.max_edges = 2;
  const std::string text = DotText(GraphOf(SampleTriples()), options);
  ParsedDot dot = Parse(text);
  ASSERT_NE(dot, nullptr);
  EXPECT_NE(agnode(dot.get(), Name("actor/france"), 0), nullptr);  // the strongest
  EXPECT_EQ(agnode(dot.get(), Name("actor/hungary"), 0), nullptr);
  EXPECT_NE(Attribute(dot.get(), "label").find("(the 2 strongest of 4 stances)"), std::string::npos)
      << Attribute(dot.get(), "label");
  options.max_edges = 0;  // all
  ParsedDot whole = Parse(DotText(GraphOf(SampleTriples()), options));
  ASSERT_NE(whole, nullptr);
  EXPECT_NE(agnode(whole.get(), Name("actor/hungary"), 0), nullptr);
}

TEST(DiagramTest, ClusterOrderIsTheSameEveryTime) {
  const StanceGraph graph = GraphOf(SampleTriples());
  const std::string first = DotText(graph, Grouped(Grouping::kCamp));
  for (int i = 0; i < 20; ++i) EXPECT_EQ(DotText(graph, Grouped(Grouping::kCamp)), first);
}

}  // namespace
}  // namespace stancegraph::exporters
