/* chart_png.c -- a cairo image surface as PNG bytes, written with libpng

   cairo_surface_write_to_png compresses at zlib's default level with
   every row filter tried, which made PNG encoding about a quarter of the
   pilot report's CPU time (issue 13's 0.5 s target).  Here libpng writes
   the same pixels at a faster setting (see chart_png.h); the image is the
   same, the file somewhat larger.  */

#include "chart_png.h"

#include <png.h>
#include <stdint.h>
#include <stdlib.h>

/* libpng's output callback: to the FILE * given as its io pointer.  */
static void
write_bytes (png_structp png, png_bytep data, size_t n)
{
  FILE *f = png_get_io_ptr (png);
  if (fwrite (data, 1, n, f) != n)
    png_error (png, "cannot write");
}

static void
flush_nothing (png_structp png)
{
  (void) png;
}

/* Whether every pixel of the ARGB32 image DATA (W x H, STRIDE bytes a
   row) is opaque.  */
static int
opaque (const unsigned char *data, int w, int h, int stride)
{
  for (int y = 0; y < h; y++)
    {
      const uint32_t *px = (const uint32_t *) (data + (size_t) y * stride);
      for (int x = 0; x < w; x++)
        if ((px[x] >> 24) != 0xff)
          return 0;
    }
  return 1;
}

/* Row Y of DATA into OUT as RGB (ALPHA 0) or RGBA with the colour
   unpremultiplied (cairo stores colour multiplied by alpha).  */
static void
convert_row (const unsigned char *data, int y, int w, int stride, int alpha,
             unsigned char *out)
{
  const uint32_t *px = (const uint32_t *) (data + (size_t) y * stride);
  for (int x = 0; x < w; x++)
    {
      uint32_t p = px[x];
      unsigned a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff,
               b = p & 0xff;
      if (alpha)
        {
          if (a == 0)
            r = g = b = 0;
          else if (a < 0xff)
            {
              r = (r * 255 + a / 2) / a;
              g = (g * 255 + a / 2) / a;
              b = (b * 255 + a / 2) / a;
            }
        }
      *out++ = (unsigned char) r;
      *out++ = (unsigned char) g;
      *out++ = (unsigned char) b;
      if (alpha)
        *out++ = (unsigned char) a;
    }
}

int
sp_png_write (cairo_surface_t *s, FILE *out)
{
  if (cairo_surface_status (s) != CAIRO_STATUS_SUCCESS
      || cairo_image_surface_get_format (s) != CAIRO_FORMAT_ARGB32)
    return -1;
  cairo_surface_flush (s);
  const unsigned char *data = cairo_image_surface_get_data (s);
  int w = cairo_image_surface_get_width (s);
  int h = cairo_image_surface_get_height (s);
  int stride = cairo_image_surface_get_stride (s);
  if (!data || w <= 0 || h <= 0)
    return -1;
  int alpha = !opaque (data, w, h, stride);
  unsigned char *row = malloc ((size_t) w * 4);
  png_structp png
    = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png ? png_create_info_struct (png) : NULL;
  if (!row || !info)
    {
      png_destroy_write_struct (&png, &info);
      free (row);
      return -1;
    }
  if (setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      free (row);
      return -1;
    }
  png_set_write_fn (png, out, write_bytes, flush_nothing);
  png_set_compression_level (png, SP_PNG_LEVEL);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
  png_set_IHDR (png, info, (png_uint_32) w, (png_uint_32) h, 8,
                alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                PNG_FILTER_TYPE_DEFAULT);
  png_write_info (png, info);
  for (int y = 0; y < h; y++)
    {
      convert_row (data, y, w, stride, alpha, row);
      png_write_row (png, row);
    }
  png_write_end (png, NULL);
  png_destroy_write_struct (&png, &info);
  free (row);
  return 0;
}
