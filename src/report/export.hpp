// A client's data for other tools: the plan's assignments and every record, as JSON or CSV.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/record.hpp"

namespace hwk {

/// The records to export: all of them as read, amended ones too, each id once (the first copy).
std::vector<Record> unique_records(const std::vector<Record>& records);

/// `{"version":1,"client":{…},"assignments":[…],"records":[…]}`; times are RFC 3339 with the
/// client's offset; besides the documented keys, records carry their graded "step" and a session's
/// "note" (null when absent). `template_versions` maps assignment ids to the template version in use (for
/// assignments whose plan does not pin one). Ends with a newline.
std::string render_export_json(const Plan& plan, const std::map<std::string, int>& template_versions, const std::vector<Record>& records);

/// RFC 4180 CSV (CRLF line ends): a header row of the record columns, then one column per field
/// name seen in the records (sorted); one row per record. Lists are joined with "; ". A text cell
/// that begins with = + - @, a tab or a carriage return begins with ' instead, so that no
/// spreadsheet runs it as a formula.
std::string render_export_csv(const std::vector<Record>& records, Zone zone);

}  // namespace hwk
