// GraphMlColumn: one GraphML attribute (a <key> and its <data> values) of
// the records the GraphML export writes, and the text of its values.
//
// The file has the layout of Boost's write_graphml (boost/graph/graphml.hpp,
// Boost 1.74), but the exporter writes it itself, one record at a time,
// since write_graphml needs every record of the graph built first. Nor are
// the values what Boost's own adaptor
// (boost/property_map/dynamic_property_map.hpp) makes of them, which gets
// three things wrong for our readers:
//   - doubles keep only 6 significant digits (a mean confidence of
//     0.7333333333333334 would be written 0.733333);
//   - the global C++ locale applies, so a program that sets one could write
//     "0,8" or "1.234" and Gephi would reject the number;
//   - booleans come out as "1"/"0", which Gephi and yEd (Java's
//     Boolean.parseBoolean) read as false.
// And Boost's writer only escapes & < > " ' (property_tree's
// encode_char_entities): control characters and invalid UTF-8 would reach
// the file and make it malformed XML.
// So strings are made valid XML text and then escaped as
// encode_char_entities does (which also writes a text of only spaces as
// "&#32;" and the rest of the spaces); integers and doubles are written
// with std::to_chars (shortest text that reads back as the same number, no
// locale), booleans as "true"/"false". Private to export/.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace stancegraph::exporters {

// Appends a value as the text of a <data> element, locale-independent.
// A string is made XML 1.0 character data: valid UTF-8 (ToValidUtf8), every
// character XML 1.0 cannot carry (control characters other than tab, line
// feed and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD, CR LF or a
// lone CR turned into LF (what any XML parser would read them as anyway),
// and the markup characters escaped as Boost's writer does.
void AppendGraphMlValue(std::string& out, const std::string& value);
void AppendGraphMlValue(std::string& out, int value);
// Shortest round-trip decimal ("0.8", "0.7333333333333334", "1e+06");
// non-finite values as "NaN", "Infinity", "-Infinity", which both Java's
// Double.parseDouble and Python's float() accept.
void AppendGraphMlValue(std::string& out, double value);
void AppendGraphMlValue(std::string& out, bool value);  // "true" / "false"

// GraphML's attr.type of each C++ type a column may hold.
template <typename Value>
constexpr const char* kGraphMlType = nullptr;
template <>
inline constexpr const char* kGraphMlType<std::string> = "string";
template <>
inline constexpr const char* kGraphMlType<int> = "int";
template <>
inline constexpr const char* kGraphMlType<double> = "double";
template <>
inline constexpr const char* kGraphMlType<bool> = "boolean";

// The attribute `name` of the records of type `Record` (one per node or one
// per edge): which member holds its value.
template <typename Record>
struct GraphMlColumn {
  using Member =
      std::variant<std::string Record::*, int Record::*, double Record::*, bool Record::*>;

  std::string name;
  Member member;

  const char* type() const {
    return std::visit(
        [](auto held) {
          return kGraphMlType<std::remove_cvref_t<decltype(std::declval<Record>().*held)>>;
        },
        member);
  }

  void AppendValue(std::string& out, const Record& record) const {
    std::visit([&](auto held) { AppendGraphMlValue(out, record.*held); }, member);
  }
};

}  // namespace stancegraph::exporters
