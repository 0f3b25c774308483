/* disclosure.h -- disclosure control: the published view of the results
   document

   Every published output -- text, CSV, JSON (results.json and --format
   json), charts, the statement, the workbook -- is rendered from the
   document AFTER sp_disclosure_apply has turned it into its published
   view.  Only --internal skips it.  One mechanism, one place: renderers
   never decide what to hide, they show what the view holds ("*" for a
   suppressed cell, nothing for a removed one).

   THE RULES (threshold T, default 7, from the evaluation file's
   "disclosure": { "threshold": T }; NHS Digital's rule for published
   activity statistics below national level):

   1. Small counts.  A count of people from 1 to T is suppressed; 0
      stays 0.  Where a count is part of a larger published count
      (referrals of enquiries, integrated budgets of live plans), the
      part left over is a count too, and when it is 1 to T the count is
      suppressed so that it cannot be worked out by subtraction.
   2. Figures about few people.  A figure derived from 1 to T people is
      suppressed: a mean, a sum, a rate, an outcome's value, a spend
      category, a register segment's mean budget.  "People" means the
      people the figure is about -- its CONTRIBUTORS -- not the cohort it
      sits in: a service line used by 2 of 22 participants is a figure
      about those 2 (savings.lines[].contributors), a spend category
      used by 3 people one about those 3 (local_economy.by_category[].
      participants), a domain mean one about the people scored at both
      waves.  A figure that would reveal a suppressed count (a rate with
      a published denominator, advocacy cost = people assessed x a
      published unit cost) is suppressed with it.
   3. Secondary suppression.  Where a suppressed cell could be worked
      out from a published total and the other cells (one unknown in a
      sum), the next-smallest cell of the sum is suppressed too (the
      smallest non-zero one; the total when no cell is left).  A row of
      a table is suppressed whole (its cost = quantity x unit cost and
      saving = before - after would give one cell from the others), and
      rows linked across tables (an outcome and its domain) together.
      This is repeated until no sum has exactly one unknown.
   4. No value of one person, whatever T (even 0): the influence of each
      participant, the leave-one-out range, the smallest and largest
      budget and the influence estimate beside the top shares are
      removed; the shares carried by the top 1, 2 and 5 participants are
      rounded to the nearest 10%.  Identifiers are never in the document
      without --internal.
   5. An interval or influence entry of a suppressed figure is removed
      with it.
   6. A limitation's sentence that quotes a figure (the baseline
      difference of a comparison group) is written last, from the view
      (sp_doc_add_limitation_details): a suppressed figure is not
      quoted.

   T = 0 turns rules 1 to 3 off (rule 4 stays: only --internal lifts
   it); the results then carry a limitation saying so.

   The document gains
     disclosure { threshold, internal, suppressed[], removed[], rounded[] }
   listing the paths of the cells shown as "*" (null in JSON), of the
   values left out, and of the rounded shares.  Paths are dotted, array
   elements named by their key member ("savings.lines.hospital_bed_day.
   saving"; see sp_disclosure_element_name), like the keys of intervals.
   Which of the "*" are small and which protect them is deliberately not
   said.

   HOW TO MAKE A NEW FIGURE SAFE (other engineers, read this):
   - Put every count of people in the document as a number with a clear
     name, and every figure about a group next to the count of the
     people it is about (add a "contributors"/"participants" count when
     the group is not the whole cohort).  Never write a count of people
     into a text field (a note, a limitation): text cannot be
     suppressed.
   - Add one line to the rule table in disclosure.c: SP_DISC_COUNT for
     a count, SP_DISC_ABOUT for a figure about the people counted at
     FROM, SP_DISC_REVEALS for a figure that gives away the count or
     figure at FROM, SP_DISC_PERSONAL for a value of one person.  Add a
     SUM line when a published total is the sum of published cells.
   - In renderers, format every figure with figure.h (sp_fig_at,
     sp_fig_format), never sp_doc_num (..., 0) -> a number: a suppressed
     cell is not a number, and figure.h prints it as "*".  Charts ask
     sp_disclosure_hidden.  tests/test_cli_disclosure.c shows how to
     test a new output on a small cohort.  */

#ifndef SP_DISCLOSURE_H
#define SP_DISCLOSURE_H

#include <cjson/cJSON.h>
#include <stddef.h>

/* What a suppressed cell shows in every published output.  */
#define SP_DISCLOSURE_MARK "*"

/* The default threshold T.  */
#define SP_DISCLOSURE_THRESHOLD 7

/* Turn DOC into its published view in place, as described above, for
   threshold THRESHOLD (0 = rules 1-3 off), and add the "disclosure"
   section.  With INTERNAL nonzero nothing is changed but the section
   ({ threshold, internal: true, empty lists }).  Suppressed numbers
   become cJSON_Raw nodes whose text is "null" (printed as null, seen by
   sp_disclosure_hidden); removed members are deleted.  */
void sp_disclosure_apply (cJSON *doc, int threshold, int internal);

/* Whether V is a cell suppressed by sp_disclosure_apply.  */
int sp_disclosure_hidden (const cJSON *v);

/* Whether the document DOC is an internal edition (built with
   --internal): nothing suppressed, identifiers possible.  */
int sp_disclosure_internal (const cJSON *doc);

/* The name of array element EL (the I-th of its array) in a path: its
   first key member that is a string or a number, in the order service,
   outcome, domain, segment, category, name, parameter, figure, month,
   year, code; else "#I".  Written into BUF (SIZE bytes).  */
char *sp_disclosure_element_name (const cJSON *el, size_t i, char *buf,
                                  size_t size);

#endif /* SP_DISCLOSURE_H */
