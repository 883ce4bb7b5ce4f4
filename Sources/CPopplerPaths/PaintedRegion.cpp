// The region a filled or clipping path encloses, as axis-aligned boxes in device points: a
// subpath's box, or for an outline with rectangular holes (a frame, a whole grid drawn at once)
// the bars of ink between the holes. Internal to CPopplerPaths.
#include "PaintedRegion.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>

namespace {

// An axis-aligned rectangle in device space, with the signed area of its outline (its winding).
struct Rectangle
{
    double x0, y0, x1, y1;
    double area;
};

// The rectangle a subpath outlines: straight pieces only, every point on a corner of its box, each
// piece along one axis; nothing for anything else (a curve, a slanted or crossing outline).
std::optional<Rectangle> rectangle(GfxState *state, const GfxSubpath *sub)
{
    const int n = sub->getNumPoints();
    if (n < 4 || n > 5) {
        return std::nullopt;
    }
    double xs[5], ys[5];
    for (int i = 0; i < n; ++i) {
        if (sub->getCurve(i)) {
            return std::nullopt;
        }
        state->transform(sub->getX(i), sub->getY(i), &xs[i], &ys[i]);
    }
    Rectangle box { *std::min_element(xs, xs + n), *std::min_element(ys, ys + n), *std::max_element(xs, xs + n), *std::max_element(ys, ys + n), 0 };
    const double eps = 0.01;
    if (box.x1 - box.x0 <= eps || box.y1 - box.y0 <= eps) {
        return std::nullopt;
    }
    for (int i = 0; i < n; ++i) {
        const bool onX = std::abs(xs[i] - box.x0) <= eps || std::abs(xs[i] - box.x1) <= eps;
        const bool onY = std::abs(ys[i] - box.y0) <= eps || std::abs(ys[i] - box.y1) <= eps;
        const int j = (i + 1) % n;
        const bool alongAxis = std::abs(xs[i] - xs[j]) <= eps || std::abs(ys[i] - ys[j]) <= eps;
        if (!onX || !onY || !alongAxis) {
            return std::nullopt;
        }
        box.area += xs[i] * ys[j] - xs[j] * ys[i];
    }
    return box;
}

// One piece of a region cut in bands: its extent along the bands and across them, and whether its
// band holds no hole (the piece then spans the whole outline).
struct Piece
{
    double from, to, top, bottom;
    bool whole;
};

// The region inside `outer` and outside `holes` (disjoint rectangles inside it), cut in bands
// across y at every hole's top and bottom: per band, the stretches of x between the holes in it;
// a stretch the band after goes on with unchanged is one piece with it. Holes are visited in a
// sweep (sorted by top), so the work is the number of holes times those side by side in a band.
// Nothing when two holes overlap (the region is then not outline minus holes).
std::optional<std::vector<Piece>> bands(const Rectangle &outer, std::vector<Rectangle> holes)
{
    std::vector<double> edges { outer.y0, outer.y1 };
    for (const Rectangle &hole : holes) {
        edges.push_back(hole.y0);
        edges.push_back(hole.y1);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    std::sort(holes.begin(), holes.end(), [](const Rectangle &a, const Rectangle &b) { return a.y0 < b.y0; });
    std::vector<Piece> done, open, next;
    std::vector<const Rectangle *> active;
    std::size_t entering = 0;
    for (std::size_t k = 0; k + 1 < edges.size(); ++k) {
        const double top = edges[k], bottom = edges[k + 1];
        active.erase(std::remove_if(active.begin(), active.end(), [&](const Rectangle *hole) { return hole->y1 <= top; }), active.end());
        while (entering < holes.size() && holes[entering].y0 <= top) {
            if (holes[entering].y1 > top) {
                active.push_back(&holes[entering]);
            }
            ++entering;
        }
        std::sort(active.begin(), active.end(), [](const Rectangle *a, const Rectangle *b) { return a->x0 < b->x0; });
        next.clear();
        double cursor = outer.x0;
        const Rectangle *previous = nullptr;
        for (const Rectangle *hole : active) {
            if (previous != nullptr && hole->x0 < previous->x1) {
                return std::nullopt;
            }
            previous = hole;
            if (hole->x0 > cursor) {
                next.push_back({ cursor, hole->x0, top, bottom, false });
            }
            cursor = std::max(cursor, hole->x1);
        }
        if (outer.x1 > cursor) {
            next.push_back({ cursor, outer.x1, top, bottom, active.empty() });
        }
        // A stretch the band before ended at this band's top, unchanged, goes on; the others end.
        std::size_t o = 0;
        for (Piece &piece : next) {
            while (o < open.size() && open[o].from < piece.from) {
                done.push_back(open[o++]);
            }
            if (o < open.size() && open[o].from == piece.from && open[o].to == piece.to && open[o].bottom == top) {
                piece.top = open[o++].top;
            }
        }
        done.insert(done.end(), open.begin() + static_cast<std::ptrdiff_t>(o), open.end());
        open.swap(next);
    }
    done.insert(done.end(), open.begin(), open.end());
    return done;
}

Rectangle transposed(const Rectangle &r)
{
    return { r.y0, r.x0, r.y1, r.x1, -r.area };
}

// A region painted as one filled path: an outline rectangle and rectangles inside it that are
// holes (even-odd, or wound against the outline), apart from each other: a frame (one hole) or a
// whole grid drawn at once (a hole per cell). The ink between the holes as bars: cut in bands
// across, the pieces that span the outline or are wider than tall (the horizontal rules); cut in
// bands down, those that span it or are taller than wide (the vertical rules). Each rule is then
// one bar its full length, as the sides of a stroked grid are. Nothing for any other path.
std::optional<std::vector<Box>> barsAroundHoles(GfxState *state, bool evenOdd)
{
    const GfxPath *path = state->getPath();
    const int count = path->getNumSubpaths();
    if (count < 2) {
        return std::nullopt;
    }
    std::vector<Rectangle> parts;
    parts.reserve(static_cast<std::size_t>(count));
    std::size_t outerIndex = 0;
    for (int s = 0; s < count; ++s) {
        const std::optional<Rectangle> part = rectangle(state, path->getSubpath(s));
        if (!part) {
            return std::nullopt;
        }
        parts.push_back(*part);
        const Rectangle &outer = parts[outerIndex];
        if ((part->x1 - part->x0) * (part->y1 - part->y0) > (outer.x1 - outer.x0) * (outer.y1 - outer.y0)) {
            outerIndex = parts.size() - 1;
        }
    }
    const Rectangle outer = parts[outerIndex];
    std::vector<Rectangle> holes;
    holes.reserve(parts.size() - 1);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i == outerIndex) {
            continue;
        }
        const Rectangle &hole = parts[i];
        const bool inside = outer.x0 <= hole.x0 && outer.y0 <= hole.y0 && hole.x1 <= outer.x1 && hole.y1 <= outer.y1;
        if (!inside || (!evenOdd && (outer.area > 0) == (hole.area > 0))) {
            return std::nullopt;
        }
        holes.push_back(hole);
    }
    std::vector<Rectangle> holesDown;
    holesDown.reserve(holes.size());
    for (const Rectangle &hole : holes) {
        holesDown.push_back(transposed(hole));
    }
    const std::optional<std::vector<Piece>> across = bands(outer, std::move(holes));
    const std::optional<std::vector<Piece>> down = bands(transposed(outer), std::move(holesDown));
    if (!across || !down) {
        return std::nullopt;
    }
    std::vector<Box> bars;
    for (const Piece &piece : *across) {
        if (piece.whole || piece.to - piece.from >= piece.bottom - piece.top) {
            bars.push_back({ piece.from, piece.top, piece.to, piece.bottom });
        }
    }
    for (const Piece &piece : *down) {
        if (piece.whole || piece.to - piece.from > piece.bottom - piece.top) {
            bars.push_back({ piece.top, piece.from, piece.bottom, piece.to });
        }
    }
    return bars;
}

} // namespace

