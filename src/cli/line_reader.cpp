// Reading answers: libedit on a terminal, lines as they come otherwise.
#include "cli/line_reader.hpp"

#include <histedit.h>
#include <langinfo.h>
#include <unistd.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <ostream>

#include "model/limits.hpp"

namespace hwk {
namespace {

// hwk's text is UTF-8 and wchar_t holds a code point (Linux), so the two convert without the locale.
std::wstring widen(std::string_view s) {
  std::wstring out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
    std::size_t j = i + 1;
    for (int k = 0; k < extra && j < s.size(); ++k, ++j) cp = (cp << 6) | (static_cast<unsigned char>(s[j]) & 0x3F);
    out += static_cast<wchar_t>(cp);
    i = j;
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

constexpr const char* paste_on = "\033[?2004h";
constexpr const char* paste_off = "\033[?2004l";
constexpr const wchar_t* paste_end = L"\033[201~";

}  // namespace

InputStopped::InputStopped(bool interrupted)
    : Error(interrupted ? "stopped before the record was complete; nothing was recorded"
                        : "input ended before the record was complete; nothing was recorded"),
      interrupted_(interrupted) {}

std::string control_character_problem(std::string_view answer, bool multiline) {
  for (std::size_t i = 0; i < answer.size(); ++i) {
    const auto c = static_cast<unsigned char>(answer[i]);
    if (c == '\t' || (c == '\n' && multiline)) continue;
    if (c < 0x20 || c == 0x7F) return control_name(c);
    // U+0080 to U+009F, the C1 controls: C2 80 to C2 9F in UTF-8.
    if (c == 0xC2 && i + 1 < answer.size()) {
      const auto d = static_cast<unsigned char>(answer[i + 1]);
      if (d >= 0x80 && d <= 0x9F) return control_name(d);
    }
  }
  return {};
}

std::string pasted_text(std::string_view paste, bool multiline) {
  std::string out;
  for (std::size_t i = 0; i < paste.size(); ++i) {
    const auto c = static_cast<unsigned char>(paste[i]);
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < paste.size() && paste[i + 1] == '\n') ++i;
      out += multiline ? '\n' : ' ';
    } else if (c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      continue;
    } else if (c == 0xC2 && i + 1 < paste.size() && static_cast<unsigned char>(paste[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(paste[i + 1]) <= 0x9F) {
      ++i;
    } else {
      out += static_cast<char>(c);
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
  const char* term = std::getenv("TERM");
  if (&in != &std::cin || !::isatty(0) || !::isatty(1) || !term || !*term || std::strcmp(term, "dumb") == 0) return;
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
}

LineReader::~LineReader() {
  if (!editor_) return;
  el_end(editor_->el);
  history_wend(editor_->history);
}

std::string LineReader::read_plain() {
  out_ << (color_ ? "\033[36m> \033[0m" : "> ") << std::flush;
  std::string line;
  if (!std::getline(in_, line)) {
    out_ << "\n";
    throw InputStopped(false);
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
        out_ << (color_ ? "\033[36m. \033[0m" : ". ") << line << "\n";
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
  std::string answer;
  for (std::size_t i = 0; i < lines.size(); ++i) answer += (i ? "\n" : "") + lines[i];
  // Blank lines a paste or Alt-Enter left at the end are no part of the answer.
  while (!answer.empty() && answer.back() == '\n') answer.pop_back();
  return answer;
}

}  // namespace hwk
