// A PDF page read in one pass with poppler's core API: the page text, one box per character and
// the font-size runs, read from the TextPage exactly as poppler-glib's poppler_page_get_text,
// _get_text_layout and _get_text_attributes read theirs (poppler 22.12, glib/poppler-page.cc),
// and the marks the page paints, from the same pass (PageOutputDev). Everything is caught here;
// only C types leave this file, in blocks the caller frees with allot_paths_free_page.
#include "CPopplerPaths.h"
#include "FontCache.h"
#include "PageOutputDev.h"

#include <Annot.h>
#include <Gfx.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>
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
// logged them at the INFO level, which nobody sees).
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

void copyMessage(const char *text, char *message, size_t size)
{
    if (message == nullptr || size == 0) {
        return;
    }
    std::strncpy(message, text, size - 1);
    message[size - 1] = '\0';
}

// A TextPage is reference counted; the reader holds one reference and drops it here.
struct TextPageRelease
{
    void operator()(TextPage *text) const { text->decRefCnt(); }
};
using TextPagePointer = std::unique_ptr<TextPage, TextPageRelease>;

// poppler_page_get_size: the crop box, its sides swapped on a page turned a quarter.
void pageSize(Page *page, double *width, double *height)
{
    const int rotate = page->getRotate();
    if (rotate == 90 || rotate == 270) {
        *width = page->getCropHeight();
        *height = page->getCropWidth();
    } else {
        *width = page->getCropWidth();
        *height = page->getCropHeight();
    }
}

// One pass over page `index` (0-based): the contents painted as poppler-glib's text pass paints
// them (Page::createGfx at 72 dpi, the page's rotation, crop box, then Page::display; the fonts
// made once for the document, FontCache), the TextPage taken after the contents, then the
// annotations painted for their marks alone (as the marks were read before: annotations are
// drawn, their text is not page text).
TextPagePointer paintPage(PDFDoc *doc, FontCache *fonts, int index, PageOutputDev *out)
{
    Page *page = doc->getPage(index + 1);
    if (page == nullptr) {
        throw std::runtime_error("no such page");
    }
    std::unique_ptr<Gfx> gfx(fonts->createGfx(page, doc->getXRef(), out));
    page->display(gfx.get());
    out->endPage();
    TextPagePointer text(out->takeText());
    out->stopText();
    if (Annots *annots = page->getAnnots()) {
        for (Annot *annot : annots->getAnnots()) {
            annot->draw(gfx.get(), false);
        }
    }
    return text;
}

// Copies `values` into a block of malloc'd memory (NULL for none); false when out of memory.
template<typename T>
bool copyOut(const std::vector<T> &values, T **block, size_t *count)
{
    *block = nullptr;
    *count = 0;
    if (values.empty()) {
        return true;
    }
    auto *copy = static_cast<T *>(std::malloc(values.size() * sizeof(T)));
    if (copy == nullptr) {
        return false;
    }
    std::memcpy(copy, values.data(), values.size() * sizeof(T));
    *block = copy;
    *count = values.size();
    return true;
}

// The selected words of a TextPage, line by line, freed as poppler-glib frees them.
class SelectionWords
{
public:
    SelectionWords(TextPage *text, const PDFRectangle &area) { lines = text->getSelectionWords(&area, selectionStyleGlyph, &count); }
    ~SelectionWords()
    {
        if (lines == nullptr) {
            return;
        }
        for (int i = 0; i < count; ++i) {
            for (TextWordSelection *word : *lines[i]) {
                delete word;
            }
            delete lines[i];
        }
        gfree(lines);
    }
    SelectionWords(const SelectionWords &) = delete;
    SelectionWords &operator=(const SelectionWords &) = delete;

    bool empty() const { return lines == nullptr; }
    int lineCount() const { return count; }
    const std::vector<TextWordSelection *> &line(int i) const { return *lines[i]; }

private:
    std::vector<TextWordSelection *> **lines = nullptr;
    int count = 0;
};

// poppler_page_get_text_layout_for_area: a box per character of each selected word, one for the
// space after a word that has one (from the word's right edge to the next word's left, the
// word's height), and one of no size at the end of every line but the last.
std::vector<double> layoutBoxes(const SelectionWords &words)
{
    size_t total = words.lineCount() - 1;
    for (int i = 0; i < words.lineCount(); ++i) {
        const auto &line = words.line(i);
        total += line.size() - 1;
        for (std::size_t j = 0; j < line.size(); ++j) {
            total += line[j]->getEnd() - line[j]->getBegin();
            if (!line[j]->getWord()->hasSpaceAfter() && j < line.size() - 1) {
                total--;
            }
        }
    }
    std::vector<double> boxes(4 * total, 0.0);
    size_t offset = 0;
    auto put = [&](double x1, double y1, double x2, double y2) {
        if (offset < total) {
            boxes[4 * offset] = x1;
            boxes[4 * offset + 1] = y1;
            boxes[4 * offset + 2] = x2;
            boxes[4 * offset + 3] = y2;
        }
        offset++;
    };
    for (int i = 0; i < words.lineCount(); ++i) {
        const auto &line = words.line(i);
        double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        for (std::size_t j = 0; j < line.size(); ++j) {
            const TextWord *word = line[j]->getWord();
            for (int k = line[j]->getBegin(); k < line[j]->getEnd(); ++k) {
                double bx1, by1, bx2, by2;
                word->getCharBBox(k, &bx1, &by1, &bx2, &by2);
                put(bx1, by1, bx2, by2);
            }
            word->getBBox(&x1, &y1, &x2, &y2);
            if (word->hasSpaceAfter() && j < line.size() - 1) {
                double x3, y3, x4, y4;
                line[j + 1]->getWord()->getBBox(&x3, &y3, &x4, &y4);
                put(x2, y1, x3, y2);
            }
        }
        if (i < words.lineCount() - 1 && offset > 0) {
            put(x2, y2, x2, y2);
        }
    }
    return boxes;
}

