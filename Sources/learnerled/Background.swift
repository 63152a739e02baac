import Dispatch
import Synchronization

/// A value worked out on another thread while this one goes on; `value` waits for it.
final class Background<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInteractive).async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// Waits the first time; after that, at once.
    var value: Value {
        done.wait()
        done.signal()
        return result.withLock { $0! }
    }
}
