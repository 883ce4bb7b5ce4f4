// The region a filled or clipping path encloses, as boxes (PaintedRegion.cpp). Internal to
// CPopplerPaths.
#ifndef ALLOT_PAINTEDREGION_H
#define ALLOT_PAINTEDREGION_H

#include <GfxState.h>

#include <vector>

// A box in device points (x0 <= x1, y0 <= y1).
struct Box
{
    double x0, y0, x1, y1;
};

// The boxes the current path of `state` paints when filled (even-odd or nonzero): the bars of
// ink between the holes of an outline with rectangular holes, or else the box of every subpath
// made of straight lines only.
std::vector<Box> filledBoxes(GfxState *state, bool evenOdd);

// The parts of `boxes` inside the region `clip` encloses.
std::vector<Box> intersect(const std::vector<Box> &boxes, const std::vector<Box> &clip);

#endif
