// ParallelExtractor: an Extractor run on several threads with the results
// handed on in input order, so the output is the same whatever the thread
// count.
//
// One thread (the caller's) reads documents and calls Add(); `threads`
// workers extract them; the results go to `on_result` on the caller's
// thread, in the order the documents were added, from inside Add() (as
// soon as they are ready) and Finish(). Documents travel in batches of
// about kBatchBytes of text, so the threads meet once per batch rather than
// once per document; at most a few batches per worker are in flight, so
// memory does not grow with the input. With `threads` 1 there are no
// workers: Add() extracts and hands the result on at once.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "core/document.h"
#include "core/triple.h"
#include "extract/extractor.h"

namespace stancegraph {

class ParallelExtractor {
 public:
  // The triples of one document and what extracting it counted.
  using OnResult = std::function<void(std::vector<StanceTriple>&&, const ExtractCounts&)>;

  // `extractor` must outlive this object; `threads` >= 1.
  ParallelExtractor(const Extractor& extractor, size_t threads, OnResult on_result);
  ~ParallelExtractor();  // Finish() if not called
  ParallelExtractor(const ParallelExtractor&) = delete;
  ParallelExtractor& operator=(const ParallelExtractor&) = delete;

  void Add(Document&& document);
  // Waits for every document added and hands on the remaining results.
  void Finish();

 private:
  struct Result {
    std::vector<StanceTriple> triples;
    ExtractCounts counts;
  };
  using Batch = std::vector<Document>;

  // Queues the batch being filled (caller's thread).
  void Dispatch();
  void Work();
  // Hands on the ready results in order; called with `lock` held, releases
  // it around on_result_.
  void HandOnReady(std::unique_lock<std::mutex>& lock);

  const Extractor& extractor_;
  OnResult on_result_;
  size_t max_in_flight_;

  std::mutex mutex_;
  std::condition_variable work_ready_;    // workers: a document or closing
  std::condition_variable result_ready_;  // the reader: a result arrived
  Batch filling_;  // the caller's, not yet queued
  size_t filling_bytes_ = 0;
  std::deque<std::pair<size_t, Batch>> pending_;
  std::map<size_t, std::vector<Result>> done_;
  size_t next_added_ = 0;    // sequence number of the next batch queued
  size_t next_handed_ = 0;   // sequence number of the next batch handed on
  bool closing_ = false;
  bool finished_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace stancegraph
