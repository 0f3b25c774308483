#!/usr/bin/python3
"""Write cohort.csv and unit-costs.csv: the peer-check cohort.

A made-up cohort of 36 people (no other test uses it) with five services,
skewed as real usage is: most people use a little, a few use a lot
(quantities are negative-binomial draws).  Some windows are 6 months, so
quantities are annualised (x 12 / months).  Deterministic: fixed seed.
Run from this folder: /usr/bin/python3 make_cohort.py
"""
import numpy as np

rng = np.random.default_rng(4104)
services = [
    # service, label, unit, unit cost, category, mean before, after factor
    ("ed_visit", "Emergency department visit", "attendance", 310, "emergency", 1.6, 0.55),
    ("inpatient_day", "Inpatient bed day", "bed day", 2950, "emergency", 2.2, 0.45),
    ("paramedic", "Paramedic call out", "call out", 240, "emergency", 1.2, 0.7),
    ("gp_visit", "GP consultation", "consultation", 39, "planned", 6.0, 0.8),
    ("outpatient", "Outpatient appointment", "appointment", 135, "planned", 2.5, 0.9),
]
with open("unit-costs.csv", "w") as f:
    f.write("service,label,unit,unit_cost,category,price_year,source\n")
    for s, label, unit, cost, cat, _, _ in services:
        f.write(f"{s},{label},{unit},{cost},{cat},2023/24,"
                "made-up test cost (tests/peers/make_cohort.py)\n")
with open("cohort.csv", "w") as f:
    f.write("participant_id,period,service,quantity,months\n")
    for p in range(1, 37):
        pid = f"Q{p:02d}"
        months = 6 if p % 5 == 0 else 12
        frailty = rng.gamma(0.6, 1 / 0.6)      # a few heavy users
        for period in ("before", "after"):
            for s, _, _, _, _, mean, factor in services:
                m = mean * frailty * (1 if period == "before" else factor)
                m *= months / 12
                q = rng.negative_binomial(2, 2 / (2 + m)) if m > 0 else 0
                f.write(f"{pid},{period},{s},{q},{months}\n")
