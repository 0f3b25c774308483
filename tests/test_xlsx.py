#!/usr/bin/python3
"""test_xlsx.py -- the Excel workbook, read back with openpyxl

report writes results.xlsx beside results.json; savings, value, profit,
rollout and compare write it with --format xlsx --output FILE.  Checked:
the sheets the issue names, each sheet's first rows saying what it is,
frozen header rows, numbers stored as numbers (never as text), the
Savings sheet's Total row equal to savings.saving in results.json, and
that a binary workbook is never written to a terminal or without
--output.  Run by meson with the binary in $SOCIALPROFIT, from the
source root; openpyxl is python3-openpyxl (Debian), used only here."""

import json
import os
import re
import subprocess
import sys
import tempfile

import openpyxl

EXE = os.environ["SOCIALPROFIT"]
EVAL = "fixtures/calico-2019/evaluation.json"
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def run(*args, **kw):
    return subprocess.run([EXE, *args], capture_output=True, **kw)


def savings_total(ws):
    """The Savings sheet's Total row's value in the 'saving' column of the
    service lines' header."""
    header = None
    for row in ws.iter_rows(values_only=True):
        if header is None and row[0] == "service" and "saving" in row:
            header = row
        elif header and row[0] == "Total":
            return row[header.index("saving")]
    return None


NUMBER_AS_TEXT = re.compile(r"^-?[0-9][0-9,]*(\.[0-9]+)?(e[-+]?[0-9]+)?$")


def check_book(path, want_sheets):
    wb = openpyxl.load_workbook(path)
    for name in want_sheets:
        check(name in wb.sheetnames, f"{path}: no sheet {name!r} in {wb.sheetnames}")
    for ws in wb.worksheets:
        check(isinstance(ws["A1"].value, str) and ws["A1"].value,
              f"{ws.title}: no title in A1")
        check(isinstance(ws["A2"].value, str) and len(ws["A2"].value) > 30,
              f"{ws.title}: A2 does not say what the sheet is")
        check(ws.freeze_panes is not None, f"{ws.title}: no frozen header")
        numbers = 0
        for row in ws.iter_rows(min_row=3):
            for c in row:
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    numbers += 1
                elif isinstance(c.value, str):
                    check(not NUMBER_AS_TEXT.match(c.value),
                          f"{ws.title}!{c.coordinate}: number stored as text {c.value!r}")
        check(numbers > 0, f"{ws.title}: no numbers")
        widths = [d.width for d in ws.column_dimensions.values() if d.width]
        check(len(widths) > 0, f"{ws.title}: columns not sized")
    return wb


