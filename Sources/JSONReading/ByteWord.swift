/// Eight bytes looked at at once, for the scans that run over every byte of a file read before a first frame (JSON
/// strings and indentation, the languages' `.strings` files).
public enum ByteWord {
    @usableFromInline @inline(__always) static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable public static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// The high bit of each zero byte of `word` set. Exact for the lowest one (the borrow trick can also flag a byte
    /// above a zero one), which is all a search for the first of some bytes needs.
    @inlinable public static func zeros(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }

    /// The bytes of `word` equal to `byte`, flagged as `zeros` flags them.
    @inlinable public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 { zeros(word ^ (ones &* UInt64(byte))) }

    /// The bytes of `word` below `byte` (for `byte` ≤ 0x80), flagged as `zeros` flags them.
    @inlinable public static func below(_ word: UInt64, _ byte: UInt8) -> UInt64 { (word &- ones &* UInt64(byte)) & ~word & highs }

    /// Where the first flagged byte is, 0–7; 8 when none is (the loaded word is little-endian).
    @inlinable public static func first(_ flags: UInt64) -> Int { flags.trailingZeroBitCount / 8 }

    /// How many spaces start the eight bytes at `offset` (0–8): a pretty-printed line's indentation passed in a step.
    @inlinable public static func leadingSpaces(_ bytes: UnsafeRawPointer, at offset: Int) -> Int {
        first(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ 0x2020_2020_2020_2020)
    }
}
