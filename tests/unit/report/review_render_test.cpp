// The review's renderers: record text is made safe for each medium (terminal, Markdown, HTML),
// and the HTML page is self-contained: a Content-Security-Policy, no scripts, no external URLs.
#include <gtest/gtest.h>

#include <sstream>

#include "new_york.hpp"
#include "report/review.hpp"

namespace {

using hwk::test::at;
using hwk::test::ny;

// A report built by hand, holding hostile text wherever record text goes.
hwk::ReviewReport hostile() {
  const std::string evil = "<script>alert(1)</script> \x1b[31mred\x1b[0m *bold* | & \"q\"";
  hwk::ReviewReport r;
  r.client = "c-1";
  r.name = "Alex <b>";
  r.zone = ny;
  r.from = at("2026-11-16T09:00");
  r.to = at("2026-11-23T21:00");
  r.session = r.from;
  hwk::AssignmentReview a;
  a.adherence.assignment = "walk";
  a.adherence.title = "Walk " + evil;
  a.adherence.expected = 2;
  a.adherence.done = 1;
  a.adherence.missed = 1;
  a.adherence.rate = 0.5;
  a.adherence.streak = 1;
  a.adherence.longest_streak = 1;
  a.trend = a.adherence;
  a.trend.weeks = {hwk::LocalDay{date::year{2026} / 11 / 16}};
  a.trend.weekly_rate = {0.5};
  a.schedule = "daily";
  hwk::ReviewEntry e;
  e.id = "P1";
  e.at = at("2026-11-17T20:15");
  e.status = hwk::Status::partial;
  e.reason = evil;
  e.reflection = "line one\n" + evil;
  e.values = {{"Mood", "7", true}, {"Note", evil, false}};
  e.feedback = {{"F1", at("2026-11-18T09:00"), evil, 3}};
  a.entries = {e};
  a.reasons = {{evil, {{e.at, hwk::Status::partial}}}};
  a.suggestions = {{"barriers", "The client's reasons: “" + evil + "”."}};
  r.assignments = {a};
  return r;
}

template <typename Render>
std::string render(Render f) {
  std::ostringstream out;
  f(out, hostile());
  return out.str();
}

}  // namespace

TEST(ReviewText, RecordTextCannotReachTheTerminal) {
  const auto text = render(hwk::render_review_text);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_NE(text.find("\\x1b[31mred"), std::string::npos);
  EXPECT_NE(text.find("Review of c-1 (Alex <b>), since the session of Mon 2026-11-16 09:00 to Mon 2026-11-23 21:00"), std::string::npos);
  EXPECT_NE(text.find("    Tue 2026-11-17 20:15  partial  Mood 7  [P1]\n"), std::string::npos);
  EXPECT_NE(text.find("      Feedback Wed 2026-11-18 09:00 (quality 3/4): <script>"), std::string::npos);
  // A reflection of several lines keeps its lines, indented under the entry.
  EXPECT_NE(text.find("Reflection: line one\n        <script>"), std::string::npos);
}

TEST(ReviewMarkdown, RecordTextIsEscaped) {
  const auto md = render(hwk::render_review_md);
  EXPECT_EQ(md.find('\x1b'), std::string::npos);
  for (std::size_t p = 0; (p = md.find('<', p)) != std::string::npos; ++p) EXPECT_EQ(md[p - 1], '\\') << md.substr(p - 10, 20);
  EXPECT_NE(md.find("\\<script>alert(1)\\</script> \\\\x1b\\[31mred\\\\x1b\\[0m \\*bold\\* \\| \\& \"q\""), std::string::npos);
  EXPECT_NE(md.find("# Review of c-1 (Alex \\<b>)"), std::string::npos);
}

TEST(ReviewHtml, RecordTextIsEscapedEverywhere) {
  const auto html = render(hwk::render_review_html);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find('\x1b'), std::string::npos);
  EXPECT_EQ(html.find("<b>)"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; \\x1b[31mred\\x1b[0m *bold* | &amp; &quot;q&quot;"), std::string::npos);
}

TEST(ReviewHtml, IsSelfContained) {
  const auto html = render(hwk::render_review_html);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u);
  EXPECT_NE(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                      "img-src data:; base-uri 'none'; form-action 'none'\">"),
            std::string::npos);
  // Nothing that loads: no src or href attributes, no url(), no @import; the only URL is the SVG
  // namespace name, which is never fetched.
  for (const char* loader : {" src=", " href=", "url(", "@import", "<link", "<iframe", "<object", "<embed", "<img"}) {
    EXPECT_EQ(html.find(loader), std::string::npos) << loader;
  }
  std::string rest = html;
  for (std::size_t p; (p = rest.find("http://www.w3.org/2000/svg")) != std::string::npos;) rest.erase(p, 26);
  EXPECT_EQ(rest.find("://"), std::string::npos);
  EXPECT_NE(html.find("@page"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\""), std::string::npos);
}

TEST(ReviewSvg, BarsAndLinesSkipWeeksWithoutValues) {
  const auto bars = hwk::svg_bar_chart({0.5, std::nullopt, 1.0}, {"11-02", "11-09", "11-16"}, 0, 1, "Weekly <adherence>", true);
  EXPECT_EQ(std::count(bars.begin(), bars.end(), '<') - std::count(bars.begin(), bars.end(), '>'), 0);
  std::size_t rects = 0;
  for (std::size_t p = 0; (p = bars.find("<rect", p)) != std::string::npos; ++p) ++rects;
  EXPECT_EQ(rects, 2u);
  EXPECT_NE(bars.find("<title>Weekly &lt;adherence&gt;</title>"), std::string::npos);
  EXPECT_NE(bars.find("<title>11-16: 100%</title>"), std::string::npos);
  const auto lines = hwk::svg_line_chart({4, 5, std::nullopt, 7}, {"a", "b", "c", "d"}, 0, 10, "mood");
  std::size_t polylines = 0;
  for (std::size_t p = 0; (p = lines.find("<polyline", p)) != std::string::npos; ++p) ++polylines;
  EXPECT_EQ(polylines, 2u);  // 4–5, then 7 alone after the gap
}