// The boxes a filled path paints: the bars between its holes (`barsAroundHoles`), or else the
// box of every subpath made of straight lines only.
std::vector<Box> filledBoxes(GfxState *state, bool evenOdd)
{
    if (std::optional<std::vector<Box>> bars = barsAroundHoles(state, evenOdd)) {
        return std::move(*bars);
    }
    std::vector<Box> boxes;
    const GfxPath *path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
        const GfxSubpath *sub = path->getSubpath(s);
        const int n = sub->getNumPoints();
        if (n < 2) {
            continue;
        }
        bool curved = false;
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        for (int i = 0; i < n && !curved; ++i) {
            curved = sub->getCurve(i);
            double x, y;
            state->transform(sub->getX(i), sub->getY(i), &x, &y);
            if (i == 0) {
                x0 = x1 = x;
                y0 = y1 = y;
            } else {
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
            }
        }
        if (!curved) {
            boxes.push_back({ x0, y0, x1, y1 });
        }
    }
    return boxes;
}

// The parts of `boxes` inside `clip` (the boxes of one clip path); when both hold many boxes
// and their pairs would be too many, `boxes` cut to the bounds of `clip`.
std::vector<Box> intersect(const std::vector<Box> &boxes, const std::vector<Box> &clip)
{
    const std::size_t pairLimit = 1 << 16;
    std::vector<Box> bounds;
    const std::vector<Box> *within = &clip;
    if (boxes.size() > 1 && clip.size() > 1 && boxes.size() * clip.size() > pairLimit) {
        Box all = clip.front();
        for (const Box &box : clip) {
            all = { std::min(all.x0, box.x0), std::min(all.y0, box.y0), std::max(all.x1, box.x1), std::max(all.y1, box.y1) };
        }
        bounds.push_back(all);
        within = &bounds;
    }
    std::vector<Box> out;
    for (const Box &a : boxes) {
        for (const Box &b : *within) {
            const Box c { std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1) };
            if (c.x0 < c.x1 && c.y0 < c.y1) {
                out.push_back(c);
            }
        }
    }
    return out;
}

