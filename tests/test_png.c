/* test_png.c -- sp_png_write (reports/charts/chart_png.h): the PNG it
   writes, read back by cairo's own PNG reader, holds the same pixels
   (opaque and translucent), and the same pixels give the same bytes.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "chart_png.h"

typedef struct
{
  const unsigned char *data;
  size_t len, at;
} reader;

static cairo_status_t
read_mem (void *closure, unsigned char *out, unsigned int n)
{
  reader *r = closure;
  if (r->at + n > r->len)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, r->data + r->at, n);
  r->at += n;
  return CAIRO_STATUS_SUCCESS;
}

/* An ARGB32 image of W x H whose pixels vary in colour and, unless
   OPAQUE, in alpha.  */
static cairo_surface_t *
pattern (int w, int h, int opaque)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (s);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        cairo_set_source_rgba (cr, (x % 7) / 6.0, (y % 5) / 4.0,
                               ((x + y) % 3) / 2.0,
                               opaque ? 1.0 : ((x * 3 + y) % 11) / 10.0);
        cairo_rectangle (cr, x, y, 1, 1);
        cairo_fill (cr);
      }
  cairo_destroy (cr);
  cairo_surface_flush (s);
  return s;
}

/* S written by sp_png_write into *BUF (*LEN bytes).  */
static void
encode (cairo_surface_t *s, char **buf, size_t *len)
{
  FILE *f = open_memstream (buf, len);
  assert_non_null (f);
  assert_int_equal (sp_png_write (s, f), 0);
  fclose (f);
  assert_true (*len > 8);
  assert_memory_equal (*buf, "\x89PNG\r\n\x1a\n", 8);
}

static void
round_trip (int opaque)
{
  int w = 37, h = 23;
  cairo_surface_t *s = pattern (w, h, opaque);
  char *buf;
  size_t len;
  encode (s, &buf, &len);
  reader r = { (const unsigned char *) buf, len, 0 };
  cairo_surface_t *back
    = cairo_image_surface_create_from_png_stream (read_mem, &r);
  assert_int_equal (cairo_surface_status (back), CAIRO_STATUS_SUCCESS);
  assert_int_equal (cairo_image_surface_get_width (back), w);
  assert_int_equal (cairo_image_surface_get_height (back), h);
  const unsigned char *a = cairo_image_surface_get_data (s);
  const unsigned char *b = cairo_image_surface_get_data (back);
  int sa = cairo_image_surface_get_stride (s);
  int sb = cairo_image_surface_get_stride (back);
  int translucent = 0;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        uint32_t p = ((const uint32_t *) (a + (size_t) y * sa))[x];
        uint32_t q = ((const uint32_t *) (b + (size_t) y * sb))[x];
        translucent += (p >> 24) != 0xff;
        for (int c = 0; c < 32; c += 8)
          {
            int d = (int) ((p >> c) & 0xff) - (int) ((q >> c) & 0xff);
            /* unpremultiplying and premultiplying again rounds by at
               most one step */
            if (d < -1 || d > 1)
              fail_msg ("pixel %d,%d: %08x written, %08x read", x, y, p, q);
          }
      }
  assert_true (opaque ? translucent == 0 : translucent > 0);
  /* the same pixels, the same bytes */
  char *again;
  size_t len2;
  encode (s, &again, &len2);
  assert_int_equal (len, len2);
  assert_memory_equal (buf, again, len);
  free (again);
  cairo_surface_destroy (back);
  cairo_surface_destroy (s);
  free (buf);
}

static void
opaque_pixels_round_trip (void **state)
{
  (void) state;
  round_trip (1);
}

static void
translucent_pixels_round_trip (void **state)
{
  (void) state;
  round_trip (0);
}

static void
not_an_argb32_image_is_refused (void **state)
{
  (void) state;
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_A8, 4, 4);
  char *buf;
  size_t len;
  FILE *f = open_memstream (&buf, &len);
  assert_int_equal (sp_png_write (s, f), -1);
  fclose (f);
  free (buf);
  cairo_surface_destroy (s);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (opaque_pixels_round_trip),
    cmocka_unit_test (translucent_pixels_round_trip),
    cmocka_unit_test (not_an_argb32_image_is_refused),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
