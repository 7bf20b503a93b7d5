// Record ids (ULID: 48-bit millisecond time + 80 random bits, Crockford base32) and writer ids.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace hwk {

using RecordIdRandom = std::array<std::uint8_t, 10>;

/// A 26-character id that sorts by `unix_ms` and is unique through its random part.
std::string make_record_id(std::uint64_t unix_ms, const RecordIdRandom& random);
bool is_record_id(std::string_view id);

/// An 8-character lowercase base32 writer id (40 random bits) naming one clone's log files.
std::string make_writer_id(const std::array<std::uint8_t, 5>& random);
bool is_writer_id(std::string_view id);

}  // namespace hwk
