#include "extract/parallel_extractor.h"

#include <utility>

namespace stancegraph {

// Batches in flight per worker: enough to keep every worker busy while one
// slow batch holds back the ones after it.
constexpr size_t kInFlightPerWorker = 4;
// Text per batch: large enough that handing over costs nothing next to
// extracting (a few lock and wake-ups per batch), small enough to keep
// every worker busy on a small corpus.
constexpr size_t kBatchBytes = 256 * 1024;

ParallelExtractor::ParallelExtractor(const Extractor& extractor, size_t threads,
                                     OnResult on_result)
    : extractor_(extractor),
      on_result_(std::move(on_result)),
      max_in_flight_(kInFlightPerWorker * (threads == 0 ? 1 : threads)) {
  if (threads <= 1) return;
  workers_.reserve(threads);
  for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
}

ParallelExtractor::~ParallelExtractor() { Finish(); }

void ParallelExtractor::Add(Document&& document) {
  if (workers_.empty()) {
    ExtractCounts counts;
    std::vector<StanceTriple> triples = extractor_.Extract(document, &counts);
    on_result_(std::move(triples), counts);
    return;
  }
  filling_bytes_ += document.text.size();
  filling_.push_back(std::move(document));
  if (filling_bytes_ >= kBatchBytes) Dispatch();
}

void ParallelExtractor::Dispatch() {
  if (filling_.empty()) return;
  std::unique_lock<std::mutex> lock(mutex_);
  // Hand on what is ready; wait while too many batches are in flight.
  HandOnReady(lock);
  while (next_added_ - next_handed_ >= max_in_flight_) {
    result_ready_.wait(lock);
    HandOnReady(lock);
  }
  pending_.emplace_back(next_added_++, std::move(filling_));
  filling_ = Batch();
  filling_bytes_ = 0;
  work_ready_.notify_one();
}

void ParallelExtractor::Finish() {
  if (finished_) return;
  finished_ = true;
  if (workers_.empty()) return;
  Dispatch();
  {
    std::unique_lock<std::mutex> lock(mutex_);
    while (next_handed_ < next_added_) {
      HandOnReady(lock);
      if (next_handed_ < next_added_) result_ready_.wait(lock);
    }
    closing_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

void ParallelExtractor::Work() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    work_ready_.wait(lock, [this] { return closing_ || !pending_.empty(); });
    if (pending_.empty()) return;  // closing
    auto [sequence, batch] = std::move(pending_.front());
    pending_.pop_front();
    lock.unlock();
    std::vector<Result> results(batch.size());
    for (size_t i = 0; i < batch.size(); ++i) {
      results[i].triples = extractor_.Extract(batch[i], &results[i].counts);
    }
    batch.clear();  // the texts are freed here, not on the reader's thread
    lock.lock();
    done_.emplace(sequence, std::move(results));
    if (sequence == next_handed_) result_ready_.notify_one();
  }
}

void ParallelExtractor::HandOnReady(std::unique_lock<std::mutex>& lock) {
  for (auto it = done_.find(next_handed_); it != done_.end(); it = done_.find(next_handed_)) {
    std::vector<Result> results = std::move(it->second);
    done_.erase(it);
    ++next_handed_;
    lock.unlock();
    for (Result& result : results) on_result_(std::move(result.triples), result.counts);
    lock.lock();
  }
}

}  // namespace stancegraph
