// ULID-style record ids and writer ids.
#include "model/record_id.hpp"

#include <array>

namespace hwk {
namespace {
constexpr char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr char lower32[] = "0123456789abcdefghjkmnpqrstvwxyz";

bool in_alphabet(char c, const char* alphabet) {
  for (const char* p = alphabet; *p; ++p) {
    if (*p == c) return true;
  }
  return false;
}
}  // namespace

std::string make_record_id(std::uint64_t unix_ms, const RecordIdRandom& random) {
  std::string out(26, '0');
  for (int i = 9; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = crockford[unix_ms & 31];
    unix_ms >>= 5;
  }
  // 80 random bits → 16 characters of 5 bits, most significant first.
  for (std::size_t i = 0; i < 16; ++i) {
    const std::size_t bit = i * 5;
    unsigned value = 0;
    for (std::size_t k = 0; k < 5; ++k) {
      const std::size_t b = bit + k;
      value = (value << 1) | ((random[b / 8] >> (7 - b % 8)) & 1u);
    }
    out[10 + i] = crockford[value];
  }
  return out;
}

bool is_record_id(std::string_view id) {
  // A table: the cache checks every record id it decodes, and a report decodes many.
  static const auto table = [] {
    std::array<bool, 256> t{};
    for (const char* p = crockford; *p; ++p) t[static_cast<unsigned char>(*p)] = true;
    return t;
  }();
  if (id.size() != 26 || id[0] > '7') return false;
  for (char c : id) {
    if (!table[static_cast<unsigned char>(c)]) return false;
  }
  return true;
}

std::string make_writer_id(const std::array<std::uint8_t, 5>& random) {
  std::uint64_t bits = 0;
  for (auto b : random) bits = (bits << 8) | b;
  std::string out(8, '0');
  for (int i = 7; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = lower32[bits & 31];
    bits >>= 5;
  }
  return out;
}

bool is_writer_id(std::string_view id) {
  if (id.size() != 8) return false;
  for (char c : id) {
    if (!in_alphabet(c, lower32)) return false;
  }
  return true;
}

}  // namespace hwk
