// Reading answers: libedit on a terminal, lines as they come otherwise.
#include "cli/line_reader.hpp"

#include <fcntl.h>
#include <histedit.h>
#include <langinfo.h>
#include <termios.h>
#include <unistd.h>

#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <ostream>

#include "cli/terminal.hpp"
#include "model/limits.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

// hwk's text is UTF-8 and wchar_t holds a code point (Linux), so the two convert without the locale.
std::wstring widen(std::string_view s) {
  std::wstring out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0xFFFD;
    const std::size_t n = decode_utf8(s, i, cp);
    out += static_cast<wchar_t>(n ? cp : 0xFFFD);
    i += n ? n : 1;
  }
  return out;
}

std::string narrow(std::wstring_view s) {
  std::string out;
  for (wchar_t w : s) {
    const auto cp = static_cast<char32_t>(w);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

std::string control_name(char32_t c) {
  if (c == 0x1B) return "Esc";
  if (c == 0x7F) return "Delete";
  if (c == 0x08) return "Backspace";
  if (c == '\n') return "a line break";
  if (c == '\r') return "a carriage return";
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

// The C0 and C1 controls and DEL: what a terminal acts on, and what a key that is not text leaves.
bool is_control(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F); }

// The terminal between two answers. After each line libedit puts the terminal back as it found it,
// and what is typed before the next question's prompt would meet that terminal: echoed twice, Ctrl-C
// ending hwk by a signal with the answers lost, Ctrl-D an end of file that the next line reads as a
// NUL and waits on. So from the first question on, hwk keeps keys as bytes for the next line to read,
// as libedit does while it edits, also from one prompt to the next; the terminal as hwk found it is
// put back at exit, before another program runs on it, and by a signal that ends hwk.
termios found_terminal;
volatile std::sig_atomic_t terminal_held = 0;
volatile std::sig_atomic_t interrupted_flag = 0;

extern "C" void put_terminal_back_and_end(int sig) {
  if (terminal_held) ::tcsetattr(STDIN_FILENO, TCSANOW, &found_terminal);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

extern "C" void put_terminal_back() { release_terminal(); }

// Where lines are not edited, Ctrl-C is a signal: it ends the read, and the answers are kept. A
// signal that comes after the prompt is shown but before the read starts would interrupt nothing,
// and the read would wait for a line nobody types: so the handler also puts /dev/null on standard
// input, where that read ends at once. The reader puts the terminal back on it afterwards.
volatile std::sig_atomic_t null_input_fd = -1;
extern "C" void note_interrupt(int) {
  interrupted_flag = 1;
  if (null_input_fd >= 0) ::dup2(null_input_fd, STDIN_FILENO);
}

void hold_keys() {
  if (!terminal_held) {
    if (::tcgetattr(STDIN_FILENO, &found_terminal) != 0) return;
    static bool once = false;
    if (!once) {
      once = true;
      std::atexit(put_terminal_back);
      struct sigaction end {};
      end.sa_handler = put_terminal_back_and_end;
      sigemptyset(&end.sa_mask);
      for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT}) sigaction(sig, &end, nullptr);
    }
    terminal_held = 1;
  }
  termios t = found_terminal;
  t.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | ISIG | IEXTEN);
  t.c_cc[VMIN] = 1;
  t.c_cc[VTIME] = 0;
  ::tcsetattr(STDIN_FILENO, TCSANOW, &t);
}

constexpr const char* paste_on = "\033[?2004h";
constexpr const char* paste_off = "\033[?2004l";
constexpr const wchar_t* paste_end = L"\033[201~";

}  // namespace

InputStopped::InputStopped(bool interrupted)
    : Error(interrupted ? "stopped before the record was complete; nothing was recorded"
                        : "input ended before the record was complete; nothing was recorded"),
      interrupted_(interrupted) {}

std::string control_character_problem(std::string_view answer, bool multiline) {
  for (std::size_t i = 0; i < answer.size();) {
    char32_t cp = 0;
    const std::size_t n = decode_utf8(answer, i, cp);
    i += n ? n : 1;  // a byte that is not UTF-8 is text_value_problem's to name
    if (n == 0 || cp == '\t' || (cp == '\n' && multiline)) continue;
    if (is_control(cp)) return control_name(cp);
  }
  return {};
}

