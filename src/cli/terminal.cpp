// Output helpers.
#include "cli/terminal.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>

#include "diag/diag.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {

OutputBuffer::OutputBuffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }

OutputBuffer::int_type OutputBuffer::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int OutputBuffer::sync() { return drain() ? 0 : -1; }

bool OutputBuffer::drain() {
  for (const char* p = pbase(); p < pptr() && !error_;) {
    const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
    if (n >= 0) p += n;
    else if (errno != EINTR) error_ = errno;
  }
  setp(buffer_, buffer_ + sizeof buffer_);
  return !error_;
}

void flush_output(std::ostream& out) {
  out.flush();
  const auto* buffer = dynamic_cast<const OutputBuffer*>(out.rdbuf());
  const int err = buffer ? buffer->error() : 0;
  if (out && !err) return;
  std::string reason = err ? std::strerror(err) : "";
  if (!reason.empty() && reason[0] >= 'A' && reason[0] <= 'Z') reason[0] = static_cast<char>(reason[0] - 'A' + 'a');
  throw Error("cannot write to standard output" + (reason.empty() ? std::string() : ": " + reason));
}

std::string paint(std::string_view text, Style style, bool color) {
  if (!color) return std::string(text);
  const char* code = "";
  switch (style) {
    case Style::bold: code = "\033[1m"; break;
    case Style::dim: code = "\033[2m"; break;
    case Style::red: code = "\033[31m"; break;
    case Style::green: code = "\033[32m"; break;
    case Style::yellow: code = "\033[33m"; break;
    case Style::cyan: code = "\033[36m"; break;
  }
  return code + std::string(text) + "\033[0m";
}

std::size_t display_width(std::string_view text) { return utf8_length(text); }

void print_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows, bool color) {
  std::vector<std::vector<std::string>> safe;
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < row.size(); ++i) {
      cells.push_back(terminal_safe(row[i]));
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], display_width(cells.back()));
    }
    safe.push_back(std::move(cells));
  }
  for (std::size_t r = 0; r < safe.size(); ++r) {
    std::string line;
    for (std::size_t i = 0; i < safe[r].size(); ++i) {
      std::string cell = safe[r][i];
      const bool last = i + 1 == safe[r].size();
      if (!last) cell += std::string(widths[i] - display_width(cell) + 2, ' ');
      line += r == 0 ? paint(cell, Style::bold, color) : cell;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}


}  // namespace hwk
