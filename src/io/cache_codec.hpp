// The bytes of the derived cache (io/record_cache.hpp): a compact binary encoding of records, of
// plans with the titles and fields of their template copies, and of the index that begins each
// cache file; and the checksum that finds damage. Pure: no file is touched here.
//
// A cache file is per machine and under the user's own .hwk/, but it is still input: a damaged or
// crafted one must never crash or hang hwk. So every value decoded is checked as the readers of the
// files check it (an id is an id, a date is a real date in the range they accept, a schedule is
// read again from its words, a scale's step is positive, …), and anything else is Damaged: the
// entry is read again from the files.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "io/client_data.hpp"
#include "io/file_stamp.hpp"
#include "model/record.hpp"

namespace hwk {

/// Thrown by the decoders when bytes are not what the encoders write.
struct CacheDamaged {};

/// A file an entry was built from: its name relative to the client's directory, its stamp, and
/// (for a file whose bytes were at hand) the checksum of those bytes, 0 when not known.
struct CacheSource {
  std::string name;
  FileStamp stamp;
  std::uint64_t content = 0;
};

/// One result kept in the cache: the files it was built from, when they were last known to be as
/// their stamps say, the ids its records amend (a log file's entry), and the result, encoded:
/// either made in this run (`bytes`), or in the cache file at `offset` (read and checked against
/// `sum` when it is first used).
struct CacheEntry {
  std::vector<CacheSource> sources;
  /// The file system's clock just before the sources were stat-ed (and read) for this entry. A
  /// change to a file after that sets its change time to this or later, less one tick of the file
  /// system's clock; see stamp_settled in io/file_stamp.hpp.
  std::int64_t verified_ns = 0;
  std::vector<std::string> amends;
  std::string bytes;
  bool in_file = false, loaded = false, checked = false;
  std::uint64_t offset = 0, size = 0, sum = 0;
};

/// The version of the encoding; a cache file of another version (or made by another build, whose
/// structs differ) is rebuilt.
std::uint32_t cache_format_version();
std::uint32_t cache_layout();

/// A checksum that finds damage (not tampering).
std::uint64_t cache_checksum(std::string_view data);

/// The index at the head of a cache file: each entry's key and where the rest of it is in `head`.
struct CacheIndex {
  std::vector<std::pair<std::string_view, std::size_t>> entries;  ///< in key order
  std::uint64_t payloads_at = 0;                                  ///< where the payloads begin in the file
};

/// Parses the index at the start of a cache file of `file_size` bytes, of which `head` is the
/// beginning. Returns the index, or the number of bytes needed when `head` does not hold all of
/// it; throws CacheDamaged when it is not an index of this format for `client`.
std::variant<CacheIndex, std::uint64_t> parse_cache_index(std::string_view head, std::string_view client, std::uint64_t file_size);

/// The entry of the index whose rest begins at `at` in `head` (see CacheIndex): its sources, when
/// they were verified, the ids it amends and where its payload is. Throws CacheDamaged.
CacheEntry decode_cache_entry(std::string_view head, std::size_t at, std::uint64_t file_size);

/// What a caller that needs only a log file's amendments reads of the entry at `at` in `head`,
/// without decoding the rest into a CacheEntry: its first source (the names point into `head`),
/// how many it has, when they were verified, and the ids its records amend. Throws CacheDamaged.
struct CacheEntryAmends {
  std::size_t sources = 0;
  std::string_view name;
  FileStamp stamp;
  std::int64_t verified_ns = 0;
  std::vector<std::string> amends;
};
CacheEntryAmends peek_cache_entry_amends(std::string_view head, std::size_t at);

/// A whole cache file: the index of `entries` (by key) followed by `payloads` in the order given.
std::string encode_cache_file(std::string_view client, const std::vector<std::pair<const std::string*, const CacheEntry*>>& entries,
                              const std::vector<std::pair<const std::string*, std::string_view>>& payloads);

/// Records (every member but Record::value_locs and the file of Record::loc).
std::string encode_records(const std::vector<Record>& records);
/// Appends the decoded records to `into`; throws CacheDamaged (and leaves `into` as it was).
void decode_records(std::string_view bytes, std::vector<Record>& into);
/// The number of records an encoding holds, from its first bytes (0 when it cannot say).
std::size_t encoded_record_count(std::string_view bytes);

/// A plan with the titles and fields of the template copies its assignments use.
std::string encode_plan(const ClientData& data);
/// The plan of `dir` back; the templates' fields only `with_fields` (else their ids, versions and
/// titles). Throws CacheDamaged.
ClientData decode_plan(std::string_view bytes, const ClientDir& dir, bool with_fields, bool risk_fields = false);

/// A list of names (the files of log/).
std::string encode_names(const std::vector<std::string>& names);
std::vector<std::string> decode_names(std::string_view bytes);

}  // namespace hwk