std::string pasted_text(std::string_view paste, bool multiline) {
  std::string out;
  for (std::size_t i = 0; i < paste.size();) {
    char32_t cp = 0;
    const std::size_t n = decode_utf8(paste, i, cp);
    const std::string_view bytes = paste.substr(i, n ? n : 1);
    i += bytes.size();
    if (n == 0) {
      out += bytes;  // not UTF-8: kept, for the answer's own check to refuse
    } else if (cp == '\r' || cp == '\n') {
      if (cp == '\r' && i < paste.size() && paste[i] == '\n') ++i;
      out += multiline ? '\n' : ' ';
    } else if (cp == '\t') {
      out += ' ';
    } else if (!is_control(cp)) {
      out += bytes;
    }
  }
  return out;
}

struct LineReader::Editor {
  EditLine* el = nullptr;
  HistoryW* history = nullptr;
  std::wstring prompt;
  bool multiline = false;
  bool more = false;         // Alt-Enter or a pasted line break: another line follows
  bool interrupted = false;  // Ctrl-C
  std::wstring pending;      // the lines of a paste after its first, to show and go on with

  static Editor& of(EditLine* el) {
    void* data = nullptr;
    el_wget(el, EL_CLIENTDATA, &data);
    return *static_cast<Editor*>(data);
  }
  static wchar_t* prompt_of(EditLine* el) { return of(el).prompt.data(); }

  static unsigned char interrupt(EditLine* el, int) {
    of(el).interrupted = true;
    return CC_EOF;
  }
  // Alt-Enter: this line is done and another follows; a question of one line takes it as Enter.
  static unsigned char another_line(EditLine* el, int) {
    Editor& e = of(el);
    e.more = e.multiline;
    el_wpush(el, L"\r");
    return CC_NORM;
  }
  // A bracketed paste, read to its end marker: one answer however many lines it has.
  static unsigned char paste(EditLine* el, int) {
    Editor& e = of(el);
    std::wstring text;
    const std::size_t end_length = std::wcslen(paste_end);
    wchar_t c = 0;
    while (el_wgetc(el, &c) == 1) {
      text += c;
      if (text.size() >= end_length && text.compare(text.size() - end_length, end_length, paste_end) == 0) {
        text.resize(text.size() - end_length);
        break;
      }
      if (text.size() > limits::max_text_bytes) break;  // a paste that never ends; take what came
    }
    const std::wstring clean = widen(pasted_text(narrow(text), e.multiline));
    const std::size_t line_break = clean.find(L'\n');
    if (line_break == std::wstring::npos) {
      if (!clean.empty()) el_winsertstr(el, clean.c_str());
      return CC_REFRESH;
    }
    if (line_break > 0) el_winsertstr(el, clean.substr(0, line_break).c_str());
    e.pending = clean.substr(line_break + 1);
    e.more = true;
    el_wpush(el, L"\r");
    return CC_REFRESH;
  }
};

LineReader::LineReader(std::istream& in, std::ostream& out, bool color) : in_(in), out_(out), color_(color) {
  const bool terminal = &in == &std::cin && ::isatty(0);
  const char* term = std::getenv("TERM");
  const bool edit = terminal && ::isatty(1) && term && *term && std::strcmp(term, "dumb") != 0;
  if (terminal && !edit) {
    interrupted_flag = 0;
    saved_input_ = ::dup(STDIN_FILENO);
    null_input_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    struct sigaction note {};
    note.sa_handler = note_interrupt;  // no SA_RESTART: the read ends
    sigemptyset(&note.sa_mask);
    sigaction(SIGINT, &note, &plain_interrupt_);
    catching_interrupt_ = true;
  }
  if (!edit) return;
  // libedit decodes what is typed by the locale; hwk's text is UTF-8 whatever LANG says.
  std::setlocale(LC_CTYPE, "");
  if (std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0 && !std::setlocale(LC_CTYPE, "C.UTF-8")) return;
  auto e = std::make_unique<Editor>();
  e->el = el_init("hwk", stdin, stdout, stderr);
  if (!e->el) return;
  e->history = history_winit();
  HistEventW ev;
  history_w(e->history, &ev, H_SETSIZE, 200);
  el_wset(e->el, EL_CLIENTDATA, e.get());
  el_wset(e->el, EL_EDITOR, L"emacs");
  el_wset(e->el, EL_SIGNAL, 1);
  el_wset(e->el, EL_HIST, history_w, e->history);
  el_wset(e->el, EL_PROMPT_ESC, &Editor::prompt_of, L'\1');
  // Ctrl-C is a key here, so that what was typed is kept rather than lost to the signal.
  el_wset(e->el, EL_SETTY, L"-d", L"-isig", nullptr);
  el_wset(e->el, EL_ADDFN, L"hwk-interrupt", L"stop, keeping the answers so far", &Editor::interrupt);
  el_wset(e->el, EL_ADDFN, L"hwk-another-line", L"go on to another line", &Editor::another_line);
  el_wset(e->el, EL_ADDFN, L"hwk-paste", L"take a paste as one answer", &Editor::paste);
  el_wset(e->el, EL_BIND, L"^C", L"hwk-interrupt", nullptr);
  el_wset(e->el, EL_BIND, L"\033\r", L"hwk-another-line", nullptr);
  el_wset(e->el, EL_BIND, L"\033\n", L"hwk-another-line", nullptr);
  el_wset(e->el, EL_BIND, L"\033[200~", L"hwk-paste", nullptr);
  // Tab completes nothing here; it is a space, as in a paste.
  el_wset(e->el, EL_BIND, L"^I", L"ed-insert", nullptr);
  editor_ = std::move(e);
  hold_keys();
}

