// The fonts of one document, made once and lent to every page that names them. poppler's core
// makes a page's fonts afresh for every page (GfxResources → GfxFontDict → GfxFont::makeFont, which
// reads the font dictionary, its descriptor, widths and ToUnicode CMap); a document whose pages
// share their fonts, as nearly all do, paid that once a page: a quarter of poppler's work on the
// bench notices. Internal to CPopplerPaths.
#ifndef ALLOT_FONTCACHE_H
#define ALLOT_FONTCACHE_H

#include <GfxFont.h>
#include <Object.h>
#include <Page.h>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

class Gfx;
class OutputDev;

class FontCache
{
public:
    // Page::createGfx for `page` (72 dpi, no turn of its own, the crop box, as poppler-glib's text
    // pass), its fonts taken from the cache. A page whose font dictionary names a font other than
    // by an indirect reference (poppler then makes up the font's id from the dictionary's own
    // reference or a hash of the font) is left to poppler as it is, fonts and all.
    Gfx *createGfx(Page *page, XRef *xref, OutputDev *out);

private:
    // A font is the one poppler would make for the same object under the same resource name
    // (its tag: a font looked up by name must answer to that name).
    using Key = std::pair<std::pair<int, int>, std::string>;

    // The fonts of `fontDict` in its order, each made once per document (a font poppler
    // refused, or an entry that is no dictionary, is kept as none, and left out as poppler
    // leaves it out); false when an entry is not an indirect reference.
    bool fontsOf(Dict *fontDict, XRef *xref, std::vector<std::shared_ptr<GfxFont>> *fonts);

    std::map<Key, std::shared_ptr<GfxFont>> fonts;
};

#endif
