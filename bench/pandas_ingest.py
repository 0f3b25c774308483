#!/usr/bin/python3
"""pandas_ingest.py -- pandas.read_csv on the same usage file, for the
side-by-side in bench/README.md (pandas is not a dependency of
socialprofit: install Debian's python3-pandas to run this).

Usage: /usr/bin/python3 bench/pandas_ingest.py [--runs N] USAGE.csv

Each run is a fresh process that imports pandas, then reads the file
with pandas.read_csv (default options: types inferred, the C parser);
the time of the read alone is measured (wall, and CPU time of the
process), and the process's peak resident memory after it.  Prints each
run and the medians, in the format of bench_ingest.
"""

import os
import resource
import statistics
import subprocess
import sys
import time


def child(path):
    import pandas
    w0, c0 = time.perf_counter(), time.process_time()
    frame = pandas.read_csv(path)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(f"{wall} {cpu} {rss} {len(frame)} {pandas.__version__}")


def main():
    args = sys.argv[1:]
    if args[:1] == ["--child"]:
        child(args[1])
        return
    runs = 5
    if args[:1] == ["--runs"]:
        runs = int(args[1])
        args = args[2:]
    path = args[0]
    mb = os.path.getsize(path) / 1e6
    walls, cpus, rsss = [], [], []
    for i in range(runs):
        out = subprocess.run([sys.executable, __file__, "--child", path],
                             check=True, capture_output=True, text=True)
        wall, cpu, rss, rows, version = out.stdout.split()
        wall, cpu, rss = float(wall), float(cpu), float(rss)
        walls.append(wall)
        cpus.append(cpu)
        rsss.append(rss)
        print(f"pandas    run {i + 1}: wall {wall:6.3f} s ({mb / wall:6.1f} "
              f"MB/s)  cpu {cpu:6.3f} s ({mb / cpu:6.1f} MB/s)  peak "
              f"{rss:6.1f} MiB  ({rows} rows, pandas {version})", flush=True)
    w, c, r = (statistics.median(v) for v in (walls, cpus, rsss))
    print(f"pandas    MEDIAN of {runs}: wall {w:6.3f} s ({mb / w:6.1f} MB/s)  "
          f"cpu {c:6.3f} s ({mb / c:6.1f} MB/s)  peak {r:6.1f} MiB")


if __name__ == "__main__":
    main()
