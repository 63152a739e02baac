/// Moving round a ring: form fields with Tab and Shift-Tab, choices with ← and →. Past the end comes the start.
extension Int {
    func cycled(_ step: Int, in count: Int) -> Int {
        count == 0 ? 0 : ((self + step) % count + count) % count
    }
}

extension CaseIterable where Self: Equatable, AllCases.Index == Int {
    func cycled(_ step: Int) -> Self {
        let all = Self.allCases
        return all[all.firstIndex(of: self)!.cycled(step, in: all.count)]
    }
}

extension Action {
    /// +1 for next (Tab, →), -1 for previous (Shift-Tab, ←).
    var step: Int { self == .nextField || self == .chooseNext || self == .nextStep ? 1 : -1 }
}
