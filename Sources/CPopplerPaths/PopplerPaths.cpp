// The marks (stroked lines, filled boxes, images) of a PDF page, read with poppler's core API:
// an OutputDev that draws no text and keeps the geometry of what is painted. Everything is
// caught here; only C types leave this file.
#include "CPopplerPaths.h"

#include <Annot.h>
#include <Dict.h>
#include <Gfx.h>
#include <GlobalParams.h>
#include <GfxState.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <goo/GooString.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>
#include <vector>

namespace {


// poppler's global parameters, made once for the process and kept to its end (each document
// holding its own made and destroyed them every time the count fell to 0: 5M instructions a file).
// Made before any document is opened (allot_paths_prepare), they take no error callback and are
// quiet: poppler then drops its messages at once instead of formatting each (poppler-glib only
// logged them at the INFO level, which nobody sees); the pages painted without their fonts raise
// one at every text operator.
void keepGlobalParams()
{
    static const bool made = [] {
        static GlobalParamsIniter initer { nullptr };
        if (globalParams) {
            globalParams->setErrQuiet(true);
        }
        return true;
    }();
    (void)made;
}

// Paints page `index` (0-based) onto `out` as poppler's Page::displaySlice does (crop box, 72 dpi,
// the page's rotation, annotations drawn), but with the page's own fonts left out of its resources:
// no text is drawn, and loading every font of the page (its widths, encodings and ToUnicode maps)
// was two thirds of the cost. Text operators then find no font and do nothing.
void paintWithoutText(PDFDoc *doc, int index, OutputDev *out)
{
    Page *page = doc->getPage(index + 1);
    if (page == nullptr) {
        throw std::runtime_error("no such page");
    }
    int rotate = page->getRotate();
    if (rotate >= 360) {
        rotate -= 360;
    } else if (rotate < 0) {
        rotate += 360;
    }
    PDFRectangle box;
    bool crop = true;
    page->makeBox(72, 72, rotate, false, out->upsideDown(), -1, -1, -1, -1, &box, &crop);
    Object resources;
    if (Dict *own = page->getResourceDict()) {
        resources = Object(own->copy(doc->getXRef()));
        resources.getDict()->remove("Font");
    }
    Gfx gfx(doc, out, index + 1, resources.isDict() ? resources.getDict() : nullptr, 72, 72, &box, crop ? page->getCropBox() : nullptr, rotate, nullptr, nullptr);
    Object contents = page->getContents();
    if (!contents.isNull()) {
        gfx.saveState();
        gfx.display(&contents);
        gfx.restoreState();
    }
    if (Annots *annots = page->getAnnots()) {
        for (Annot *annot : annots->getAnnots()) {
            annot->draw(&gfx, false);
        }
    }
}

void copyMessage(const char *text, char *message, size_t size)
{
    if (message == nullptr || size == 0) {
        return;
    }
    std::strncpy(message, text, size - 1);
    message[size - 1] = '\0';
}

class MarkOutputDev : public OutputDev
{
public:
    std::vector<allot_mark> marks;

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return true; }

    // Shadings and tiling patterns paint areas, not lines: taken as done without drawing them.
    bool useTilingPatternFill() override { return true; }
    bool useShadedFills(int) override { return true; }
    bool tilingPatternFill(GfxState *, Gfx *, Catalog *, GfxTilingPattern *, const double *, int, int, int, int, double, double) override { return true; }
    bool functionShadedFill(GfxState *, GfxFunctionShading *) override { return true; }
    bool axialShadedFill(GfxState *, GfxAxialShading *, double, double) override { return true; }
    bool radialShadedFill(GfxState *, GfxRadialShading *, double, double) override { return true; }
    bool gouraudTriangleShadedFill(GfxState *, GfxGouraudTriangleShading *) override { return true; }
    bool patchMeshShadedFill(GfxState *, GfxPatchMeshShading *) override { return true; }

    // A soft mask's content is never painted: nothing inside one is kept.
    void beginTransparencyGroup(GfxState *, const double *, GfxColorSpace *, bool, bool, bool forSoftMask) override { groups.push_back(forSoftMask); }
    void endTransparencyGroup(GfxState *) override
    {
        if (!groups.empty()) {
            groups.pop_back();
        }
    }

    void stroke(GfxState *state) override
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
                allot_mark mark = make(state, ALLOT_MARK_STROKE, rgb, state->getStrokeOpacity());
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