with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "report")
    r = run("report", EVAL, "--out", out, "--bootstrap", "200",
            "--simulations", "200", "--quiet")
    check(r.returncode == 0, f"report: {r.returncode} {r.stderr!r}")
    doc = json.load(open(os.path.join(out, "results.json")))
    wb = check_book(os.path.join(out, "results.xlsx"),
                    ["Summary", "Savings", "Social value", "Register",
                     "Investment", "Local economy", "Social profit",
                     "Rollout east-lancs-890", "Intervals",
                     "Assumptions and sources"])
    total = savings_total(wb["Savings"])
    check(total == doc["savings"]["saving"],
          f"Savings total {total!r} != savings.saving {doc['savings']['saving']!r}")
    ws = wb["Savings"]
    money = [c for row in ws.iter_rows() for c in row if c.value == total
             and isinstance(total, (int, float))]
    check(any("£" in c.number_format for c in money), "the total is not in £")
    # the Summary gives each headline figure with its interval kind
    summary = {row[0]: row for row in wb["Summary"].iter_rows(values_only=True)}
    row = summary.get("NHS cost saving")
    check(row is not None and row[1] == doc["savings"]["saving"]
          and "CI" in str(row[4]), f"Summary saving row {row!r}")
    row = summary.get("Rollout NPV")
    check(row is not None and "simulation" in str(row[4])
          and "CI" not in str(row[4]), f"Summary NPV row {row!r}")
    codes = [l["code"] for l in doc.get("limitations", [])]
    found = [r[0] for r in wb["Summary"].iter_rows(values_only=True)]
    for code in codes:
        check(code in found, f"Summary lacks limitation {code}")


    # disclosure control (issue 11): the published workbook shows "*"
    # where results.json suppressed a figure, and holds no value of one
    # person; --internal keeps them.  Checked on every suppressed savings
    # line cell and on the values the internal document alone carries.
    internal = os.path.join(tmp, "internal")
    r = run("report", EVAL, "--out", internal, "--bootstrap", "200",
            "--simulations", "200", "--quiet", "--internal")
    check(r.returncode == 0, f"report --internal: {r.returncode} {r.stderr!r}")
    idoc = json.load(open(os.path.join(internal, "results.json")))
    iwb = openpyxl.load_workbook(os.path.join(internal, "results.xlsx"))

    def line_cell(book, service, field):
        header = None
        for row in book["Savings"].iter_rows(values_only=True):
            if header is None and row[0] == "service" and field in row:
                header = row
            elif header and row[0] == service:
                return row[header.index(field)]
        return None

    suppressed = [p for p in doc["disclosure"]["suppressed"]
                  if p.startswith("savings.lines.")]
    check(len(suppressed) > 0, "the pilot has no suppressed savings line")
    for path in suppressed:
        _, _, service, field = path.split(".")
        got = line_cell(wb, service, field)
        check(got == "*", f"published workbook {path}: {got!r}, not '*'")
        want = next(l[field] for l in idoc["savings"]["lines"]
                    if l["service"] == service)
        got = line_cell(iwb, service, field)
        check(got == want, f"internal workbook {path}: {got!r} != {want!r}")
    listed = [r[0] for r in wb["Disclosure"].iter_rows(values_only=True)]
    check(all(p in listed for p in doc["disclosure"]["suppressed"]),
          "the Disclosure sheet does not list every suppressed figure")
    personal = [idoc["register"]["budget_min"], idoc["register"]["budget_max"]]
    for inf in idoc["influence"].values():
        personal += [inf["leave_one_out"]["min"], inf["leave_one_out"]["max"]]
        personal += inf["influence"][:2]  # the two largest contributions
    cells = [c.value for ws in wb.worksheets for row in ws.iter_rows()
             for c in row if isinstance(c.value, (int, float))]
    leaked = [v for v in personal if v in cells]
    check(not leaked, f"published workbook holds one person's values {leaked[:5]}")
    icells = [c.value for ws in iwb.worksheets for row in ws.iter_rows()
              for c in row if isinstance(c.value, (int, float))]
    check(idoc["register"]["budget_max"] in icells,
          "internal workbook lacks the largest budget")

    # each command's --format xlsx --output FILE
    j = run("savings", EVAL, "--format", "json")
    saving = json.loads(j.stdout)["savings"]["saving"]
    for cmd, args, sheets in [
            ("savings", [EVAL], ["Summary", "Savings"]),
            ("value", [EVAL], ["Summary", "Social value"]),
            ("profit", [EVAL], ["Summary", "Savings", "Social profit",
                                "Register", "Investment"]),
            ("rollout", ["fixtures/scenarios/east-lancs-890.json",
                         "--simulations", "200"],
             ["Summary", "Rollout east-lancs-890"]),
            ("compare", ["fixtures/scenarios/east-lancs-450.json",
                         "fixtures/scenarios/east-lancs-890.json",
                         "--simulations", "200"],
             ["Rollout east-lancs-450", "Rollout east-lancs-890"])]:
        path = os.path.join(tmp, cmd + ".xlsx")
        r = run(cmd, *args, "--format", "xlsx", "--output", path)
        check(r.returncode == 0 and r.stdout == b"",
              f"{cmd} --format xlsx: {r.returncode} {r.stderr!r}")
        if r.returncode == 0:
            b = check_book(path, sheets)
            if cmd == "savings":
                check(savings_total(b["Savings"]) == saving,
                      "savings --format xlsx total")
        check(not [f for f in os.listdir(tmp) if ".tmp-" in f],
              f"{cmd}: a temporary file was left")

    # --output with a text format writes that format to the file
    path = os.path.join(tmp, "s.json")
    r = run("savings", EVAL, "--format", "json", "--output", path)
    check(r.returncode == 0 and r.stdout == b""
          and json.load(open(path))["savings"]["saving"] == saving,
          "savings --format json --output")

    # never without --output, never to a terminal, only where it applies
    r = run("savings", EVAL, "--format", "xlsx")
    check(r.returncode == 64 and b"--output" in r.stderr and r.stdout == b"",
          f"xlsx without --output: {r.returncode} {r.stderr!r}")
    r = run("savings", EVAL, "--format", "xlsx", "--output", "-")
    check(r.returncode == 0 and r.stdout[:2] == b"PK",
          "xlsx to a pipe with --output -")
    t = subprocess.run(["script", "-qec",
                        f"'{EXE}' savings {EVAL} --format xlsx --output -",
                        "/dev/null"], capture_output=True)
    check(t.returncode == 64 and b"PK" not in t.stdout,
          f"xlsx to a terminal: {t.returncode} {t.stdout[:200]!r}")
    for cmd in ("validate", "trend"):
        r = run(cmd, EVAL, "--format", "xlsx")
        check(r.returncode == 64, f"{cmd} --format xlsx: {r.returncode}")
    r = run("savings", EVAL, "--format", "xlsx", "--output",
            os.path.join(tmp, "no", "such", "dir.xlsx"))
    check(r.returncode == 73, f"xlsx into a missing folder: {r.returncode}")

print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
