// hwk review --format html: one self-contained page. It holds clinical text, so it makes no
// request of any kind: inline CSS and SVG only, no scripts, and a Content-Security-Policy that
// forbids everything else. Text from files is escaped; print styles fit A4 and Letter.
#include <ostream>

#include "report/review.hpp"
#include "report/summary.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

using namespace review_format;

constexpr const char* csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

// The page's only style. Content fits the narrower of A4 (210 mm) and Letter (216 mm) within the
// margins, so the same page prints on either.
constexpr const char* style = R"(
:root { color-scheme: light; --ink: #1d2329; --muted: #5b6670; --line: #d5dbe0; --accent: #2f6f8f; --soft: #eef4f7; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink);
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .25rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.1rem 0 .4rem; color: var(--accent); }
.period, .meta, .id { color: var(--muted); }
.id { font-weight: normal; font-size: .9em; }
dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: .6rem 0; }
dl.figures dt { font-weight: 600; }
dl.figures dd { margin: 0; }
.charts { display: flex; flex-wrap: wrap; gap: .5rem 1rem; }
.charts figure { margin: 0; width: 19rem; max-width: 100%; }
.charts figcaption { font-size: .85em; }
.charts svg { width: 100%; height: auto; display: block; }
.grid { stroke: var(--line); stroke-width: .6; }
.y-label { font-size: 7px; fill: var(--muted); text-anchor: end; dominant-baseline: middle; }
.x-label { font-size: 7px; fill: var(--muted); text-anchor: middle; }
.bar { fill: var(--accent); }
.line { fill: none; stroke: var(--accent); stroke-width: 1.6; }
.dot { fill: var(--accent); }
ol.entries { list-style: none; padding: 0; margin: 0; }
ol.entries > li { border-left: 3px solid var(--line); padding: .2rem 0 .4rem .7rem; margin: 0 0 .6rem; }
ol.entries > li.done { border-left-color: #3c8d5a; }
ol.entries > li.partial { border-left-color: #c28a1e; }
ol.entries > li.skipped { border-left-color: #b04a3c; }
.when { font-weight: 600; }
.status { font-weight: normal; color: var(--muted); }
.rid { font: .75em ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); float: right; }
.values { margin: .2rem 0; }
.values span { display: inline-block; margin-right: .9rem; }
.text { white-space: pre-line; }
blockquote { margin: .3rem 0; padding: .1rem .7rem; border-left: 3px solid var(--line); font-style: italic; }
.feedback { background: var(--soft); border-radius: 4px; padding: .35rem .6rem; margin: .35rem 0; }
.feedback .who { font-weight: 600; }
ul.suggestions li { margin-bottom: .3rem; }
section.risk { border: 2px solid #b04a3c; border-radius: 4px; padding: .2rem .9rem .6rem; margin: 1rem 0; }
section.risk h2 { border-bottom-color: #b04a3c; margin-top: .6rem; }
section.risk .open { font-weight: 600; color: #b04a3c; }
section.safety-plan dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; }
section.safety-plan dd { margin: 0; }
footer { margin-top: 2.5rem; font-size: .85em; color: var(--muted); border-top: 1px solid var(--line); padding-top: .5rem; }
@page { size: auto; margin: 16mm 15mm; }
@media print {
  body { font-size: 10.5pt; max-width: none; margin: 0; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  .charts, ol.entries > li, .feedback, dl.figures { break-inside: avoid; page-break-inside: avoid; }
  .charts figure { width: 84mm; }
  section.assignment + section.assignment { break-before: auto; }
}
)";

// Text from a file, made safe for a terminal (so control characters show) and then for HTML.
std::string h(const std::string& text) { return html_escape(terminal_safe(text, Newlines::keep)); }

void feedback_html(std::ostream& out, const ReviewFeedback& f, Zone zone) {
  out << "<div class=\"feedback\"><span class=\"who\">Feedback</span> <span class=\"meta\">" << day_time(f.at, zone);
  if (f.quality) out << ", quality " << quality(*f.quality);
  out << "</span><div class=\"text\">" << h(f.text) << "</div></div>\n";
}

void entry_html(std::ostream& out, const ReviewEntry& e, Zone zone) {
  out << "<li class=\"" << status_name(e.status) << "\"><div class=\"when\">" << day_time(e.at, zone) << " <span class=\"status\">" << entry_status(e)
      << "</span> <span class=\"rid\">" << h(e.id) << "</span></div>\n";
  std::string numbers;
  for (const auto& v : e.values) {
    if (v.numeric) numbers += "<span>" + h(v.label) + ": <b>" + h(v.text) + "</b></span>";
  }
  if (!numbers.empty()) out << "<div class=\"values\">" << numbers << "</div>\n";
  for (const auto& v : e.values) {
    if (!v.numeric) out << "<div class=\"text\"><b>" << h(v.label) << ":</b> " << h(v.text) << "</div>\n";
  }
  if (!e.reason.empty()) out << "<div class=\"text\"><b>What got in the way:</b> " << h(e.reason) << "</div>\n";
  if (!e.reflection.empty()) out << "<blockquote class=\"text\">" << h(e.reflection) << "</blockquote>\n";
  for (const auto& f : e.feedback) feedback_html(out, f, zone);
  out << "</li>\n";
}

void charts_html(std::ostream& out, const AssignmentReview& a) {
  const auto rows = trend_rows(a);
  if (rows.empty() || a.trend.weeks.empty()) return;
  std::vector<std::string> labels;
  for (const LocalDay w : a.trend.weeks) labels.push_back(date::format("%m-%d", w));
  out << "<div class=\"charts\">\n";
  for (const auto& row : rows) {
    const std::string title = terminal_safe(row.percent ? "Weekly adherence" : row.name + ", weekly mean");
    out << "<figure><figcaption><b>" << html_escape(title) << "</b> <span class=\"meta\">" << html_escape(row.figure)
        << " in the period</span></figcaption>\n"
        << (row.percent ? svg_bar_chart(row.weekly, labels, row.lo, row.hi, title, true) : svg_line_chart(row.weekly, labels, row.lo, row.hi, title))
        << "</figure>\n";
  }
  out << "</div>\n";
}

void assignment_html(std::ostream& out, const AssignmentReview& a, Zone zone, bool from_session) {
  const Adherence& ad = a.adherence;
  out << "<section class=\"assignment\">\n<h2>" << h(ad.title) << " <span class=\"id\">(" << h(ad.assignment) << ")</span></h2>\n";
  out << "<dl class=\"figures\">\n";
  std::vector<std::string> times;
  for (const auto t : a.times) times.push_back(format_clock_time(t));
  if (!a.schedule.empty()) out << "<dt>Schedule</dt><dd>" << h(a.schedule) << (times.empty() ? "" : " at " + join(times, ", ")) << "</dd>\n";
  if (!a.goal.empty()) out << "<dt>Goal</dt><dd>" << h(a.goal) << "</dd>\n";
  if (a.step) out << "<dt>Step</dt><dd>" << h(step_line(*a.step, zone)) << "</dd>\n";
  for (const auto& t : a.triggers) out << "<dt>Follow-up</dt><dd>" << h(trigger_line(t)) << "</dd>\n";
  for (const auto& [label, text] : figure_lines(ad, zone, from_session)) out << "<dt>" << label << "</dt><dd>" << h(text) << "</dd>\n";
  out << "</dl>\n";
  charts_html(out, a);
  out << "<h3>Practice</h3>\n";
  if (a.entries.empty()) out << "<p>Nothing recorded.</p>\n";
  else {
    out << "<ol class=\"entries\">\n";
    for (const auto& e : a.entries) entry_html(out, e, zone);
    out << "</ol>\n";
  }
  if (!a.reasons.empty()) {
    out << "<h3>What got in the way</h3>\n<ul>\n";
    for (const auto& g : a.reasons) out << "<li>“" << h(g.reason) << "” <span class=\"meta\">(" << reason_times(g, zone) << ")</span></li>\n";
    out << "</ul>\n";
  }
  if (!a.weeks.empty()) {
    out << "<h3>Feedback on weeks</h3>\n";
    for (const auto& w : a.weeks) {
      out << "<p class=\"when\">Week of " << day(w.week) << "</p>\n";
      for (const auto& f : w.feedback) feedback_html(out, f, zone);
    }
  }
  if (!a.suggestions.empty()) {
    out << "<h3>Suggestions</h3>\n<ul class=\"suggestions\">\n";
    for (const auto& s : a.suggestions) out << "<li data-kind=\"" << h(s.kind) << "\">" << h(s.text) << "</li>\n";
    out << "</ul>\n";
  }
  out << "</section>\n";
}

// Before everything else: the risk flags, then the client's safety plan.
void risk_html(std::ostream& out, const ReviewReport& r) {
  if (!r.risk.empty()) {
    out << "<section class=\"risk\">\n<h2>" << h(risk_heading(r)) << "</h2>\n<ol class=\"entries\">\n";
    for (const auto& risk : r.risk) {
      out << "<li><span class=\"rid\">" << h(risk.flag.record) << "</span><span class=\"when\">" << day_time(risk.flag.at, r.zone) << "</span> "
          << h(risk.title) << " <span class=\"id\">(" << h(risk.flag.assignment) << ")</span>\n<div class=\"values\">";
      for (const auto& reason : risk.flag.reasons) out << "<span>" << h(risk_reason(reason)) << "</span>";
      out << "</div>\n";
      if (!risk.flag.reflection.empty()) out << "<blockquote class=\"text\">" << h(risk.flag.reflection) << "</blockquote>\n";
      out << "<p class=\"" << (risk.flag.open() ? "open" : "meta") << "\">" << h(risk_status(risk, r.client, r.zone)) << "</p></li>\n";
    }
    out << "</ol>\n</section>\n";
  }
  if (r.safety_plan) {
    out << "<section class=\"safety-plan\">\n<h2>" << h(safety_plan_title(*r.safety_plan, r.zone)) << "</h2>\n<dl>\n";
    for (const auto& [label, text] : r.safety_plan->sections) out << "<dt>" << h(label) << "</dt><dd class=\"text\">" << h(text) << "</dd>\n";
    out << "</dl>\n</section>\n";
  }
}

}  // namespace

void render_review_html(std::ostream& out, const ReviewReport& r) {
  const std::string who = h(r.client) + (r.name.empty() ? "" : " (" + h(r.name) + ")");
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << csp << "\">\n"
      << "<meta name=\"referrer\" content=\"no-referrer\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>Review of " << who << "</title>\n<style>" << style << "</style>\n</head>\n<body>\n"
      << "<header>\n<h1>Review of " << who << "</h1>\n<p class=\"period\">" << h(period(r)) << "</p>\n";
  if (!r.goals.empty()) {
    out << "<p><b>Goals:</b> ";
    for (std::size_t k = 0; k < r.goals.size(); ++k) out << (k ? "; " : "") << h(r.goals[k]);
    out << "</p>\n";
  }
  out << "</header>\n<main>\n";
  risk_html(out, r);
  if (r.assignments.empty()) out << "<p>No assignments.</p>\n";
  for (const auto& a : r.assignments) assignment_html(out, a, r.zone, r.session && *r.session == r.from);
  out << "</main>\n<footer>Made by hwk review. It holds clinical text: keep it where the client's records are kept.</footer>\n"
      << "</body>\n</html>\n";
}

}  // namespace hwk