LineReader::~LineReader() {
  if (editor_) {
    // The terminal stays held for the next prompt (release_terminal puts it back); libedit would put
    // it back here and throw away what was typed ahead.
    el_wset(editor_->el, EL_EDITMODE, 0);
    el_end(editor_->el);
    history_wend(editor_->history);
  }
  if (catching_interrupt_) {
    sigaction(SIGINT, &plain_interrupt_, nullptr);
    if (saved_input_ >= 0) {
      ::dup2(saved_input_, STDIN_FILENO);  // the terminal again, if the handler put /dev/null there
      ::close(saved_input_);
    }
    if (null_input_fd >= 0) ::close(null_input_fd);
    null_input_fd = -1;
  }
}

void release_terminal() {
  if (!terminal_held) return;
  ::tcsetattr(STDIN_FILENO, TCSANOW, &found_terminal);
  terminal_held = 0;
}

std::string LineReader::read_plain() {
  if (interrupted_flag) throw InputStopped(true);
  out_ << paint("> ", Style::cyan, color_) << std::flush;
  std::string line;
  if (!std::getline(in_, line) || interrupted_flag) {
    out_ << "\n";
    throw InputStopped(interrupted_flag != 0);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

std::string LineReader::read(bool multiline, const std::vector<std::string>& history) {
  if (!editor_) return read_plain();
  Editor& e = *editor_;
  e.multiline = multiline;
  e.pending.clear();
  HistEventW ev;
  history_w(e.history, &ev, H_CLEAR);
  for (const auto& h : history) {
    if (!h.empty() && h.find('\n') == std::string::npos) history_w(e.history, &ev, H_ENTER, widen(h).c_str());
  }
  const std::wstring mark = color_ ? L"\1\033[36m\1" : L"", reset = color_ ? L"\1\033[0m\1" : L"";
  std::vector<std::string> lines;
  out_ << std::flush;
  for (;;) {
    e.prompt = mark + (lines.empty() ? L"> " : L". ") + reset;
    e.more = false;
    e.interrupted = false;
    if (!e.pending.empty()) {
      // The lines of a paste: all but the last are shown as they are; the last is open to edit.
      std::wstring rest = std::move(e.pending);
      e.pending.clear();
      std::size_t nl;
      while ((nl = rest.find(L'\n')) != std::wstring::npos) {
        const std::string line = narrow(rest.substr(0, nl));
        out_ << paint(". ", Style::cyan, color_) << line << "\n";
        lines.push_back(line);
        rest.erase(0, nl + 1);
      }
      out_ << std::flush;
      if (!rest.empty()) el_wpush(e.el, rest.c_str());
    }
    std::fputs(paste_on, stdout);
    std::fflush(stdout);
    int count = 0;
    const wchar_t* got = el_wgets(e.el, &count);
    hold_keys();
    std::fputs(paste_off, stdout);
    std::fflush(stdout);
    if (!got || count <= 0) {
      out_ << "\n" << std::flush;
      throw InputStopped(e.interrupted);
    }
    std::wstring line(got, static_cast<std::size_t>(count));
    while (!line.empty() && (line.back() == L'\n' || line.back() == L'\r')) line.pop_back();
    lines.push_back(narrow(line));
    if (!e.more) break;
  }
  std::string answer = join(lines, "\n");
  // Blank lines a paste or Alt-Enter left at the end are no part of the answer.
  while (!answer.empty() && answer.back() == '\n') answer.pop_back();
  return answer;
}

}  // namespace hwk
