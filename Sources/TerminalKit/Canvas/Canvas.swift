/// The screen as cells. Every screen renders into one; the terminal backend copies it to ncurses and tests
/// read it back as text. A wide glyph occupies its cell and a continuation cell after it.
public struct Canvas: Equatable, Sendable {
    /// One cell: plain data (the grapheme's UTF-8 inline, no String), so that filling, copying and comparing the
    /// thousands of cells of every frame costs no reference counting.
    public struct Cell: Equatable, Sendable {
        /// Up to 15 bytes of UTF-8; the last byte of `high` holds the count.
        @usableFromInline var low: UInt64 = 0
        @usableFromInline var high: UInt64 = 0
        /// The width (low byte) and the slot's ordinal (the byte above): three whole words and no padding, so
        /// equal cells are equal bytes and a row as it was is found with one memcmp.
        @usableFromInline var meta: UInt64 = 0

        /// Columns taken: 1, 2 for a wide glyph, 0 for the continuation cell after one.
        public var width: Int {
            get { Int(meta & 0xFF) }
            set { meta = meta & ~0xFF | UInt64(newValue & 0xFF) }
        }

        /// `slot.ordinal`, read without making the Slot.
        @inlinable public var slotOrdinal: Int { Int(meta >> 8) }

        public var slot: Slot {
            get { Slot.byOrdinal[Int(meta >> 8)] }
            set { meta = meta & 0xFF | UInt64(newValue.ordinal) << 8 }
        }

        /// Inlined where the terminal compares a frame with the last one, cell by cell.
        @inlinable public static func == (a: Cell, b: Cell) -> Bool {
            a.low == b.low && a.high == b.high && a.meta == b.meta
        }

        /// The grapheme drawn here; "" in the second cell of a wide glyph. A cluster longer than 15 bytes
        /// (stacked combining marks) keeps the scalars that fit: the cell shows it, the text is elsewhere.
        public init(text: String, width: Int, slot: Slot) {
            self.width = width
            self.slot = slot
            var count = 0
            var scalarStart = 0
            for byte in text.utf8 {
                let continues = byte & 0xC0 == 0x80
                if !continues { scalarStart = count }
                if count == 15 {
                    // Full: a scalar cut in half is left out whole.
                    if continues { count = scalarStart }
                    break
                }
                put(byte, at: count)
                count += 1
            }
            if count < 8 { low &= (1 << (count * 8)) - 1; high = 0 } else { high &= (1 << ((count - 8) * 8)) - 1 }
            high |= UInt64(count) << 56
        }

        /// One code point drawn alone (see `DisplayText.standingWidth`), without making a String.
        init(scalar: Unicode.Scalar, width: Int, slot: Slot) {
            self.width = width
            self.slot = slot
            var count = 0
            UTF8.encode(scalar) { byte in
                put(byte, at: count)
                count += 1
            }
            high |= UInt64(count) << 56
        }

        /// A printable ASCII character, the common case, without looking at a String.
        init(ascii byte: UInt8, slot: Slot) {
            low = UInt64(byte)
            high = 1 << 56
            meta = 1 | UInt64(slot.ordinal) << 8
        }

        private mutating func put(_ byte: UInt8, at i: Int) {
            if i < 8 { low |= UInt64(byte) << (i * 8) } else { high |= UInt64(byte) << ((i - 8) * 8) }
        }

        private func byte(_ i: Int) -> UInt8 {
            UInt8(truncatingIfNeeded: i < 8 ? low >> (i * 8) : high >> ((i - 8) * 8))
        }

        var byteCount: Int { Int(high >> 56) }

        /// The only byte of a one-byte (ASCII) grapheme.
        public var ascii: UInt8? { byteCount == 1 ? UInt8(truncatingIfNeeded: low) : nil }

        /// Appends the grapheme's UTF-8 (what a terminal is sent for this cell).
        @inlinable public func appendUTF8(to bytes: inout [UInt8]) {
            let count = Int(high >> 56)
            for i in 0..<count {
                bytes.append(UInt8(truncatingIfNeeded: i < 8 ? low >> (i * 8) : high >> ((i - 8) * 8)))
            }
        }

        /// One code point (no combining mark or joiner after it).
        public var isOneScalar: Bool {
            let lead = UInt8(truncatingIfNeeded: low)
            return byteCount == (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4)
        }

        public var text: String {
            String(decoding: (0..<byteCount).map(byte), as: UTF8.self)
        }

