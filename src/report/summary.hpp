// The summary report: adherence per client and assignment over one period, and its renderers
// (text, JSON, CSV, Markdown), one per file.
#pragma once
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "report/adherence.hpp"

namespace hwk {

struct ClientSummary {
  std::string client;
  std::string name;
  Zone zone = nullptr;
  std::vector<Adherence> assignments;  ///< in the plan's order
};

struct SummaryReport {
  std::optional<Instant> from;  ///< nothing when each client's period starts at their last session
  Instant to{};
  Zone zone = nullptr;          ///< the zone `from` and `to` are shown in
  std::vector<ClientSummary> clients;
};

/// An aligned table, one row per client and assignment, with sparklines; text from files is made
/// terminal-safe.
void render_summary_text(std::ostream& out, const SummaryReport& r);
/// The JSON object documented in hwk-summary(1), on one line.
void render_summary_json(std::ostream& out, const SummaryReport& r);
/// RFC 4180 CSV with a header row, CRLF line ends.
void render_summary_csv(std::ostream& out, const SummaryReport& r);
/// A Markdown table.
void render_summary_md(std::ostream& out, const SummaryReport& r);

/// Helpers the renderers share.
namespace summary_format {
/// `x` rounded to `places` decimals, in its shortest form ("0.625", "6").
std::string rounded(double x, int places);
/// "62%" or "-".
std::string percent(const std::optional<double>& x);
/// ▁▂▃▄▅▆▇█ for values in [lo, hi]; a middle dot for a week without a value.
std::string sparkline(const std::vector<std::optional<double>>& values, double lo, double hi);
/// The clinician's mean rating and count, "3.5/4 (2)", or "-".
std::string clinician_rating(const Adherence& a);
/// Records made in the moment of those practised, "3/4", or "-".
std::string in_moment(const Adherence& a);
/// The first scale field (the main rating), else the first numeric field, or null.
const FieldTrend* main_rating(const Adherence& a);
/// Text from a file for Markdown: made terminal-safe, markup characters escaped, line breaks as
/// spaces (a table cell or one line).
std::string markdown(const std::string& text);
/// The range a field's chart spans: the field's own range, else that of its weekly values.
std::pair<double, double> trend_range(const FieldTrend& f);
}  // namespace summary_format

}  // namespace hwk
