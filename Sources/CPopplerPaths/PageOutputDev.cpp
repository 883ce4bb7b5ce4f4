// The marks half of PageOutputDev: the geometry of what a page paints, in device points.
#include "PageOutputDev.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace {

allot_mark makeMark(GfxState *state, int kind, const GfxRGB &rgb, double opacity)
{
    allot_mark mark;
    std::memset(&mark, 0, sizeof mark);
    mark.kind = kind;
    state->getClipBBox(&mark.clip_x0, &mark.clip_y0, &mark.clip_x1, &mark.clip_y1);
    const double alpha = std::clamp(opacity, 0.0, 1.0);
    mark.red = 1 - alpha * (1 - colToDbl(rgb.r));
    mark.green = 1 - alpha * (1 - colToDbl(rgb.g));
    mark.blue = 1 - alpha * (1 - colToDbl(rgb.b));
    return mark;
}

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

} // namespace

// A frame painted as one filled path of two rectangles, one inside the other, where the inner one
// is a hole (even-odd, or wound the other way round): the four sides of the ring as filled boxes,
// the left and right ones the ring's full height, as a stroked frame's sides are. False, and
// nothing kept, for any other path.
bool PageOutputDev::fillRing(GfxState *state, bool evenOdd, const GfxRGB &rgb)
{
    const GfxPath *path = state->getPath();
    if (path->getNumSubpaths() != 2) {
        return false;
    }
    const std::optional<Rectangle> first = rectangle(state, path->getSubpath(0));
    const std::optional<Rectangle> second = rectangle(state, path->getSubpath(1));
    if (!first || !second) {
        return false;
    }
    const bool firstOutside = first->x0 <= second->x0 && first->y0 <= second->y0 && second->x1 <= first->x1 && second->y1 <= first->y1;
    const bool secondOutside = second->x0 <= first->x0 && second->y0 <= first->y0 && first->x1 <= second->x1 && first->y1 <= second->y1;
    if (firstOutside == secondOutside) {
        return false;
    }
    const Rectangle &outer = firstOutside ? *first : *second;
    const Rectangle &inner = firstOutside ? *second : *first;
    const bool hole = evenOdd || (outer.area > 0) != (inner.area > 0);
    if (!hole) {
        return false;
    }
    const double sides[4][4] = {
        { outer.x0, outer.y0, outer.x1, inner.y0 },
        { outer.x0, inner.y1, outer.x1, outer.y1 },
        { outer.x0, outer.y0, inner.x0, outer.y1 },
        { inner.x1, outer.y0, outer.x1, outer.y1 },
    };
    for (const auto &side : sides) {
        if (side[2] - side[0] <= 0 || side[3] - side[1] <= 0) {
            continue;
        }
        allot_mark mark = makeMark(state, ALLOT_MARK_FILL, rgb, state->getFillOpacity());
        mark.x0 = side[0];
        mark.y0 = side[1];
        mark.x1 = side[2];
        mark.y1 = side[3];
        marks.push_back(mark);
    }
    return true;
}

bool PageOutputDev::inSoftMask() const
{
    return std::find(groups.begin(), groups.end(), true) != groups.end();
}

void PageOutputDev::stroke(GfxState *state)
{
    if (inSoftMask()) {
        return;
    }
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    double dashStart = 0;
    const std::vector<double> &dash = state->getLineDash(&dashStart);
    const bool dashed = std::any_of(dash.begin(), dash.end(), [](double d) { return d > 0; });
    const double width = state->getTransformedLineWidth();
    const GfxPath *path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
        const GfxSubpath *sub = path->getSubpath(s);
        for (int i = 1; i < sub->getNumPoints(); ++i) {
            if (sub->getCurve(i) || sub->getCurve(i - 1)) {
                continue;
            }
            double x0, y0, x1, y1;
            state->transform(sub->getX(i - 1), sub->getY(i - 1), &x0, &y0);
            state->transform(sub->getX(i), sub->getY(i), &x1, &y1);
            allot_mark mark = makeMark(state, ALLOT_MARK_STROKE, rgb, state->getStrokeOpacity());
            mark.x0 = x0;
            mark.y0 = y0;
            mark.x1 = x1;
            mark.y1 = y1;
            mark.width = width;
            mark.dashed = dashed ? 1 : 0;
            marks.push_back(mark);
        }
    }
}

// The box of every filled subpath made of straight lines only; a frame filled as a ring, its
// four sides.
void PageOutputDev::fillBoxes(GfxState *state, bool evenOdd)
{
    if (inSoftMask()) {
        return;
    }
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (fillRing(state, evenOdd, rgb)) {
        return;
    }
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
        if (curved) {
            continue;
        }
        allot_mark mark = makeMark(state, ALLOT_MARK_FILL, rgb, state->getFillOpacity());
        mark.x0 = x0;
        mark.y0 = y0;
        mark.x1 = x1;
        mark.y1 = y1;
        marks.push_back(mark);
    }
}

void PageOutputDev::image(GfxState *state)
{
    if (inSoftMask()) {
        return;
    }
    double xs[4], ys[4];
    state->transform(0, 0, &xs[0], &ys[0]);
    state->transform(1, 0, &xs[1], &ys[1]);
    state->transform(0, 1, &xs[2], &ys[2]);
    state->transform(1, 1, &xs[3], &ys[3]);
    GfxRGB white;
    white.r = white.g = white.b = gfxColorComp1;
    allot_mark mark = makeMark(state, ALLOT_MARK_IMAGE, white, 1);
    mark.x0 = *std::min_element(xs, xs + 4);
    mark.x1 = *std::max_element(xs, xs + 4);
    mark.y0 = *std::min_element(ys, ys + 4);
    mark.y1 = *std::max_element(ys, ys + 4);
    marks.push_back(mark);
}
