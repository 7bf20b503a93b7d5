// Standard output: its width on a terminal, and a buffer that tells when output was lost.
#pragma once
#include <iosfwd>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "util/json.hpp"
#include "util/style.hpp"

namespace hwk {

/// The width of the terminal on `fd` in columns: $COLUMNS when it is a positive number, else what
/// the terminal says, else 80; 0 when `fd` is not a terminal (output to a pipe or a file is never
/// wrapped).
std::size_t terminal_width(int fd);

/// Standard output as hwk writes it: a buffer written out with write(2) that keeps the first
/// error (a full disk, a closed pipe, an I/O error), so that flush_output can say what was lost
/// and why. What cannot be written is dropped, and every later write fails.
class OutputBuffer : public std::streambuf {
 public:
  explicit OutputBuffer(int fd);
  /// errno of the first failed write; 0 while none failed.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  bool drain();
  int fd_;
  int error_ = 0;
  char buffer_[65536];
};

/// Flushes `out` and throws an Error (exit status 1) when anything written to it was lost: a
/// full disk, a closed pipe, an I/O error. Output that did not arrive is a failure, not a success,
/// so a script or cron sees a non-zero status.
void flush_output(std::ostream& out);

}  // namespace hwk
