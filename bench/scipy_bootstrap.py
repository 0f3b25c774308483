#!/usr/bin/python3
"""scipy_bootstrap.py -- SciPy's bootstrap on the benchmarks' problems, for
the side-by-side figures in bench/README.md (a benchmark, not a test;
SciPy is not a dependency of socialprofit).

Usage (Debian's python3-scipy, the system Python, from the source root):
  /usr/bin/python3 bench/scipy_bootstrap.py [USAGE.csv]

1. "sum of 20,000": a sum of 20,000 skewed values (gamma frailty times
   Poisson costs, as bench_bootstrap's cohort), scipy.stats.bootstrap BCa,
   10,000 resamples, vectorised, batch 500; median of 3 runs.
2. With USAGE.csv (the 200,000-participant file of gen_usage): each
   participant's before and after annual cost priced with
   proxies/unit-costs/east-lancs-2018.csv (quantity x 12 / months x unit
   cost), the participants seen in both periods, and the total saving
   sum(before - after) by scipy.stats.bootstrap BCa, 10,000 resamples,
   batch 100 (one run: it takes minutes).  socialprofit's side is
   `socialprofit savings --usage USAGE.csv --unit-costs ... --bootstrap
   10000 --ci-method bca`, timed by bench_report.

Prints wall time and the peak resident memory of this process.
"""
import csv
import resource
import sys
import time
from collections import defaultdict

try:
    import numpy as np
    import scipy
    from scipy import stats
except ImportError as e:
    # SciPy is not a dependency of socialprofit: without it there is
    # nothing to compare, which is not a failure.
    print("scipy_bootstrap: skipped, SciPy is not installed here (%s); "
          "install python3-scipy to compare" % e)
    sys.exit(0)


def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def timed(data, batch):
    t0 = time.perf_counter()
    res = stats.bootstrap((data,), np.sum, n_resamples=10000, batch=batch,
                          method="BCa", confidence_level=0.95,
                          vectorized=True, axis=-1,
                          random_state=np.random.default_rng(20190101))
    return time.perf_counter() - t0, res.confidence_interval


def sum_of_20000():
    rng = np.random.default_rng(2024)
    frailty = rng.gamma(0.6, 1 / 0.6, 20000)
    costs = np.zeros(20000)
    for unit, mean in ((328, 1.5), (202, 1.2), (3049, 1.0), (36, 8.0),
                       (70, 0.5)):
        costs += unit * (rng.poisson(mean * frailty)
                         - rng.poisson(0.6 * mean * frailty))
    times = []
    for _ in range(3):
        t, ci = timed(costs, 500)
        times.append(t)
    times.sort()
    print("SciPy %s, sum of 20,000, BCa, B = 10,000: median of 3 %.2f s "
          "(runs %s); peak %.0f MiB" % (scipy.__version__, times[1],
                                        ", ".join("%.2f" % t for t in times),
                                        peak_mib()))


def national(path):
    unit = {r["service"]: float(r["unit_cost"])
            for r in csv.DictReader(
                open("proxies/unit-costs/east-lancs-2018.csv"))}
    cost = {"before": defaultdict(float), "after": defaultdict(float)}
    for r in csv.DictReader(open(path)):
        months = float(r.get("months") or 12)
        cost[r["period"]][r["participant_id"]] += (
            float(r["quantity"]) * 12 / months * unit[r["service"]])
    ids = sorted(set(cost["before"]) & set(cost["after"]))
    saving = np.array([cost["before"][i] - cost["after"][i] for i in ids])
    t, ci = timed(saving, 100)
    print("SciPy %s, national saving (%d participants), BCa, B = 10,000: "
          "%.1f s; interval %.0f to %.0f; peak %.0f MiB"
          % (scipy.__version__, len(ids), t, ci.low, ci.high, peak_mib()))


if __name__ == "__main__":
    sum_of_20000()
    if len(sys.argv) > 1:
        national(sys.argv[1])
