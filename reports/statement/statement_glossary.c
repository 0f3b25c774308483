/* statement_glossary.c -- the glossary at the end of the statement
   (issue 11 §2): the abbreviations and terms a board member meets in
   it, each in a sentence or two of plain English.  */

#include "statement_parts.h"
#include "statement_table.h"

static const char *const terms[][2] = {
  { "PHB", "Personal health budget: an amount of NHS money for a person's "
           "health and wellbeing needs, planned and agreed between them "
           "and their NHS team." },
  { "PA", "Personal assistant: someone a person employs with their budget "
          "to help with daily life." },
  { "POET", "Personal Outcomes Evaluation Tool (In Control and Lancaster "
            "University): a survey of how people rate parts of their life, "
            "such as wellbeing, choice and control, and relationships." },
  { "SROI", "Social return on investment: the value of what a programme "
            "achieves (savings and the value of better lives) for each "
            "pound it costs." },
  { "LM3", "Local Multiplier 3 (New Economics Foundation): how much of "
           "each pound spent stays in the local economy over three rounds "
           "of spending; 1 means none of it, 3 all of it." },
  { "BCa", "Bias-corrected and accelerated: a way of computing a "
           "bootstrap confidence interval that allows for skewed and "
           "biased figures." },
  { "Bootstrap", "Recomputing a figure many times on the participants "
                 "drawn again at random, to see how far it could move by "
                 "chance." },
  { "Confidence interval (CI)", "The range a figure could lie in by chance "
                                "with so few people, from the bootstrap: "
                                "a 95% interval would hold the true figure "
                                "in 95 of 100 such studies." },
  { "Uncertainty interval (simulation)",
    "The range a projection covers when its assumptions vary as the "
    "scenario says; it reflects the assumptions, not chance in data, so "
    "it is not a confidence interval." },
  { "Deadweight", "The share of an improvement that would have happened "
                  "anyway, without the programme." },
  { "Attribution", "The share of an improvement owed to others (family, "
                   "other services) rather than the programme." },
  { "Displacement", "The share of an improvement that only moved a "
                    "problem or a cost elsewhere." },
  { "Drop-off", "How much of an improvement fades each year after the "
                "first." },
  { "Present value", "Money in future years expressed in today's pounds, "
                     "by discounting each later year at the discount "
                     "rate." },
  { "Net present value (NPV)", "The present value of the savings less the "
                               "present value of the costs over the "
                               "years projected." },
  { "Social value", "The value in pounds of improvements in people's "
                    "lives, from published values of each outcome (value "
                    "proxies)." },
  { "Forecast, reported, recorded", "The basis of a saving: from the use of "
                                    "services that plans expected, that "
                                    "people recalled, or that records "
                                    "show." },
};

void
sp_stmt_glossary (sp_page *p, const cJSON *doc)
{
  (void) doc;
  size_t n = sizeof terms / sizeof terms[0];
  sp_page_heading (p, "Glossary", 1, sp_table_keep (n));
  static const sp_table_col cols[] = {
    { "Term", 0.28, SP_ALIGN_START },
    { "Meaning", 0.72, SP_ALIGN_START },
  };
  sp_table t;
  sp_table_begin (&t, p, cols, 2, n);
  for (size_t i = 0; i < n; i++)
    sp_table_row (&t, terms[i], 0);
  sp_table_end (&t);
}
