#!/usr/bin/env python3
"""Writes docs/model-parameters.md: every parameter of the crosstalk model with its value, unit and source.

The list of parameters, their values and units come from `myokinetics describe` (what the engine reads);
the source of each parameter is the `//` comment on the line that defines it in models/crosstalk/*.ant
(or, for a compartment or species, on its declaration line). Values fixed by an initial assignment are
shown as their expression and their value for the reference adult, read from `myokinetics simulate`.

Deterministic: the same model files and the same build give the same bytes. Run from anywhere:

    dotnet build src/Myokinetics.Cli -c Release
    python3 scripts/model_parameters.py            # writes docs/model-parameters.md

Options: --cli PATH (the built myokinetics.dll; default the Release build), --out FILE.
Python 3.9+ standard library only; needs `dotnet` on PATH.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "models" / "crosstalk"
ENTRY = MODEL_DIR / "crosstalk.ant"
DEFAULT_CLI = ROOT / "src" / "Myokinetics.Cli" / "bin" / "Release" / "net10.0" / "myokinetics.dll"
DEFAULT_OUT = ROOT / "docs" / "model-parameters.md"

TAGS = ["READ-2°", "READ", "DERIVED", "CALIBRATED", "ASSUMED", "RECALLED"]
TAG_PATTERN = re.compile(r"\b(READ-2°|READ|DERIVED|CALIBRATED|ASSUMED|RECALLED)(?![\w-])")
DEFINITION = re.compile(r"^\s*(?:var\s+|const\s+)?([A-Za-z_]\w*)\s*=\s*(.+?)\s*$")
DECLARATION = re.compile(r"^\s*(?:species|compartment|var)\s+([A-Za-z_]\w*)\b")
NUMBER_AND_UNIT = re.compile(r"^([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)(?:\s+([A-Za-z_]\w*))?$")


@dataclass
class Definition:
    """Where an id gets its value in the .ant files."""

    file: str
    line: int
    expression: str
    comment: str
    comment_line: int


@dataclass
class Row:
    """One id as `myokinetics describe` lists it."""

    id: str
    value: str
    units: str
    constant: str
    determined_by: str


def run(args: list[str]) -> str:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode != 0:
        sys.exit(f"model_parameters: {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def section(text: str, title: str) -> list[str]:
    """The lines of a describe section: the header line and the rows below it, up to the blank line."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(title + " (") or line == title + ": none":
            block = []
            for row in lines[i + 1:]:
                if not row.strip():
                    break
                block.append(row)
            return block
    sys.exit(f"model_parameters: no '{title}' section in the describe output")


def table(block: list[str], columns: list[str]) -> list[dict[str, str]]:
    """Cuts an aligned describe table at the header's column starts."""
    if not block:
        return []
    header = block[0]
    starts = [header.index(c) for c in columns]
    rows = []
    for line in block[1:]:
        cells = {}
        for k, column in enumerate(columns):
            end = starts[k + 1] if k + 1 < len(starts) else len(line)
            cells[column] = line[starts[k]:end].strip()
        rows.append(cells)
    return rows


def unit_id(units: str) -> str:
    """`per_hour (1/hour)` → `per_hour`; `-` when no unit is declared."""
    return units.split(" (")[0].strip() or "-"


def module_files() -> list[Path]:
    """The module files in the order crosstalk.ant imports them."""
    files = []
    for line in ENTRY.read_text(encoding="utf-8").splitlines():
        match = re.match(r'^\s*import\s+"([^"]+)"', line)
        if match:
            files.append(MODEL_DIR / match.group(1))
    return files


def split_comment(line: str) -> tuple[str, str]:
    code, sep, comment = line.partition("//")
    return code, comment.strip() if sep else ""


HAS_UNIT = re.compile(r"^\s*([A-Za-z_]\w*)\s+has\s+([A-Za-z_]\w*)\s*$")
DECLARED_UNITS: dict[str, str] = {}


def read_definitions(files: list[Path]) -> tuple[dict[str, Definition], dict[str, tuple[str, int, str]]]:
    """Last definition of every id (a later definition replaces an earlier one, as in Antimony) and the
    declaration line (species, compartment, var) of every declared id. Fills DECLARED_UNITS from `x has u`."""
    definitions: dict[str, Definition] = {}
    declarations: dict[str, tuple[str, int, str]] = {}
    for path in files:
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code, comment = split_comment(raw)
            for statement in code.split(";"):
                statement = statement.strip()
                if not statement or statement.startswith(("unit ", "import ", "model ", "end")):
                    continue
                declared = DECLARATION.match(statement)
                if declared and "=" not in statement:
                    declarations[declared.group(1)] = (path.name, number, comment)
                    continue
                has = HAS_UNIT.match(statement)
                if has:
                    DECLARED_UNITS[has.group(1)] = has.group(2)
                    continue
                if ":=" in statement or re.match(r"^\s*\w+\s*'", statement):
                    continue
                match = DEFINITION.match(statement)
                if match:
                    definitions[match.group(1)] = Definition(path.name, number, match.group(2), comment, number)
    return definitions, declarations


def source_of(id_: str, definitions: dict[str, Definition], declarations: dict[str, tuple[str, int, str]]) -> tuple[str, str, int, str]:
    """(file, comment, line of the comment, where it was found) for an id."""
    definition = definitions.get(id_)
    if definition and definition.comment:
        return definition.file, definition.comment, definition.line, "line"
    if id_ in declarations and declarations[id_][2]:
        file, line, comment = declarations[id_]
        return file, comment, line, "declaration"
    if definition:
        return definition.file, "", definition.line, "line"
    if id_ in declarations:
        return declarations[id_][0], "", declarations[id_][1], "declaration"
    return "", "", 0, "none"


def tags_of(comment: str) -> list[str]:
    found = []
    for tag in TAG_PATTERN.findall(comment):
        if tag not in found:
            found.append(tag)
    return found


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def expression_of(definition: Definition | None) -> str:
    if definition is None:
        return ""
    expression = definition.expression
    match = NUMBER_AND_UNIT.match(expression)
    return match.group(1) if match else expression


def reference_values(cli: Path, ids: list[str]) -> dict[str, str]:
    """Values at t = 0 for the reference adult (the model's defaults)."""
    if not ids:
        return {}
    csv = run(["dotnet", str(cli), "simulate", str(ENTRY), "--end", "1", "--steps", "1", "--variables", ",".join(ids)])
    lines = csv.strip().splitlines()
    header = lines[0].split(",")
    first = lines[1].split(",")
    values = {}
    for name, value in zip(header[1:], first[1:]):
        values[name] = format(float(value), ".6g")
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", type=Path, default=DEFAULT_CLI)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    options = parser.parse_args()
    if not options.cli.exists():
        sys.exit(f"model_parameters: {options.cli} not found; build it first: dotnet build src/Myokinetics.Cli -c Release")

    describe = run(["dotnet", str(options.cli), "describe", str(ENTRY)])
    parameters = [Row(r["id"], r["value"], r["units"], r["constant"], r["determined by"])
                  for r in table(section(describe, "Parameters"), ["id", "value", "units", "constant", "determined by"])]
    compartments = [Row(r["id"], r["size"], r["units"], r["constant"], r["determined by"])
                    for r in table(section(describe, "Compartments"), ["id", "size", "units", "dimensions", "constant", "determined by"])]
    species = [Row(r["id"], r["initial"], r["amount units"], "no", r["determined by"])
               for r in table(section(describe, "Species"), ["id", "compartment", "initial", "amount units", "concentration units", "flags", "determined by"])]
    species_units = {}
    for r in table(section(describe, "Species"), ["id", "compartment", "initial", "amount units", "concentration units", "flags", "determined by"]):
        species_units[r["id"]] = r["concentration units"]

    files = module_files()
    definitions, declarations = read_definitions(files)
    order = {path.name: i for i, path in enumerate(files)}

    constants = [p for p in parameters if p.constant == "yes" and p.determined_by == "constant"]
    derived = [p for p in parameters + compartments if p.determined_by == "initial assignment, then constant"]
    inputs = [p for p in parameters if p.constant == "no" and p.determined_by == "constant"]
    states = [p for p in parameters if p.determined_by == "rate rule"] + species
    rules = [p for p in parameters if p.determined_by == "assignment rule"]
    reference = reference_values(options.cli, [p.id for p in derived])

    def module(id_: str) -> str:
        return source_of(id_, definitions, declarations)[0]

    def sort_key(row: Row) -> tuple[int, int]:
        file, _, line, _ = source_of(row.id, definitions, declarations)
        definition = definitions.get(row.id)
        return order.get(file, 99), definition.line if definition else line

    out: list[str] = []
    w = out.append
    w("# Parameters of the crosstalk model")
    w("")
    w("Generated by `python3 scripts/model_parameters.py` from `myokinetics describe models/crosstalk/crosstalk.ant`")
    w("(ids, values, units: what the engine reads) and the `//` comment on each parameter's line in")
    w("`models/crosstalk/*.ant` (its source). Do not edit by hand: change the model file and regenerate")
    w("(`dotnet build src/Myokinetics.Cli -c Release && python3 scripts/model_parameters.py`). The physiology")
    w("and the equations are in [model.md](model.md). Time is in hours; units are the ids declared in")
    w("`models/crosstalk/units.ant` (and a few module files).")
    w("")
    w("Source tags (models/crosstalk/README.md): READ primary text read; READ-2° secondary source; DERIVED")
    w("arithmetic from read numbers; CALIBRATED fitted to the data named; ASSUMED a modelling choice; RECALLED")
    w("from memory, not verified with a source (\"verify\"). The tags column lists every tag word found in the comment,")
    w("in order, so a comment such as \"[CALIBRATED … RECALLED — verify]\" shows both.")
    w("")
    counts = {tag: 0 for tag in TAGS}
    untagged = 0
    for p in constants + derived:
        found = tags_of(source_of(p.id, definitions, declarations)[1])
        if not found:
            untagged += 1
        for tag in found:
            counts[tag] += 1
    w(f"Counts: {len(constants)} constant parameters, {len(derived)} parameters fixed by an initial assignment, "
      f"{len(inputs)} protocol inputs, {len(states)} state variables (rate rules), {len(rules)} variables given by "
      f"assignment rules (not listed; see model.md). Parameters whose comment carries each tag: "
      + ", ".join(f"{tag} {counts[tag]}" for tag in TAGS) + f"; no tag {untagged}.")
    w("")

    # ---- to do ----------------------------------------------------------------------------------------
    w("## To do: parameters with no unit, no source comment or no tag")
    w("")
    w("Facts only, for the owners of the modules. \"no comment\": nothing after `//` on the parameter's line (a")
    w("comment on the lines above, if any, is not read). \"no tag\": a comment without any of the tags above.")
    w("")
    w("| id | file:line | missing | comment on its line |")
    w("| --- | --- | --- | --- |")
    todo = 0
    for p in sorted(constants + derived, key=sort_key):
        file, comment, line, _ = source_of(p.id, definitions, declarations)
        missing = []
        if unit_id(p.units) == "-":
            missing.append("unit")
        if not comment:
            missing.append("comment")
        elif not tags_of(comment):
            missing.append("tag")
        if missing:
            todo += 1
            w(f"| `{p.id}` | {file}:{line} | {', '.join(missing)} | {cell(comment) if comment else '—'} |")
    if todo == 0:
        w("| — | — | — | — |")
    w("")

    # ---- parameters by module ---------------------------------------------------------------------------
    w("## Parameters by module")
    w("")
    w("In import order. \"value\" is the number in the file; for a parameter fixed by an initial assignment it is")
    w("the expression, with the reference adult's value after `→`.")
    w("")
    by_file: dict[str, list[Row]] = {}
    for p in constants + derived:
        by_file.setdefault(module(p.id), []).append(p)
    for file in sorted(by_file, key=lambda f: order.get(f, 99)):
        w(f"### {file}")
        w("")
        w("| id | value | unit | source (comment on its line) | tags |")
        w("| --- | --- | --- | --- | --- |")
        for p in sorted(by_file[file], key=sort_key):
            _, comment, _, where = source_of(p.id, definitions, declarations)
            if p.determined_by == "initial assignment, then constant":
                value = f"`{cell(expression_of(definitions.get(p.id)))}` → {reference.get(p.id, '?')}"
            else:
                value = p.value
            note = " (comment on its declaration line)" if where == "declaration" and comment else ""
            tags = ", ".join(tags_of(comment)) or "—"
            w(f"| `{p.id}` | {value} | {unit_id(p.units)} | {cell(comment) + note if comment else '—'} | {tags} |")
        w("")

    # ---- protocol inputs ------------------------------------------------------------------------------
    w("## Protocol inputs")
    w("")
    w("Set by the protocol's events at the exact start and end of each session (models/crosstalk/README.md); 0 otherwise.")
    w("")
    w("| id | default | unit | comment on its line |")
    w("| --- | --- | --- | --- |")
    for p in sorted(inputs, key=sort_key):
        comment = source_of(p.id, definitions, declarations)[1]
        w(f"| `{p.id}` | {p.value} | {unit_id(p.units)} | {cell(comment) if comment else '—'} |")
    w("")

    # ---- states -------------------------------------------------------------------------------------------
    w("## State variables (rate rules) and their initial values")
    w("")
    w("Species are in the `plasma` compartment and are read as concentrations. Dose targets (a dose event adds to")
    w("them) are marked; see models/crosstalk/drugs.yaml.")
    w("")
    targets = set(re.findall(r"target:\s*(\w+)", (MODEL_DIR / "drugs.yaml").read_text(encoding="utf-8")))
    w("| id | file:line | initial value | unit | note |")
    w("| --- | --- | --- | --- | --- |")
    for p in sorted(states, key=sort_key):
        definition = definitions.get(p.id)
        file = module(p.id)
        line = definition.line if definition else 0
        initial = expression_of(definition) or p.value
        unit = DECLARED_UNITS.get(p.id, "-") if p.id in species_units else unit_id(p.units)
        notes = []
        if p.id in species_units:
            notes.append("species")
        if p.id in targets:
            notes.append("dose target")
        w(f"| `{p.id}` | {file}:{line} | `{cell(initial)}` | {unit_id(unit)} | {', '.join(notes) or '—'} |")
    w("")

    text = "\n".join(out)
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(text, encoding="utf-8")
    print(f"wrote {options.out.relative_to(ROOT) if options.out.is_relative_to(ROOT) else options.out}: "
          f"{len(constants)} constants, {len(derived)} initial assignments, {len(inputs)} inputs, {len(states)} states, {todo} to do")


if __name__ == "__main__":
    main()
