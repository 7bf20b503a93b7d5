// Giving a new record its id and appending it to this clone's log file of its month.
#pragma once
#include <filesystem>

#include "io/practice.hpp"
#include "model/plan.hpp"
#include "model/record.hpp"

namespace hwk {

/// Refuses (throws Error, exit status 1) a record that its readers would not read back: a text
/// that breaks the rule of one text value (model/text_value.hpp), or anything else the log reader
/// refuses in the record as it would be written. The same reader that reads log files decides, so
/// a writer accepts only what every reader accepts. append_record checks this first; a command
/// checks it before it appends too, so that a refused record is not taken for a failed write
/// (which keeps a draft of it).
void check_record_writable(const Record& r, Zone zone);

/// A new record id: the time `now` in milliseconds and 80 random bits (model/record_id.hpp).
std::string new_record_id(Instant now);

/// Gives `r` a new id (unless it has one: a kept draft keeps its id, so that recording it twice is
/// recognised) and appends the record, atomically and under lock, to
/// <client>/log/<YYYY-MM of r.at in the client's zone>.<writer>.toml. Returns that file.
std::filesystem::path append_record(const Practice& practice, const ClientDir& client, const Plan& plan, Record& r, Instant now);

}  // namespace hwk