        public static func blank(_ slot: Slot) -> Cell { Cell(ascii: 0x20, slot: slot) }
        /// The second cell of a wide glyph: no text, no width.
        static func continuation(_ slot: Slot) -> Cell {
            var cell = Cell(ascii: 0, slot: slot)
            (cell.low, cell.high, cell.width) = (0, 0, 0)
            return cell
        }
        public var isContinuation: Bool { width == 0 }
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a text field being edited), if anywhere.
    public var cursor: Point?

    public init(width: Int, height: Int, fill slot: Slot = .background) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(slot), count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    public mutating func fill(_ rect: Rect, _ slot: Slot) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        let blank = Cell.blank(slot)
        for y in r.y..<r.maxY { run(blank, y: y, from: r.x, to: r.maxX) }
    }

    /// Draws user or program text on one row from `x`, clipped to `limit` columns (default: to the canvas
    /// edge). Returns the column after the last cell drawn.
    @discardableResult
    public mutating func text(_ string: String, x: Int, y: Int, slot: Slot, limit: Int? = nil, ellipsis: Bool = false) -> Int {
        let columns = max(0, min(limit ?? Int.max, width - x))
        if let end = asciiText(string, x: x, y: y, slot: slot, columns: columns, ellipsis: ellipsis) { return end }
        if let end = plainText(string, x: x, y: y, slot: slot, columns: columns, ellipsis: ellipsis) { return end }
        return glyphs(DisplayText(string).prefix(columns: columns, ellipsis: ellipsis), x: x, y: y, slot: slot)
    }

    /// Text whose every code point is a grapheme of its own that is drawn as it is ("José", "美玲", "Nguyễn", " ● ",
    /// most names and the program's symbols), straight into cells as `glyphs(DisplayText(…).prefix(…))` would draw
    /// it, without an array of glyphs; nil for anything else.
    private mutating func plainText(_ string: String, x startX: Int, y: Int, slot: Slot, columns: Int, ellipsis: Bool) -> Int? {
        guard let total = DisplayWidth.plainWidth(string) else { return nil }
        guard y >= 0, y < height else { return startX }
        let cut = total > columns
        let budget = cut && ellipsis ? columns - 1 : columns
        var x = startX
        var used = 0
        var clipped = false
        let (width, row) = (self.width, y * self.width)
        // Into the cells in place: through `set` each cell paid for the array's checks (~45 instructions).
        cells.withUnsafeMutableBufferPointer { all in
            for scalar in string.unicodeScalars {
                let w = DisplayText.standingWidth(scalar)
                if used + w > budget { break }
                guard x >= 0, x + w <= width else { clipped = true; return }
                Self.put(Cell(scalar: scalar, width: w, slot: slot), x: x, width: width, row: row, in: all)
                if w == 2 { Self.put(.continuation(slot), x: x + 1, width: width, row: row, in: all) }
                used += w
                x += w
            }
        }
        if clipped { return x }
        if cut, ellipsis, columns > 0, x >= 0, x < width {
            set(x, y, Cell(text: "…", width: 1, slot: slot))
            x += 1
        }
        return x
    }

    /// Printable ASCII, most of what is drawn, straight from its bytes into cells; nil for anything else.
    private mutating func asciiText(_ string: String, x startX: Int, y: Int, slot: Slot, columns: Int, ellipsis: Bool) -> Int? {
        let drawn = string.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where !DisplayText.isPrintableASCII(byte) { return nil }
            guard y >= 0, y < height, startX >= 0 else { return startX }
            let cut = bytes.count > columns
            let shown = max(0, cut ? (ellipsis ? columns - 1 : columns) : bytes.count)
            let row = y * width
            // Only the ends can cut a wide glyph in half; the letters between go straight into the cells.
            if shown > 0 { set(startX, y, Cell(ascii: bytes[0], slot: slot)) }
            if shown > 1 { set(startX + shown - 1, y, Cell(ascii: bytes[shown - 1], slot: slot)) }
            if shown > 2 {
                cells.withUnsafeMutableBufferPointer { all in
                    for i in 1..<(shown - 1) { all[row + startX + i] = Cell(ascii: bytes[i], slot: slot) }
                }
            }
            var x = startX + shown
            if cut, ellipsis, columns > 0 {
                set(x, y, Cell(text: "…", width: 1, slot: slot))
                x += 1
            }
            return x
        }
        return drawn ?? nil
    }

    /// Draws text inside a rectangle's first row, clipped to it.
    @discardableResult
    public mutating func text(_ string: String, in rect: Rect, slot: Slot, ellipsis: Bool = true) -> Int {
        guard rect.height > 0 else { return rect.x }
        return text(string, x: rect.x, y: rect.y, slot: slot, limit: rect.width, ellipsis: ellipsis)
    }

    @discardableResult
    mutating func glyphs(_ glyphs: [DisplayText.Glyph], x startX: Int, y: Int, slot: Slot) -> Int {
        guard y >= 0, y < height else { return startX }
        var x = startX
        for glyph in glyphs {
            guard x >= 0, x + glyph.width <= width else { break }
            set(x, y, Cell(text: glyph.text, width: glyph.width, slot: slot))
            if glyph.width == 2 { set(x + 1, y, .continuation(slot)) }
            x += glyph.width
        }
        return x
    }

    /// The program's own one-column symbol (a border's `─`, `│`) in `count` cells from `x`, clipped to the canvas:
    /// no measuring and no making safe, so never for anything a person typed.
    public mutating func symbol(_ symbol: String, x startX: Int, y: Int, count: Int = 1, slot: Slot) {
        guard y >= 0, y < height else { return }
        let cell = Cell(text: symbol, width: 1, slot: slot)
        run(cell, y: y, from: max(0, startX), to: min(width, startX + count))
    }

    /// The same symbol in `count` cells down from `y` (a box's side), clipped to the canvas.
    public mutating func symbol(_ symbol: String, x: Int, y startY: Int, downward count: Int, slot: Slot) {
        guard x >= 0, x < width else { return }
        let cell = Cell(text: symbol, width: 1, slot: slot)
        let width = self.width
        cells.withUnsafeMutableBufferPointer { all in
            for y in max(0, startY)..<max(max(0, startY), min(height, startY + count)) {
                Self.put(cell, x: x, width: width, row: y * width, in: all)
            }
        }
    }

    /// Recolours cells without changing their text (e.g. a selected row).
    public mutating func paint(_ rect: Rect, _ slot: Slot) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * width + x].slot = slot }
        }
    }

    /// The same cell from `first` up to `end` on row y (inside the canvas). Only the ends can cut a wide glyph in
    /// half; the cells between are simply replaced.
    private mutating func run(_ cell: Cell, y: Int, from first: Int, to end: Int) {
        guard first < end else { return }
        set(first, y, cell)
        if end - first > 1 { set(end - 1, y, cell) }
        if end - first > 2 {
            let row = y * width
            cells.withUnsafeMutableBufferPointer { all in
                UnsafeMutableBufferPointer(rebasing: all[(row + first + 1)..<(row + end - 1)]).update(repeating: cell)
            }
        }
    }

    /// Sets one cell, first blanking any wide glyph it would cut in half.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let (width, row) = (self.width, y * self.width)
        cells.withUnsafeMutableBufferPointer { Self.put(cell, x: x, width: width, row: row, in: $0) }
    }

    /// `set` on the cells in place: (x, the row's first cell) inside a canvas `width` wide.
    private static func put(_ cell: Cell, x: Int, width: Int, row: Int, in all: UnsafeMutableBufferPointer<Cell>) {
        let i = row + x
        if all[i].isContinuation, x > 0 { all[i - 1] = .blank(all[i - 1].slot) }
        if all[i].width == 2, cell.width != 2, x + 1 < width { all[i + 1] = .blank(all[i + 1].slot) }
        all[i] = cell
    }

    private func clip(_ r: Rect) -> Rect {
        let x0 = max(0, r.x), y0 = max(0, r.y)
        return Rect(x: x0, y: y0, width: min(width, r.maxX) - x0, height: min(height, r.maxY) - y0)
    }

    // MARK: Reading back (tests and snapshots)

    /// One row as text, trailing spaces kept.
    public func rowText(_ y: Int) -> String {
        (0..<width).map { self[$0, y].text }.joined()
    }

    /// The whole canvas as lines of text, trailing spaces trimmed.
    public var text: String {
        (0..<height).map { y -> String in
            var line = rowText(y)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// Style runs per row: `row: from-to slot`, skipping the background, so a snapshot shows colour as well
    /// as text.
    public var styleRuns: String {
        var lines: [String] = []
        for y in 0..<height {
            var runs: [String] = []
            var start = 0
            for x in 1...width {
                if x == width || self[x, y].slot != self[start, y].slot {
                    if self[start, y].slot != .background { runs.append("\(start)-\(x - 1) \(self[start, y].slot.rawValue)") }
                    start = x
                }
            }
            if !runs.isEmpty { lines.append("\(y): " + runs.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n")
    }
}
