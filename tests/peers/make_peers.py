#!/usr/bin/python3
"""make_peers.py -- SciPy's intervals on the peer-check cohort.

Reads cohort.csv and unit-costs.csv (this folder), prices each
participant's annualised usage (quantity x 12 / months x unit cost) in the
before and after periods, and bootstraps two statistics of the
participants (resampled with replacement, as socialprofit does):
  total  savings.saving       sum(before - after)
  ratio  savings.saving_rate  sum(before - after) / sum(before)
with scipy.stats.bootstrap (paired, 200,000 resamples) for the
percentile, basic and BCa intervals at 95%, all with SciPy's defaults
(BCa: jackknife acceleration).  Writes expected_scipy.json.  Needs
Debian's python3-scipy; run with the system Python from this folder:
  /usr/bin/python3 make_peers.py
"""
import csv
import json
from collections import defaultdict

import numpy as np
import scipy
from scipy import stats

B = 200000
LEVEL = 0.95

costs = {r["service"]: float(r["unit_cost"])
         for r in csv.DictReader(open("unit-costs.csv"))}
cost = {"before": defaultdict(float), "after": defaultdict(float)}
for r in csv.DictReader(open("cohort.csv")):
    cost[r["period"]][r["participant_id"]] += (
        float(r["quantity"]) * 12 / float(r["months"]) * costs[r["service"]])
ids = [i for i in cost["before"] if i in cost["after"]]
before = np.array([cost["before"][i] for i in ids])
after = np.array([cost["after"][i] for i in ids])


def total(b, a, axis=-1):
    return np.sum(b - a, axis=axis)


def ratio(b, a, axis=-1):
    return np.sum(b - a, axis=axis) / np.sum(b, axis=axis)


def figure(statistic):
    out = {"estimate": float(statistic(before, after))}
    for method, key in (("percentile", "percentile"), ("basic", "basic"),
                        ("BCa", "bca")):
        r = stats.bootstrap((before, after), statistic, paired=True,
                            vectorized=True, n_resamples=B,
                            confidence_level=LEVEL, method=method,
                            random_state=np.random.default_rng(20240401))
        out[key] = [float(r.confidence_interval.low),
                    float(r.confidence_interval.high)]
        out["standard_error"] = float(r.standard_error)
    return out


doc = {
    "peer": "SciPy " + scipy.__version__,
    "participants": len(ids),
    "resamples": B,
    "level": LEVEL,
    "figures": {
        "savings.saving": figure(total),
        "savings.saving_rate": figure(ratio),
    },
}
with open("expected_scipy.json", "w") as f:
    json.dump(doc, f, indent=2)
    f.write("\n")
