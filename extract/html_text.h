// HtmlToText: the readable text of an HTML page (or fragment) left in an
// input by a scraper, so that markup never becomes an actor or a topic.
//
// LooksLikeHtml decides, cheaply and conservatively, whether a text is
// markup: it starts with `<!DOCTYPE html`, `<html` (after blanks), or holds
// at least two tags of common HTML elements (`<p>`, `</div>`, `<br/>`,
// `<a href=...>`, `<script>` ...). A lone `<` or `a < b` in prose is not
// markup, and news text that merely mentions one tag is left alone.
//
// HtmlToText drops tags, comments, `<!DOCTYPE>`/`<?xml?>` declarations and
// the bodies of script, style, noscript, template, svg, iframe and object
// elements; block elements (p, div, h1-h6, li, title, table rows, br ...)
// become line breaks, so that headlines and paragraphs split as they would
// in a text file; runs of white space inside text become one space (as a
// browser shows them); character references are decoded: the named ones
// news pages use (&amp; &nbsp; &ldquo; &mdash; ...; &nbsp; becomes a plain
// space), numeric ones (&#8220; &#x201C;, with 128-159 read as Windows-1252
// as browsers do); an impossible one (&#0;, a surrogate, above U+10FFFF)
// becomes U+FFFD; unknown or unterminated ones stay as written.
// Input must be valid UTF-8; so is the output. Offsets in triples count in
// the converted text, which is what their `sentence` field shows.
#pragma once

#include <string>
#include <string_view>

namespace stancegraph {

bool LooksLikeHtml(std::string_view text);

std::string HtmlToText(std::string_view html);

}  // namespace stancegraph
