#!/usr/bin/python3
"""test_schema.py -- every JSON output of every command on every fixture
validates against docs/results.schema.json (JSON Schema draft 2020-12)

The schema sets additionalProperties false and lists the required
members of every object, so an output with a field the schema does not
know, or without one it requires, fails here: whoever adds a field to
the results document adds it to the schema.  The validator is Debian's
python3-jsonschema (tests only).  Results documents are checked against
the schema's root, validate's document against $defs/validation and
trend's against $defs/trend.  Run by meson with the binary in
$SOCIALPROFIT, from the source root."""

import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

EXE = os.environ["SOCIALPROFIT"]
SCHEMA = json.load(open("docs/results.schema.json"))
failures = []


def run(*args):
    r = subprocess.run([EXE, *args, "--quiet"], capture_output=True)
    return r.returncode, r.stdout


def documents(tmp):
    """(what, document, kind) for every command's JSON on every fixture."""
    evals = sorted(glob.glob("fixtures/*/evaluation*.json"))
    scenarios = sorted(glob.glob("fixtures/scenarios/*.json"))
    fast = ["--bootstrap", "200", "--simulations", "200"]
    for ev in evals:
        for cmd, extra in (("savings", []), ("savings", ["--bootstrap", "200",
                                                         "--scale-to", "48"]),
                           ("value", []), ("value", ["--bootstrap", "200"]),
                           ("profit", []), ("profit", ["--bootstrap", "200"])):
            rc, out = run(cmd, ev, "--format", "json", *extra)
            if rc == 0:
                yield f"{cmd} {ev} {extra}", json.loads(out), "results"
            elif rc not in (64, 65, 66):
                failures.append(f"{cmd} {ev}: exit {rc}")
        rc, out = run("validate", ev, "--format", "json")
        yield f"validate {ev}", json.loads(out), "validation"
        outdir = os.path.join(tmp, os.path.basename(os.path.dirname(ev)) +
                              os.path.basename(ev))
        rc, _ = run("report", ev, "--out", outdir, *fast)
        if rc == 0:
            yield (f"report {ev}",
                   json.load(open(os.path.join(outdir, "results.json"))),
                   "results")
        else:
            failures.append(f"report {ev}: exit {rc}")
    for sc in scenarios:
        rc, out = run("rollout", sc, "--format", "json", *fast)
        yield f"rollout {sc}", json.loads(out), "results"
        rc, out = run("rollout", sc, "--evaluation",
                      "fixtures/calico-2019/evaluation.json", "--format",
                      "json", *fast)
        yield f"rollout {sc} --evaluation", json.loads(out), "results"
    rc, out = run("compare", *scenarios, "--format", "json", *fast)
    yield "compare", json.loads(out), "results"
    reports = sorted(glob.glob(os.path.join(tmp, "quarterly*", "results.json")))
    if len(reports) >= 2:
        rc, out = run("trend", *reports, "--format", "json")
        if rc == 0:
            yield "trend", json.loads(out), "trend"
        else:
            failures.append(f"trend: exit {rc}")
        # trend --out: its trend.json is the same document
        rc, _ = run("trend", *reports, "--out", os.path.join(tmp, "trend"))
        if rc == 0:
            yield ("trend --out",
                   json.load(open(os.path.join(tmp, "trend", "trend.json"))),
                   "trend")
        else:
            failures.append(f"trend --out: exit {rc}")
        # report --previous: "previous" and "changes" (issue 10)
        outdir = os.path.join(tmp, "with-previous")
        rc, _ = run("report", "fixtures/quarterly/evaluation-q2.json",
                    "--out", outdir, "--previous", reports[0], *fast)
        if rc == 0:
            doc = json.load(open(os.path.join(outdir, "results.json")))
            if not doc.get("changes"):
                failures.append("report --previous: no changes")
            yield "report --previous", doc, "results"
        else:
            failures.append(f"report --previous: exit {rc}")
        # trend over a report that lacks some figures (null estimates, no
        # reporting period or period end)
        first = json.load(open(reports[0]))
        for key in ("savings", "intervals"):
            first.pop(key, None)
        for key in ("reporting_period", "period_end"):
            first["evaluation"][key] = None
        bare = os.path.join(tmp, "bare.json")
        json.dump(first, open(bare, "w"))
        rc, out = run("trend", bare, reports[1], "--format", "json")
        if rc == 0:
            yield "trend with gaps", json.loads(out), "trend"
        else:
            failures.append(f"trend with gaps: exit {rc}")
    # a failed validation lists diagnostics
    bad = os.path.join(tmp, "bad.csv")
    open(bad, "w").write("participant_id,period,service,quantity\nA,before,x,1\n")
    rc, out = run("validate", "--usage", bad, "--unit-costs",
                  "proxies/unit-costs/east-lancs-2018.csv", "--format", "json")
    yield "validate bad", json.loads(out), "validation"


def main():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    kinds = {
        "results": SCHEMA,
        "validation": {**SCHEMA, "$ref": "#/$defs/validation"},
        "trend": {**SCHEMA, "$ref": "#/$defs/trend"},
    }
    for k in ("validation", "trend"):
        for key in ("type", "properties", "required", "additionalProperties"):
            kinds[k].pop(key, None)
    checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for what, doc, kind in documents(tmp):
            v = jsonschema.Draft202012Validator(kinds[kind])
            errors = sorted(v.iter_errors(doc), key=lambda e: list(e.path))
            for e in errors[:5]:
                failures.append(f"{what}: at {'/'.join(map(str, e.path))}: "
                                f"{e.message[:300]}")
            if kind == "results" and doc.get("schema_version") != 1:
                failures.append(f"{what}: schema_version is not 1")
            checked += 1
    for f in failures:
        print("FAIL:", f)
    print(f"{checked} documents checked, {len(failures)} failure(s)")
    if checked < 20:
        print("FAIL: too few documents")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
