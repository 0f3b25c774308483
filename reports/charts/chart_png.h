/* chart_png.h -- a chart's pixels as PNG bytes

   The charts are drawn on a cairo image surface; sp_png_write encodes it
   with libpng (not cairo_surface_write_to_png, whose fixed zlib level and
   adaptive filtering cost about a quarter of the pilot report's time).
   Deterministic: the same pixels give the same bytes.  */

#ifndef SP_CHART_PNG_H
#define SP_CHART_PNG_H

#include <cairo.h>
#include <stdio.h>

/* The zlib level (0-9) the charts are compressed at: 3 keeps the files
   within about a tenth of level 6's size at a fraction of its time
   (bench/README.md, "Pilot report").  */
#define SP_PNG_LEVEL 3

/* The ARGB32 image surface S as a PNG (8 bits a channel; RGB when every
   pixel is opaque, else RGBA with the colour unpremultiplied, as
   cairo's own writer does) written to OUT.  Returns 0, or -1 when S is
   not an ARGB32 image or writing fails (OUT may then hold part of a
   PNG; the caller discards it).  Nothing is allocated for the caller.  */
int sp_png_write (cairo_surface_t *s, FILE *out);

#endif /* SP_CHART_PNG_H */
