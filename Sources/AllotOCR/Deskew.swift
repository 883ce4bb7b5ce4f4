import Foundation

/// Skew of a scanned page from the projection profile (text lines give the sharpest row histogram
/// when projected along their own angle), and the rotation that straightens it.
enum Deskew {
    /// The angle in degrees by which text lines descend to the right (positive: clockwise skew),
    /// searched within ±`limit` degrees.
    static func angle(of image: GrayImage, limit: Double, darkLevel: UInt8) -> Double {
        // About 600 samples across the page are plenty to resolve 0.05°.
        let step = max(1, image.width / 600)
        var points: [(x: Double, y: Double)] = []
        for y in stride(from: 0, to: image.height, by: step) {
            for x in stride(from: 0, to: image.width, by: step) where image.pixels[y * image.width + x] < darkLevel {
                points.append((Double(x), Double(y)))
            }
        }
        guard points.count > 50 else { return 0 }
        let rows = image.height / step + 2 * image.width / step + 4
        func score(_ degrees: Double) -> Double {
            let slope = tan(degrees * .pi / 180)
            var bins = [Int](repeating: 0, count: rows)
            let offset = Double(image.width) * abs(slope) + 1
            for point in points {
                let index = Int((point.y - point.x * slope + offset) / Double(step))
                if index >= 0, index < rows { bins[index] += 1 }
            }
            return bins.reduce(0.0) { $0 + Double($1) * Double($1) }
        }
        var best = 0.0
        var bestScore = score(0)
        for coarse in stride(from: -limit, through: limit, by: 0.1) where score(coarse) > bestScore {
            best = coarse
            bestScore = score(coarse)
        }
        let center = best
        for fine in stride(from: center - 0.1, through: center + 0.1, by: 0.02) where score(fine) > bestScore {
            best = fine
            bestScore = score(fine)
        }
        return best
    }

    /// The image rotated so that lines descending at `degrees` become horizontal (bilinear, white
    /// outside the source).
    static func straightened(_ image: GrayImage, degrees: Double) -> GrayImage {
        guard abs(degrees) >= 0.01, image.width > 1, image.height > 1 else { return image }
        let radians = degrees * .pi / 180
        let cosine = cos(radians), sine = sin(radians)
        let cx = Double(image.width) / 2, cy = Double(image.height) / 2
        var out = GrayImage(width: image.width, height: image.height)
        let width = image.width, height = image.height
        image.pixels.withUnsafeBufferPointer { source in
            out.pixels.withUnsafeMutableBufferPointer { target in
                for y in 0..<height {
                    let dy = Double(y) - cy
                    for x in 0..<width {
                        let dx = Double(x) - cx
                        let sx = cx + dx * cosine - dy * sine
                        let sy = cy + dx * sine + dy * cosine
                        let x0 = Int(sx.rounded(.down)), y0 = Int(sy.rounded(.down))
                        guard x0 >= 0, y0 >= 0, x0 + 1 < width, y0 + 1 < height else { continue }
                        let fx = sx - Double(x0), fy = sy - Double(y0)
                        let top = Double(source[y0 * width + x0]) * (1 - fx) + Double(source[y0 * width + x0 + 1]) * fx
                        let bottom = Double(source[(y0 + 1) * width + x0]) * (1 - fx)
                            + Double(source[(y0 + 1) * width + x0 + 1]) * fx
                        target[y * width + x] = UInt8(max(0, min(255, (top * (1 - fy) + bottom * fy).rounded())))
                    }
                }
            }
        }
        return out
    }

    /// Where a point of the straightened image lies on the original page (for drawing the boxes
    /// over the page as printed).
    static func original(x: Double, y: Double, width: Double, height: Double, degrees: Double) -> (x: Double, y: Double) {
        let radians = degrees * .pi / 180
        let cx = width / 2, cy = height / 2
        let dx = x - cx, dy = y - cy
        return (cx + dx * cos(radians) - dy * sin(radians), cy + dx * sin(radians) + dy * cos(radians))
    }
}
