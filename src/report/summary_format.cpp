// Formatting the summary renderers share (rounding, percentages, sparklines, the main rating), and
// the writer that puts the clients' parts together in each format.
#include <algorithm>
#include <cmath>
#include <ostream>

#include "report/summary.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {

namespace summary_format {

std::string rounded(double x, int places) {
  const double scale = std::pow(10.0, places);
  double r = std::round(x * scale) / scale;
  if (r == 0) r = 0;  // no "-0"
  return format_number(r);
}

std::string percent(const std::optional<double>& x) { return x ? rounded(*x * 100, 0) + "%" : "-"; }

std::string sparkline(const std::vector<std::optional<double>>& values, double lo, double hi) {
  static const char* const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  std::string out;
  for (const auto& v : values) {
    if (!v) {
      out += "·";
      continue;
    }
    const double t = hi > lo ? std::clamp((*v - lo) / (hi - lo), 0.0, 1.0) : 1.0;
    out += bars[static_cast<int>(std::lround(t * 7))];
  }
  return out;
}

std::string period_word(const Adherence& a) {
  if (!a.open) return "";
  if (a.quota) {
    switch (*a.quota) {
      case Schedule::Period::day:
        return "today";
      case Schedule::Period::week:
        return "this week";
      case Schedule::Period::month:
        return "this month";
    }
  }
  return a.open->days_left <= 1 ? "today" : "by " + date::format("%a ", a.open->last_day) + format_date(date::year_month_day{a.open->last_day});
}

std::string open_cell(const Adherence& a) {
  if (!a.open) return "-";
  return std::to_string(a.open->recorded()) + "/" + std::to_string(a.open->expected) + " " + period_word(a);
}

std::string open_phrase(const Adherence& a) {
  if (!a.open) return "";
  const OpenPractice& o = *a.open;
  std::string out = period_word(a) + ", " + std::to_string(o.recorded()) + " of " + std::to_string(o.expected) + " so far";
  std::vector<std::string> not_done;
  if (o.partial) not_done.push_back(std::to_string(o.partial) + " partial");
  if (o.skipped) not_done.push_back(std::to_string(o.skipped) + " skipped");
  if (!not_done.empty()) out += " (" + join(not_done, ", ") + ")";
  if (o.days_left == 1 && period_word(a) != "today") out += ", last day";
  else if (o.days_left > 1) out += ", " + std::to_string(o.days_left) + " days left";
  return out;
}

std::string clinician_rating(const Adherence& a) {
  if (!a.rating) return "-";
  return rounded(*a.rating, 1) + "/" + std::to_string(max_feedback_quality) + " (" + std::to_string(a.rating_count) + ")";
}

std::string in_moment(const Adherence& a) {
  const int practised = a.in_moment + a.recalled;
  return practised ? std::to_string(a.in_moment) + "/" + std::to_string(practised) : "-";
}

const FieldTrend* main_rating(const Adherence& a) {
  for (const auto& f : a.fields) {
    if (f.type == FieldType::scale) return &f;
  }
  return a.fields.empty() ? nullptr : &a.fields.front();
}

std::string markdown(const std::string& text) {
  std::string out;
  for (const char ch : terminal_safe(text, Newlines::keep)) {
    if (ch == '\n' || ch == '\r') out += ' ';
    else if (ch == '|' || ch == '\\' || ch == '*' || ch == '_' || ch == '`' || ch == '<' || ch == '[' || ch == ']' || ch == '&')
      out += std::string("\\") + ch;
    else out += ch;
  }
  return out;
}

std::pair<double, double> trend_range(const FieldTrend& f) {
  if (f.min && f.max) return {*f.min, *f.max};
  double lo = 0, hi = 0;
  bool any = false;
  for (const auto& w : f.weekly) {
    if (!w) continue;
    lo = any ? std::min(lo, *w) : *w;
    hi = any ? std::max(hi, *w) : *w;
    any = true;
  }
  return {lo, hi};
}

}  // namespace summary_format

SummaryPart summary_part(SummaryFormat format, const ClientSummary& c) {
  switch (format) {
    case SummaryFormat::text:
      return {{}, summary_text_rows(c)};
    case SummaryFormat::json:
      return {summary_json_client(c), {}};
    case SummaryFormat::csv:
      return {summary_csv_client(c), {}};
    case SummaryFormat::md:
      return {summary_md_client(c), {}};
  }
  return {};
}

SummaryWriter::SummaryWriter(std::ostream& out, SummaryFormat format, const SummaryPeriod& period, std::size_t width)
    : out_(out), format_(format), width_(width) {
  if (format_ == SummaryFormat::json) out_ << summary_json_begin(period);
  else if (format_ == SummaryFormat::csv) out_ << summary_csv_header();
  else if (format_ == SummaryFormat::md) out_ << summary_md_begin(period);
}

void SummaryWriter::add(SummaryPart part) {
  if (format_ == SummaryFormat::text) {
    rows_.insert(rows_.end(), std::make_move_iterator(part.rows.begin()), std::make_move_iterator(part.rows.end()));
    return;
  }
  if (format_ == SummaryFormat::json && !first_) out_ << ',';
  out_ << part.text;
  first_ = false;
}

void SummaryWriter::finish() {
  if (format_ == SummaryFormat::json) out_ << "]}\n";
  else if (format_ == SummaryFormat::text) write_summary_table(out_, std::move(rows_), width_);
}

}  // namespace hwk
