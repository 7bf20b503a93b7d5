// Computing a sequence of results on worker threads while the caller consumes them in order:
// the reading and parsing of many clients overlaps the reports made from them.
#pragma once
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace hwk {

/// Runs `make(i)` for i in [0, n) on up to `threads` workers, at most `window` items ahead of the
/// consumer, who takes each result in order with take(i). An exception thrown by `make` is
/// rethrown by take(i) for that item. The destructor stops the workers and waits for them.
template <typename T>
class ReadAhead {
 public:
  ReadAhead(std::size_t n, std::function<T(std::size_t)> make, unsigned threads = 2, std::size_t window = 32)
      : make_(std::move(make)), slots_(n), window_(window) {
    threads = std::min<unsigned>(threads, std::max(1u, std::thread::hardware_concurrency()));
    if (n <= 1) threads = 0;  // one item is made by take() itself
    for (unsigned k = 0; k < threads; ++k) workers_.emplace_back([this] { work(); });
  }
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;
  ~ReadAhead() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    for (auto& w : workers_) w.join();
  }

  /// The result of item `i`; items are taken in order 0, 1, 2, …
  T take(std::size_t i) {
    if (workers_.empty()) return make_(i);
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return slots_[i].done; });
    Slot slot = std::move(slots_[i]);
    slots_[i] = Slot{};
    taken_ = i + 1;
    lock.unlock();
    changed_.notify_all();
    if (slot.error) std::rethrow_exception(slot.error);
    return std::move(*slot.value);
  }

 private:
  struct Slot {
    std::optional<T> value;
    std::exception_ptr error;
    bool done = false;
  };

  void work() {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stop_ || next_ >= slots_.size() || next_ < taken_ + window_; });
        if (stop_ || next_ >= slots_.size()) return;
        i = next_++;
      }
      Slot slot;
      try {
        slot.value.emplace(make_(i));
      } catch (...) {
        slot.error = std::current_exception();
      }
      slot.done = true;
      {
        std::lock_guard lock(mutex_);
        slots_[i] = std::move(slot);
      }
      changed_.notify_all();
    }
  }

  std::function<T(std::size_t)> make_;
  std::vector<Slot> slots_;
  std::size_t window_;
  std::size_t next_ = 0, taken_ = 0;
  bool stop_ = false;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::thread> workers_;
};

}  // namespace hwk