// poppler-glib's word_text_attributes_equal: same font, size, underlining and colour.
bool sameAttributes(const TextWord *a, int ai, const TextWord *b, int bi)
{
    if (!a->getFontInfo(ai)->matches(b->getFontInfo(bi)) || a->getFontSize() != b->getFontSize() || a->isUnderlined() != b->isUnderlined()) {
        return false;
    }
    double ar, ag, ab, br, bg, bb;
    a->getColor(&ar, &ag, &ab);
    b->getColor(&br, &bg, &bb);
    return ar == br && ag == bg && ab == bb;
}

// poppler_page_get_text_attributes_for_area: runs of characters of equal attributes, over the
// same offsets as the layout's boxes (a space or a line end joins the run before it); only the
// font size is kept, all the caller reads.
std::vector<allot_text_run> attributeRuns(const SelectionWords &words)
{
    std::vector<allot_text_run> runs;
    const TextWord *previous = nullptr;
    int previousIndex = 0;
    int offset = 0;
    auto extend = [&] {
        if (!runs.empty()) {
            runs.back().end = offset;
        }
        offset++;
    };
    for (int i = 0; i < words.lineCount(); ++i) {
        const auto &line = words.line(i);
        for (std::size_t j = 0; j < line.size(); ++j) {
            const TextWord *word = line[j]->getWord();
            for (int k = line[j]->getBegin(); k < line[j]->getEnd(); ++k) {
                if (previous == nullptr || !sameAttributes(word, k, previous, previousIndex)) {
                    allot_text_run run;
                    run.start = offset;
                    run.end = offset;
                    run.font_size = word->getFontSize();
                    runs.push_back(run);
                }
                extend();
                previous = word;
                previousIndex = k;
            }
            if (word->hasSpaceAfter() && j < line.size() - 1) {
                extend();
            }
        }
        if (i < words.lineCount() - 1) {
            extend();
        }
    }
    return runs;
}

// Fills `result` from the page's TextPage and marks; every block it holds is malloc'd.
bool readText(TextPage *text, const std::vector<allot_mark> &marks, allot_page *result)
{
    PDFRectangle area(0, 0, result->width, result->height);
    std::unique_ptr<GooString> selected(text->getSelectionText(&area, selectionStyleGlyph));
    const char *chars = selected ? selected->c_str() : "";
    const size_t length = std::strlen(chars);
    result->text = static_cast<char *>(std::malloc(length + 1));
    if (result->text == nullptr) {
        return false;
    }
    std::memcpy(result->text, chars, length + 1);

    SelectionWords words(text, area);
    result->has_layout = words.empty() ? 0 : 1;
    if (!words.empty()) {
        if (!copyOut(layoutBoxes(words), &result->boxes, &result->box_count) || !copyOut(attributeRuns(words), &result->runs, &result->run_count)) {
            return false;
        }
        result->box_count /= 4;
    }
    return copyOut(marks, &result->marks, &result->mark_count);
}

} // namespace

struct allot_paths_document
{
    std::vector<char> bytes;
    std::unique_ptr<PDFDoc> doc;
    // After the document: its fonts go before it does.
    FontCache fonts;
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

extern "C" void allot_paths_free_page(allot_page *page)
{
    if (page == nullptr) {
        return;
    }
    std::free(page->text);
    std::free(page->boxes);
    std::free(page->runs);
    std::free(page->marks);
    std::memset(page, 0, sizeof *page);
}

extern "C" int allot_paths_read_page(allot_paths_document *document, int index, allot_page *page, char *message, size_t message_size)
{
    if (page == nullptr) {
        copyMessage("no page to fill", message, message_size);
        return -1;
    }
    std::memset(page, 0, sizeof *page);
    if (document == nullptr || !document->doc) {
        copyMessage("no document", message, message_size);
        return -1;
    }
    try {
        if (index < 0 || index >= document->doc->getNumPages()) {
            copyMessage("no such page", message, message_size);
            return -1;
        }
        Page *core = document->doc->getPage(index + 1);
        if (core == nullptr) {
            copyMessage("no such page", message, message_size);
            return -1;
        }
        pageSize(core, &page->width, &page->height);
        PageOutputDev out;
        TextPagePointer text = paintPage(document->doc.get(), &document->fonts, index, &out);
        if (readText(text.get(), out.marks, page)) {
            return 0;
        }
        copyMessage("out of memory", message, message_size);
    } catch (const std::exception &e) {
        copyMessage(e.what(), message, message_size);
    } catch (...) {
        copyMessage("unknown C++ exception", message, message_size);
    }
    allot_paths_free_page(page);
    return -1;
}

extern "C" void allot_paths_close(allot_paths_document *document)
{
    try {
        delete document;
    } catch (...) {
    }
}
