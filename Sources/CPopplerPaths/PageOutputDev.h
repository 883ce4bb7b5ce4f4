// One output device for one pass over a page: poppler's TextOutputDev, which builds the page's
// TextPage exactly as poppler-glib's text calls do, and beside it the marks the page paints
// (stroked lines, filled boxes, images) for ruling lines. Internal to CPopplerPaths.
#ifndef ALLOT_PAGEOUTPUTDEV_H
#define ALLOT_PAGEOUTPUTDEV_H

#include "CPopplerPaths.h"
#include "PaintedRegion.h"

#include <GfxState.h>
#include <OutputDev.h>
#include <TextOutputDev.h>

#include <vector>

class PageOutputDev : public TextOutputDev
{
public:
    // The TextOutputDev poppler-glib makes for a page's text (poppler_page_get_text_page):
    // physical layout, no fixed pitch, reading order, no file.
    PageOutputDev() : TextOutputDev(nullptr, true, 0, false, false) { }

    std::vector<allot_mark> marks;

    // From now on the pass only records marks: the text drawn after the page's contents (its
    // annotations) is not the page text poppler-glib reads, which comes from the contents alone.
    void stopText() { textStopped = true; }

    // Paths and images are painted (TextOutputDev asks for text only); what this changes for the
    // text is nothing: the only text-only shortcuts this turns off skip patterns and images, and
    // patterns and shadings are taken as done below without drawing their content. What a pattern
    // or a shading paints is kept as a mark of one colour (`paintPattern`).
    bool needNonText() override { return true; }
    bool useTilingPatternFill() override { return true; }
    bool useShadedFills(int) override { return true; }
    bool tilingPatternFill(GfxState *state, Gfx *, Catalog *, GfxTilingPattern *pattern, const double *, int, int, int, int, double, double) override;
    bool functionShadedFill(GfxState *state, GfxFunctionShading *shading) override;
    bool axialShadedFill(GfxState *state, GfxAxialShading *shading, double, double) override;
    bool radialShadedFill(GfxState *state, GfxRadialShading *shading, double, double) override;
    bool gouraudTriangleShadedFill(GfxState *, GfxGouraudTriangleShading *) override { return true; }
    bool patchMeshShadedFill(GfxState *, GfxPatchMeshShading *) override { return true; }

    // The clip paths in force, saved and restored with the graphics state: a pattern or a shading
    // paints inside them.
    void saveState(GfxState *) override { levels.push_back(clips.size()); }
    void restoreState(GfxState *) override
    {
        if (!levels.empty()) {
            clips.resize(levels.back());
            levels.pop_back();
        }
    }
    void clip(GfxState *state) override { clipTo(state, false); }
    void eoClip(GfxState *state) override { clipTo(state, true); }
    void clipToStrokePath(GfxState *state) override;

    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode c, int nBytes, const Unicode *u, int uLen) override
    {
        if (!textStopped) {
            TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
        }
    }
    void beginActualText(GfxState *state, const GooString *text) override
    {
        if (!textStopped) {
            TextOutputDev::beginActualText(state, text);
        }
    }
    void endActualText(GfxState *state) override
    {
        if (!textStopped) {
            TextOutputDev::endActualText(state);
        }
    }

    // A soft mask's content is never painted: no mark inside one is kept.
    void beginTransparencyGroup(GfxState *, const double *, GfxColorSpace *, bool, bool, bool forSoftMask) override { groups.push_back(forSoftMask); }
    void endTransparencyGroup(GfxState *) override
    {
        if (!groups.empty()) {
            groups.pop_back();
        }
    }

    void stroke(GfxState *state) override;
    void fill(GfxState *state) override { fillBoxes(state, false); }
    void eoFill(GfxState *state) override { fillBoxes(state, true); }

    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate, bool inlineImg) override
    {
        image(state);
        OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }
    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, const int *maskColors, bool inlineImg) override
    {
        image(state);
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight, bool maskInvert,
                         bool maskInterpolate) override
    {
        image(state);
        OutputDev::drawMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth, maskHeight, maskInvert, maskInterpolate);
    }
    void drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight,
                             GfxImageColorMap *maskColorMap, bool maskInterpolate) override
    {
        image(state);
        OutputDev::drawSoftMaskedImage(state, ref, str, width, height, colorMap, interpolate, maskStr, maskWidth, maskHeight, maskColorMap, maskInterpolate);
    }

private:
    // One clip path, with what every clip path in force with it encloses (`region`: the boxes of
    // the paths, intersected, kept as each is added so a paint reads it at once); for a stroke
    // made a clip (a pattern stroked along a path), the stroke's pieces too.
    struct Clip
    {
        bool stroke;
        std::vector<Box> region;
        std::vector<allot_mark> strokes;
    };

    std::vector<bool> groups;
    bool textStopped = false;
    std::vector<Clip> clips;
    std::vector<size_t> levels;

    bool inSoftMask() const;
    void fillBoxes(GfxState *state, bool evenOdd);
    void appendStrokes(GfxState *state, const GfxRGB &rgb, double opacity, std::vector<allot_mark> &out) const;
    void clipTo(GfxState *state, bool evenOdd);
    void paintPattern(GfxState *state, const GfxRGB &rgb, double opacity);
    void image(GfxState *state);
};

#endif
