extension Array {
    /// Whether `other` is this array or an unmodified copy of it (the same storage). A value made
    /// from an array ahead keeps that array, so its storage cannot be freed and reused meanwhile:
    /// the same storage then means the same elements, without comparing them.
    public func sharesStorage(with other: [Element]) -> Bool {
        withUnsafeBufferPointer { mine in
            other.withUnsafeBufferPointer { theirs in mine.baseAddress == theirs.baseAddress && mine.count == theirs.count }
        }
    }
}
