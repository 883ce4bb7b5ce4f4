// The marks half of PageOutputDev: the geometry of what a page paints, in device points.
#include "PageOutputDev.h"

#include <algorithm>
#include <cstring>

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

} // namespace

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

// The box of every filled subpath made of straight lines only.
void PageOutputDev::fillBoxes(GfxState *state)
{
    if (inSoftMask()) {
        return;
    }
    GfxRGB rgb;
    state->getFillRGB(&rgb);
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
