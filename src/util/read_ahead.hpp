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

/// Runs `make(i)` for i in [0, n), at most `window` items ahead of the consumer, who takes each
/// result in order with take(i). The consumer's thread works too: while the item it needs is
/// being made elsewhere it makes the next one, so with one core per thread nothing sits idle; by
/// default there is one worker per core besides it. A thread is woken only when someone waits for
/// what it did. An exception thrown by `make` is rethrown by take(i) for that item. The destructor
/// stops the workers and waits for them.
template <typename T>
class ReadAhead {
 public:
  ReadAhead(std::size_t n, std::function<T(std::size_t)> make, unsigned workers = 0, std::size_t window = 32)
      : make_(std::move(make)), slots_(n), window_(window) {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    workers = workers ? std::min(workers, cores) : cores - 1;
    if (n <= 1) workers = 0;  // one item is made by take() itself
    for (unsigned k = 0; k < workers; ++k) workers_.emplace_back([this] { work(); });
  }
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;
  ~ReadAhead() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    workers_changed_.notify_all();
    for (auto& w : workers_) w.join();
  }

  /// The result of item `i`; items are taken in order 0, 1, 2, …
  T take(std::size_t i) {
    std::unique_lock lock(mutex_);
    while (!slots_[i].done) {
      if (claimable()) {
        make_claimed(lock);
        continue;
      }
      consumer_waits_for_ = i;
      consumer_changed_.wait(lock, [&] { return slots_[i].done; });
      consumer_waits_for_ = none;
    }
    Slot slot = std::move(slots_[i]);
    slots_[i] = Slot{};
    taken_ = i + 1;
    const bool wake = workers_waiting_ > 0;
    lock.unlock();
    if (wake) workers_changed_.notify_all();
    if (slot.error) std::rethrow_exception(slot.error);
    return std::move(*slot.value);
  }

 private:
  struct Slot {
    std::optional<T> value;
    std::exception_ptr error;
    bool done = false;
  };
  static constexpr std::size_t none = static_cast<std::size_t>(-1);

  // Whether an item is left that may be made now (within the window). Holds the lock.
  bool claimable() const { return next_ < slots_.size() && next_ < taken_ + window_; }

  // Makes the next item, the lock released meanwhile. Holds the lock, and claimable().
  void make_claimed(std::unique_lock<std::mutex>& lock) {
    const std::size_t i = next_++;
    lock.unlock();
    Slot slot;
    try {
      slot.value.emplace(make_(i));
    } catch (...) {
      slot.error = std::current_exception();
    }
    slot.done = true;
    lock.lock();
    slots_[i] = std::move(slot);
    if (consumer_waits_for_ == i) consumer_changed_.notify_one();
  }

  void work() {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (stop_ || next_ >= slots_.size()) return;
      if (claimable()) {
        make_claimed(lock);
        continue;
      }
      ++workers_waiting_;
      workers_changed_.wait(lock, [&] { return stop_ || next_ >= slots_.size() || claimable(); });
      --workers_waiting_;
    }
  }

  std::function<T(std::size_t)> make_;
  std::vector<Slot> slots_;
  std::size_t window_;
  std::size_t next_ = 0, taken_ = 0;
  std::size_t consumer_waits_for_ = none;
  unsigned workers_waiting_ = 0;
  bool stop_ = false;
  std::mutex mutex_;
  std::condition_variable consumer_changed_, workers_changed_;
  std::vector<std::thread> workers_;
};

}  // namespace hwk
