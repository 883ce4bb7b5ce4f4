#include "FontCache.h"

#include <Error.h>
#include <Gfx.h>
#include <OutputDev.h>

#include <stdexcept>

namespace {

// poppler keeps a page's fonts in private members (Gfx::res, GfxResources::fonts,
// GfxFontDict::fonts) and has no call to hand it fonts already made. An explicit instantiation
// may name private members (C++17 [temp.spec]/6), which is the one way the language gives to
// reach them; a renamed or retyped member in another poppler fails the build here, never
// silently.
template<typename Tag, typename Tag::type Member>
struct Reach
{
    friend typename Tag::type reach(Tag) { return Member; }
};

struct ResourceStack
{
    using type = GfxResources *Gfx::*;
    friend type reach(ResourceStack);
};

struct ResourceFonts
{
    using type = GfxFontDict *GfxResources::*;
    friend type reach(ResourceFonts);
};

struct DictFonts
{
    using type = std::vector<std::shared_ptr<GfxFont>> GfxFontDict::*;
    friend type reach(DictFonts);
};

template struct Reach<ResourceStack, &Gfx::res>;
template struct Reach<ResourceFonts, &GfxResources::fonts>;
template struct Reach<DictFonts, &GfxFontDict::fonts>;

// The page's resource dictionary stands, for as long as this lives, with an empty font
// dictionary (poppler then makes its GfxFontDict, empty, for the fonts lent to it), and is put
// back as it was (the same object) when this ends, thrown through or not.
class ResourcesWithoutFonts
{
public:
    ResourcesWithoutFonts(Object *resources, XRef *xref) : resources(resources), saved(std::move(*resources))
    {
        Dict *copy = saved.getDict()->copy(xref);
        copy->set("Font", Object(new Dict(xref)));
        *resources = Object(copy);
    }
    ~ResourcesWithoutFonts() { *resources = std::move(saved); }

    ResourcesWithoutFonts(const ResourcesWithoutFonts &) = delete;
    ResourcesWithoutFonts &operator=(const ResourcesWithoutFonts &) = delete;

private:
    Object *resources;
    Object saved;
};

Gfx *createPageGfx(Page *page, OutputDev *out)
{
    return page->createGfx(out, 72.0, 72.0, 0, false, true, -1, -1, -1, -1, false, nullptr, nullptr);
}

} // namespace

Gfx *FontCache::createGfx(Page *page, XRef *xref, OutputDev *out)
{
    // The font dictionary as GfxResources finds it: the resources' Font entry, direct or referred.
    Object *resources = page->getResourceDictObject();
    if (resources == nullptr || !resources->isDict()) {
        return createPageGfx(page, out);
    }
    Object referred;
    Dict *fontDict = nullptr;
    const Object &entry = resources->getDict()->lookupNF("Font");
    if (entry.isRef()) {
        referred = entry.fetch(xref);
        if (referred.isDict()) {
            fontDict = referred.getDict();
        }
    } else if (entry.isDict()) {
        fontDict = entry.getDict();
    }
    std::vector<std::shared_ptr<GfxFont>> pageFonts;
    if (fontDict == nullptr || !fontsOf(fontDict, xref, &pageFonts)) {
        return createPageGfx(page, out);
    }

    std::unique_ptr<Gfx> gfx;
    {
        ResourcesWithoutFonts stripped(resources, xref);
        gfx.reset(createPageGfx(page, out));
    }
    GfxResources *stack = gfx.get()->*reach(ResourceStack());
    GfxFontDict *lent = stack == nullptr ? nullptr : stack->*reach(ResourceFonts());
    if (lent == nullptr) {
        throw std::runtime_error("poppler made no font dictionary for the page");
    }
    lent->*reach(DictFonts()) = std::move(pageFonts);
    return gfx.release();
}

bool FontCache::fontsOf(Dict *fontDict, XRef *xref, std::vector<std::shared_ptr<GfxFont>> *pageFonts)
{
    const int count = fontDict->getLength();
    for (int i = 0; i < count; ++i) {
        if (!fontDict->getValNF(i).isRef()) {
            return false;
        }
    }
    pageFonts->reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const Object &value = fontDict->getValNF(i);
        const Ref ref = value.getRef();
        Key key { { ref.num, ref.gen }, fontDict->getKey(i) };
        auto found = fonts.find(key);
        if (found == fonts.end()) {
            // As GfxFontDict makes it: the font of the referred dictionary, none for a font
            // poppler could not make or for an entry that is no dictionary.
            std::shared_ptr<GfxFont> font;
            Object object = value.fetch(xref);
            if (object.isDict()) {
                font = GfxFont::makeFont(xref, fontDict->getKey(i), ref, object.getDict());
                if (font && !font->isOk()) {
                    font.reset();
                }
            } else {
                error(errSyntaxError, -1, "font resource is not a dictionary");
            }
            found = fonts.emplace(std::move(key), std::move(font)).first;
        }
        if (found->second) {
            pageFonts->push_back(found->second);
        }
    }
    return true;
}
