// Giving a new record its id and appending it to this clone's log file of its month.
#pragma once
#include <filesystem>

#include "io/practice.hpp"
#include "model/plan.hpp"
#include "model/record.hpp"

namespace hwk {

/// Gives `r` a new id (unless it has one: a kept draft keeps its id, so that recording it twice is
/// recognised) and appends the record, atomically and under lock, to
/// <client>/log/<YYYY-MM of r.at in the client's zone>.<writer>.toml. Returns that file.
std::filesystem::path append_record(const Practice& practice, const ClientDir& client, const Plan& plan, Record& r,
                                    Instant now);

}  // namespace hwk
