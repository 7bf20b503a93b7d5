// Output helpers.
#include "cli/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ostream>

#include "diag/diag.hpp"
#include "util/strings.hpp"
#include "util/table.hpp"
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

std::size_t terminal_width(int fd) {
  if (!::isatty(fd)) return 0;
  if (const char* columns = std::getenv("COLUMNS")) {
    if (const auto n = parse_integer(columns); n && *n > 0 && *n < 10000) return static_cast<std::size_t>(*n);
  }
  winsize size{};
  if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

}  // namespace hwk
