#ifndef ALLOT_CPOPPLER_SHIM_H
#define ALLOT_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <glib-object.h>
#include <gio/gio.h>
#include <cairo.h>
#endif
