// Reading one answer of a prompt. On a terminal, with line editing (libedit): arrows, Home/End,
// delete, Up and Down through earlier answers to the same question, a paste taken whole as one
// answer (bracketed paste), and Alt-Enter to go on to another line. Otherwise, lines as they come.
#pragma once
#include <csignal>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diag.hpp"

namespace hwk {

/// The person stopped before the answers were complete: Ctrl-C, Ctrl-D on an empty line, or the
/// end of the input. A command that keeps what was typed so far catches it; elsewhere it is the
/// Error it derives from.
class InputStopped : public Error {
 public:
  explicit InputStopped(bool interrupted);
  bool interrupted() const { return interrupted_; }

 private:
  bool interrupted_;
};

/// What keeps `answer` from being typed text: a control character other than a tab (or a line
/// feed, where several lines are allowed), as the Esc of an arrow key leaves on a terminal that
/// does not edit lines. Empty when it is fine; else names the first one ("Esc", "U+0007").
std::string control_character_problem(std::string_view answer, bool multiline);

/// Turns a paste into typed text: CR LF and CR become LF, tabs become spaces, other control
/// characters are dropped; without `multiline`, line feeds become spaces too.
std::string pasted_text(std::string_view paste, bool multiline);

class LineReader {
 public:
  /// Edits lines when `in` is standard input, standard input and output are terminals and TERM
  /// is not "dumb"; otherwise reads `in` line by line.
  LineReader(std::istream& in, std::ostream& out, bool color);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  /// One answer after the prompt "> ". With `multiline`, Alt-Enter (or a pasted line break)
  /// goes on to another line and the answer holds them all, joined by line feeds. `history` is
  /// the earlier answers to the question, oldest first. Throws InputStopped.
  std::string read(bool multiline, const std::vector<std::string>& history);

 private:
  struct Editor;
  std::string read_plain();
  std::istream& in_;
  std::ostream& out_;
  bool color_;
  std::unique_ptr<Editor> editor_;
  struct sigaction plain_interrupt_ {};  // SIGINT's handler before this reader
  bool catching_interrupt_ = false;      // Ctrl-C ends a plain read on a terminal
  int saved_input_ = -1;                 // standard input (the terminal), kept while catching it
};

/// Puts the terminal back as hwk found it, if a prompt that edits lines holds it (between two
/// questions it keeps keys typed ahead for the next). Done at exit; call it before another program
/// uses the terminal.
void release_terminal();

}  // namespace hwk
