import Dispatch
import Foundation

/// Maps over an array on all cores, keeping the input order.
package enum ConcurrentMap {
  package static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output
  )
    -> [Output]
  {
    guard inputs.count > 1 else { return inputs.map(transform) }
    let results = ResultBox<Output>(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      results.set(index, transform(inputs[index]))
    }
    return results.values
  }

  private final class ResultBox<Output>: @unchecked Sendable {
    private var storage: [Output?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Output) {
      lock.lock()
      storage[index] = value
      lock.unlock()
    }

    var values: [Output] { storage.map { $0! } }
  }
}