    void fill(GfxState *state) override { fillBoxes(state); }
    void eoFill(GfxState *state) override { fillBoxes(state); }

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
    std::vector<bool> groups;

    bool inSoftMask() const { return std::find(groups.begin(), groups.end(), true) != groups.end(); }

    static allot_mark make(GfxState *state, int kind, const GfxRGB &rgb, double opacity)
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

    // The box of every filled subpath made of straight lines only.
    void fillBoxes(GfxState *state)
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
            allot_mark mark = make(state, ALLOT_MARK_FILL, rgb, state->getFillOpacity());
            mark.x0 = x0;
            mark.y0 = y0;
            mark.x1 = x1;
            mark.y1 = y1;
            marks.push_back(mark);
        }
    }

    void image(GfxState *state)
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
        allot_mark mark = make(state, ALLOT_MARK_IMAGE, white, 1);
        mark.x0 = *std::min_element(xs, xs + 4);
        mark.x1 = *std::max_element(xs, xs + 4);
        mark.y0 = *std::min_element(ys, ys + 4);
        mark.y1 = *std::max_element(ys, ys + 4);
        marks.push_back(mark);
    }
};

} // namespace

struct allot_paths_document
{
    std::vector<char> bytes;
    std::unique_ptr<PDFDoc> doc;
};

extern "C" allot_paths_document *allot_paths_open(const unsigned char *bytes, size_t length, const char *password, int *error, char *message, size_t message_size)
{
    if (error != nullptr) {
        *error = -1;
    }
    try {
        keepGlobalParams();
        auto document = std::make_unique<allot_paths_document>();
        if (length > 0 && bytes != nullptr) {
            document->bytes.assign(reinterpret_cast<const char *>(bytes), reinterpret_cast<const char *>(bytes) + length);
        }
        std::optional<GooString> secret;
        if (password != nullptr) {
            secret = GooString(password);
        }
        auto *stream = new MemStream(document->bytes.data(), 0, static_cast<Goffset>(document->bytes.size()), Object(objNull));
        document->doc = std::make_unique<PDFDoc>(stream, secret, secret);
        if (!document->doc->isOk()) {
            if (error != nullptr) {
                *error = document->doc->getErrorCode();
            }
            copyMessage("poppler could not open the document", message, message_size);
            return nullptr;
        }
        if (error != nullptr) {
            *error = 0;
        }
        return document.release();
    } catch (const std::exception &e) {
        copyMessage(e.what(), message, message_size);
    } catch (...) {
        copyMessage("unknown C++ exception", message, message_size);
    }
    return nullptr;
}

extern "C" void allot_paths_prepare(void)
{
    try {
        keepGlobalParams();
    } catch (...) {
    }
}

extern "C" int allot_paths_page_count(const allot_paths_document *document)
{
    if (document == nullptr || !document->doc) {
        return 0;
    }
    try {
        return std::max(0, const_cast<PDFDoc *>(document->doc.get())->getNumPages());
    } catch (...) {
        return 0;
    }
}

extern "C" int allot_paths_page(allot_paths_document *document, int index, allot_mark **marks, size_t *count, char *message, size_t message_size)
{
    if (marks != nullptr) {
        *marks = nullptr;
    }
    if (count != nullptr) {
        *count = 0;
    }
    if (document == nullptr || !document->doc || marks == nullptr || count == nullptr) {
        copyMessage("no document", message, message_size);
        return -1;
    }
    try {
        if (index < 0 || index >= document->doc->getNumPages()) {
            copyMessage("no such page", message, message_size);
            return -1;
        }
        MarkOutputDev out;
        paintWithoutText(document->doc.get(), index, &out);
        if (out.marks.empty()) {
            return 0;
        }
        auto *copy = static_cast<allot_mark *>(std::malloc(out.marks.size() * sizeof(allot_mark)));
        if (copy == nullptr) {
            copyMessage("out of memory", message, message_size);
            return -1;
        }
        std::memcpy(copy, out.marks.data(), out.marks.size() * sizeof(allot_mark));
        *marks = copy;
        *count = out.marks.size();
        return 0;
    } catch (const std::exception &e) {
        copyMessage(e.what(), message, message_size);
    } catch (...) {
        copyMessage("unknown C++ exception", message, message_size);
    }
    return -1;
}

extern "C" void allot_paths_free_marks(allot_mark *marks)
{
    std::free(marks);
}

extern "C" void allot_paths_close(allot_paths_document *document)
{
    try {
        delete document;
    } catch (...) {
    }
}
