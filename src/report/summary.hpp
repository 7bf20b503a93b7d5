// The summary report: adherence per client and assignment over one period, and its renderers
// (text, JSON, CSV, Markdown), one per file.
#pragma once
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "report/adherence.hpp"

namespace hwk {

struct ClientSummary {
  std::string client;
  std::string name;
  Zone zone = nullptr;
  Instant from{};  ///< where this client's period starts (their last session, with --since last-session)
  bool from_session = false;
  std::vector<Adherence> assignments;  ///< in the plan's order
  /// Risk flags still unacknowledged at the period's end, by assignment; only assignments whose
  /// template has risk conditions, or whose records raised a flag, have an entry.
  std::map<std::string, int> risk_open;

  /// The assignment's open flags, or nothing when it has no entry ("-").
  std::optional<int> risk_for(const std::string& assignment) const {
    const auto it = risk_open.find(assignment);
    return it == risk_open.end() ? std::nullopt : std::optional{it->second};
  }
};

/// The period a summary covers, and the zone it is shown in.
struct SummaryPeriod {
  std::optional<Instant> from;  ///< nothing when each client's period starts at their last session
  Instant to{};
  Zone zone = nullptr;
};

enum class SummaryFormat {
  text,  ///< an aligned table, one row per client and assignment, with sparklines (terminal-safe)
  json,  ///< the JSON object documented in hwk-summary(1), on one line
  csv,   ///< RFC 4180 CSV with a header row, CRLF line ends
  md,    ///< Markdown: a section and table per client
};

/// One client's part of the summary in a format. It is made from the client's figures where they
/// were computed, so that a full history's weekly series need not be kept for every client.
struct SummaryPart {
  std::string text;                            ///< json, csv, md: the client's text
  std::vector<std::vector<std::string>> rows;  ///< text: the client's table rows, cell by cell
};

/// The client's part in `format`; a pure function of `c`, safe on any thread.
SummaryPart summary_part(SummaryFormat format, const ClientSummary& c);

/// Writes a summary as its clients' parts come, in order: the beginning at once, each part as it
/// is added (the text table keeps its rows until finish(), for the column widths), the end at
/// finish().
class SummaryWriter {
 public:
  /// `width`: the terminal's, for the text table (util/table.hpp; 0: not a terminal).
  SummaryWriter(std::ostream& out, SummaryFormat format, const SummaryPeriod& period, std::size_t width = 0);
  void add(SummaryPart part);
  void finish();

 private:
  std::ostream& out_;
  SummaryFormat format_;
  std::size_t width_ = 0;
  bool first_ = true;
  std::vector<std::vector<std::string>> rows_;
};

/// Each format's pieces, one file each (summary_FORMAT.cpp).
std::string summary_json_begin(const SummaryPeriod& p);
std::string summary_json_client(const ClientSummary& c);
std::string summary_csv_header();
std::string summary_csv_client(const ClientSummary& c);
std::string summary_md_begin(const SummaryPeriod& p);
std::string summary_md_client(const ClientSummary& c);
std::vector<std::vector<std::string>> summary_text_rows(const ClientSummary& c);
void write_summary_table(std::ostream& out, std::vector<std::vector<std::string>> rows, std::size_t width);

/// Helpers the renderers share.
namespace summary_format {
/// `x` rounded to `places` decimals, in its shortest form ("0.625", "6").
std::string rounded(double x, int places);
/// "62%" or "-".
std::string percent(const std::optional<double>& x);
/// ▁▂▃▄▅▆▇█ for values in [lo, hi]; a middle dot for a week without a value.
std::string sparkline(const std::vector<std::optional<double>>& values, double lo, double hi);
/// What is still open, for a table cell: "1/4 this week", "0/1 today", or "-".
std::string open_cell(const Adherence& a);
/// What is still open, in words: "this week, 1 of 4 so far, 6 days left", or empty.
std::string open_phrase(const Adherence& a);
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
