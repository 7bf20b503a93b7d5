// Fuzz target: any bytes as the derived cache → its decoders (io/cache_codec.hpp). The first byte
// says what the rest is: 0 a whole cache file (its index, then each entry of it), 1 the records
// of a log file, 2 a plan with its templates' fields, 3 the names in log/. What decodes must be
// safe to compute with: a plan's schedules are expanded over two months and its records matched,
// as due and summary do, so a value that would divide by zero or loop without end is a finding.
//
// Seeds are encodings of real clients, made by this binary: with HWK_FUZZ_CACHE_SEEDS=DIR it
// writes them to DIR for each client folder named in its arguments, and exits.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string_view>

#include "io/cache_codec.hpp"
#include "io/files.hpp"
#include "io/log_format.hpp"
#include "io/log_reader.hpp"
#include "model/template.hpp"
#include "schedule/occurrences.hpp"
#include "schedule/schedule.hpp"

namespace {

const hwk::ClientDir client{"c-0042", "clients/c-0042"};

void use_plan(const hwk::ClientData& data, const std::vector<hwk::Record>& records) {
  for (const auto& a : data.plan.assignments) {
    const hwk::LocalDay first = a.start ? hwk::LocalDay{*a.start} : hwk::LocalDay{date::year{2026} / 11 / 1};
    const hwk::LocalDay last = first + date::days{60};
    auto occurrences = hwk::occurrences_between(a, first, last, data.plan.zone, data.plan.sessions);
    auto periods = hwk::quota_periods(a, first, last, data.plan.zone, 1);
    const auto done = hwk::effective_records(records, a.id);
    hwk::answer_occurrences(occurrences, done);
    hwk::answer_quotas(periods, done);
    hwk::describe_schedule(a.schedule);
  }
  for (const auto& [assignment, t] : data.templates) {
    for (const auto& f : t.fields) hwk::describe_field_input(f);
  }
}

void write_seed(const std::string& dir, const std::string& name, char kind, std::string_view bytes) {
  std::ofstream(dir + "/" + name, std::ios::binary) << kind << bytes;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  const char* out = std::getenv("HWK_FUZZ_CACHE_SEEDS");
  if (!out) return 0;
  for (int i = 1; i < *argc; ++i) {
    const std::filesystem::path dir = (*argv)[i];
    const hwk::ClientDir c{dir.filename().string(), dir};
    const std::string prefix = dir.parent_path().parent_path().filename().string() + "-" + c.id;
    std::vector<hwk::Diagnostic> diags;
    const auto data = hwk::read_client_data(c, diags);
    std::vector<std::string> names;
    std::map<std::string, std::string> payloads;
    for (const auto& f : hwk::client_log_files(c)) {
      names.push_back(f.filename().string());
      auto records = hwk::parse_log(hwk::read_file(f, hwk::limits::max_log_file_bytes), f, diags);
      payloads["log/" + names.back()] = hwk::encode_records(records);
      write_seed(out, prefix + "-" + names.back(), 1, payloads["log/" + names.back()]);
    }
    write_seed(out, prefix + "-names", 3, hwk::encode_names(names));
    payloads["log"] = hwk::encode_names(names);
    if (data.plan.zone) {
      write_seed(out, prefix + "-plan", 2, hwk::encode_plan(data));
      payloads["plan"] = hwk::encode_plan(data);
    }
    std::map<std::string, hwk::CacheEntry> entries;
    std::vector<std::pair<const std::string*, const hwk::CacheEntry*>> index;
    std::vector<std::pair<const std::string*, std::string_view>> bytes;
    for (const auto& [key, payload] : payloads) {
      auto& e = entries[key];
      e.sources = {{key, {}, 0}};
      e.verified_ns = 1;
      index.emplace_back(&key, &e);
      bytes.emplace_back(&key, payload);
    }
    write_seed(out, prefix + "-file", 0, hwk::encode_cache_file("c-0042", index, bytes));
  }
  std::exit(0);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 4) {
      case 0: {
        const auto index = hwk::parse_cache_index(bytes, client.id, bytes.size());
        if (const auto* parsed = std::get_if<hwk::CacheIndex>(&index)) {
          for (const auto& [key, at] : parsed->entries) {
            const auto e = hwk::decode_cache_entry(bytes, at, bytes.size());
            if (parsed->payloads_at + e.offset + e.size > bytes.size()) std::abort();  // the index promised it
            const auto payload = bytes.substr(parsed->payloads_at + e.offset, e.size);
            if (key == "plan") use_plan(hwk::decode_plan(payload, client, true), {});
            else if (key == "log") hwk::decode_names(payload);
            else {
              std::vector<hwk::Record> records;
              hwk::decode_records(payload, records);
            }
          }
        }
        break;
      }
      case 1: {
        std::vector<hwk::Record> records;
        hwk::decode_records(bytes, records);
        for (const auto& r : records) hwk::format_record(r, hwk::utc_zone());
        break;
      }
      case 2:
        use_plan(hwk::decode_plan(bytes, client, true), {});
        break;
      case 3:
        hwk::decode_names(bytes);
        break;
    }
  } catch (const hwk::CacheDamaged&) {
  }
  return 0;
}
