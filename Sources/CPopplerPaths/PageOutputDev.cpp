// The marks half of PageOutputDev: the geometry of what a page paints, in device points.
#include "PageOutputDev.h"
#include "PaintedRegion.h"

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

// The colour of a shading at the middle of its parameter's domain, as RGB.
GfxRGB middleColour(GfxShading *shading, const GfxColor &color)
{
    GfxRGB rgb;
    rgb.r = rgb.g = rgb.b = 0;
    if (GfxColorSpace *space = shading->getColorSpace()) {
        space->getRGB(&color, &rgb);
    }
    return rgb;
}

GfxRGB univariateColour(GfxUnivariateShading *shading)
{
    GfxColor color;
    std::memset(&color, 0, sizeof color);
    shading->getColor((shading->getDomain0() + shading->getDomain1()) / 2, &color);
    return middleColour(shading, color);
}

} // namespace

bool PageOutputDev::tilingPatternFill(GfxState *state, Gfx *, Catalog *, GfxTilingPattern *pattern, const double *, int, int, int, int, double, double)
{
    // An uncoloured pattern paints the colour it was given (poppler has made it the fill colour);
    // a coloured one paints what its cell draws, which is not drawn here: taken as ink.
    GfxRGB rgb;
    rgb.r = rgb.g = rgb.b = 0;
    if (pattern != nullptr && pattern->getPaintType() == 2) {
        state->getFillRGB(&rgb);
    }
    paintPattern(state, rgb, state->getFillOpacity());
    return true;
}

bool PageOutputDev::functionShadedFill(GfxState *state, GfxFunctionShading *shading)
{
    double x0, y0, x1, y1;
    shading->getDomain(&x0, &y0, &x1, &y1);
    GfxColor color;
    std::memset(&color, 0, sizeof color);
    shading->getColor((x0 + x1) / 2, (y0 + y1) / 2, &color);
    paintPattern(state, middleColour(shading, color), state->getFillOpacity());
    return true;
}

bool PageOutputDev::axialShadedFill(GfxState *state, GfxAxialShading *shading, double, double)
{
    paintPattern(state, univariateColour(shading), state->getFillOpacity());
    return true;
}

bool PageOutputDev::radialShadedFill(GfxState *state, GfxRadialShading *shading, double, double)
{
    paintPattern(state, univariateColour(shading), state->getFillOpacity());
    return true;
}

void PageOutputDev::clipTo(GfxState *state, bool evenOdd)
{
    std::vector<Box> boxes = filledBoxes(state, evenOdd);
    clips.push_back({ false, clips.empty() ? std::move(boxes) : intersect(clips.back().region, boxes), {} });
}

void PageOutputDev::clipToStrokePath(GfxState *state)
{
    Clip stroked { true, clips.empty() ? std::vector<Box> {} : clips.back().region, {} };
    GfxRGB black;
    black.r = black.g = black.b = 0;
    appendStrokes(state, black, 1, stroked.strokes);
    clips.push_back(std::move(stroked));
}

// What a pattern or a shading paints, as marks of one colour: a pattern stroked along a path, that
// stroke's pieces; else the clip in force (a pattern fills its path by clipping to it; a shading
// paints the clip): the region of its clip paths within the clip box.
void PageOutputDev::paintPattern(GfxState *state, const GfxRGB &rgb, double opacity)
{
    if (inSoftMask()) {
        return;
    }
    const std::size_t since = levels.empty() ? 0 : levels.back();
    if (since < clips.size() && clips[since].stroke) {
        for (const allot_mark &piece : clips[since].strokes) {
            allot_mark mark = makeMark(state, ALLOT_MARK_STROKE, rgb, opacity);
            mark.x0 = piece.x0;
            mark.y0 = piece.y0;
            mark.x1 = piece.x1;
            mark.y1 = piece.y1;
            mark.width = piece.width;
            mark.dashed = piece.dashed;
            marks.push_back(mark);
        }
        return;
    }
    Box bounds;
    state->getClipBBox(&bounds.x0, &bounds.y0, &bounds.x1, &bounds.y1);
    const std::vector<Box> painted = clips.empty() ? std::vector<Box> { bounds } : intersect(clips.back().region, { bounds });
    for (const Box &box : painted) {
        allot_mark mark = makeMark(state, ALLOT_MARK_FILL, rgb, opacity);
        mark.x0 = box.x0;
        mark.y0 = box.y0;
        mark.x1 = box.x1;
        mark.y1 = box.y1;
        marks.push_back(mark);
    }
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
    appendStrokes(state, rgb, state->getStrokeOpacity(), marks);
}

// The straight pieces of the path stroked.
void PageOutputDev::appendStrokes(GfxState *state, const GfxRGB &rgb, double opacity, std::vector<allot_mark> &out) const
{
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
            allot_mark mark = makeMark(state, ALLOT_MARK_STROKE, rgb, opacity);
            mark.x0 = x0;
            mark.y0 = y0;
            mark.x1 = x1;
            mark.y1 = y1;
            mark.width = width;
            mark.dashed = dashed ? 1 : 0;
            out.push_back(mark);
        }
    }
}

// The boxes a filled path paints (`filledBoxes`), as marks.
void PageOutputDev::fillBoxes(GfxState *state, bool evenOdd)
{
    if (inSoftMask()) {
        return;
    }
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    for (const Box &box : filledBoxes(state, evenOdd)) {
        allot_mark mark = makeMark(state, ALLOT_MARK_FILL, rgb, state->getFillOpacity());
        mark.x0 = box.x0;
        mark.y0 = box.y0;
        mark.x1 = box.x1;
        mark.y1 = box.y1;
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
