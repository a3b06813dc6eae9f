"""Reads an SBML model with libsbml and writes its right-hand side as C, Python or R source.

The supported subset is what the compared models use: compartments, species, parameters, initial
assignments, assignment rules, rate rules, reactions (constant compartments, species as
concentrations), and events whose trigger is `time >= number` (persistent, no delay, no priority)
with assignments of any expression. Anything else stops the generator with a message, so a model
is never silently simulated differently.

The generated code has one state vector (the variables of rate rules and the species changed by
reactions, in document order), one parameter vector (every other stored value: constants, values
set by events, compartment sizes) and locals for assigned quantities (assignment rules, in
dependency order). Events become a sorted list of times with the assignments to do at each.

Usage: /usr/bin/python3 sbmlgen.py c|python|r MODEL.xml OUT
"""

import math
import sys

import libsbml


class Unsupported(Exception):
    pass


def _number(value):
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "INFINITY" if value > 0 else "-INFINITY"
    return repr(float(value))


def _dependencies(node, out):
    if node is None:
        return out
    if node.getType() == libsbml.AST_NAME:
        out.add(node.getName())
    for i in range(node.getNumChildren()):
        _dependencies(node.getChild(i), out)
    return out


def _topological(pairs):
    """Orders (variable, math) pairs so that each comes after the variables it reads."""
    by_var = {v: m for v, m in pairs}
    order, state = [], {}

    def visit(v):
        mark = state.get(v)
        if mark == 2:
            return
        if mark == 1:
            raise Unsupported(f"assignments depend on each other in a cycle through '{v}'")
        state[v] = 1
        for d in sorted(_dependencies(by_var[v], set())):
            if d in by_var and d != v:
                visit(d)
        state[v] = 2
        order.append(v)

    for v, _ in pairs:
        visit(v)
    return [(v, by_var[v]) for v in order]


class SbmlModel:
    """The parts of an SBML model the emitters need, in a neutral form."""

    def __init__(self, path):
        document = libsbml.readSBMLFromFile(path)
        self.document = document  # the ASTs below belong to it
        errors = [document.getError(i) for i in range(document.getNumErrors())]
        fatal = [e for e in errors if e.isError() or e.isFatal()]
        if fatal:
            raise Unsupported(f"{path}: {fatal[0].getMessage().strip()}")
        model = document.getModel()
        if model is None:
            raise Unsupported(f"{path}: no model")
        self.id = model.getId()
        for name, count in [("function definitions", model.getNumFunctionDefinitions()),
                            ("algebraic rules", sum(1 for r in model.getListOfRules() if r.isAlgebraic())),
                            ("constraints are ignored", 0)]:
            if count:
                raise Unsupported(f"{path}: {name} are not supported by the generator")

        self.values = {}          # every stored symbol -> declared value (nan when none)
        self.order = []           # stored symbols in document order
        self.compartment_of = {}
        self.concentration = {}   # species id -> True when its symbol means a concentration
        for c in model.getListOfCompartments():
            self._declare(c.getId(), c.getSize() if c.isSetSize() else math.nan)
            if not c.getConstant() and model.getRateRuleByVariable(c.getId()) is None:
                pass
        for s in model.getListOfSpecies():
            size = model.getCompartment(s.getCompartment()).getSize()
            if s.isSetInitialConcentration():
                value = s.getInitialConcentration()
            elif s.isSetInitialAmount():
                value = s.getInitialAmount() if s.getHasOnlySubstanceUnits() else s.getInitialAmount() / size
            else:
                value = math.nan
            self._declare(s.getId(), value)
            self.compartment_of[s.getId()] = s.getCompartment()
            self.concentration[s.getId()] = not s.getHasOnlySubstanceUnits()
            if s.isSetConversionFactor() or model.isSetConversionFactor():
                raise Unsupported(f"{path}: conversion factors are not supported by the generator")
        for p in model.getListOfParameters():
            self._declare(p.getId(), p.getValue() if p.isSetValue() else math.nan)
        for r in model.getListOfReactions():
            if r.isSetFast() and r.getFast():
                raise Unsupported(f"{path}: fast reactions are not supported by the generator")
            for ref in list(r.getListOfReactants()) + list(r.getListOfProducts()):
                if ref.isSetId() and ref.getId():
                    raise Unsupported(f"{path}: species references with ids are not supported by the generator")

        self.assignment_rules = [(r.getVariable(), r.getMath()) for r in model.getListOfRules() if r.isAssignment()]
        rate_rules = [(r.getVariable(), r.getMath()) for r in model.getListOfRules() if r.isRate()]
        assigned = {v for v, _ in self.assignment_rules}

        # Species changed by reactions: d[S]/dt = sum(stoichiometry * rate) / size (constant compartments).
        flux = {}
        for r in model.getListOfReactions():
            law = r.getKineticLaw()
            if law is None or law.getMath() is None:
                raise Unsupported(f"{path}: reaction '{r.getId()}' has no kinetic law")
            if law.getNumLocalParameters() or law.getNumParameters():
                raise Unsupported(f"{path}: local parameters are not supported by the generator")
            for sign, refs in ((-1.0, r.getListOfReactants()), (1.0, r.getListOfProducts())):
                for ref in refs:
                    species = model.getSpecies(ref.getSpecies())
                    if species.getBoundaryCondition() or species.getConstant():
                        continue
                    flux.setdefault(ref.getSpecies(), []).append((sign * ref.getStoichiometry(), r.getId()))
        self.reactions = [(r.getId(), r.getKineticLaw().getMath()) for r in model.getListOfReactions()]
        self.flux = flux

        self.states = [v for v, _ in rate_rules] + [s for s in self.order if s in flux and s not in assigned]
        self.rate_math = dict(rate_rules)
        self.parameters = [s for s in self.order if s not in self.states and s not in assigned]
        for s in self.states:
            if s in flux and self.compartment_of.get(s) in self.rate_math:
                raise Unsupported(f"{path}: species '{s}' in a varying compartment is not supported by the generator")
        self.rules = _topological(self.assignment_rules)
        self.reaction_ids = [rid for rid, _ in self.reactions]
        initial = [(ia.getSymbol(), ia.getMath()) for ia in model.getListOfInitialAssignments()]
        self.initial = _topological(initial + self.assignment_rules + list(zip(self.reaction_ids, [m for _, m in self.reactions])))

        # Events: `time >= c`, persistent, no delay, no priority; simultaneous ones in document order.
        self.events = []
        for e in model.getListOfEvents():
            if e.isSetDelay() or e.isSetPriority():
                raise Unsupported(f"{path}: event '{e.getId()}' has a delay or priority")
            trigger = e.getTrigger().getMath()
            ok = (trigger.getType() == libsbml.AST_RELATIONAL_GEQ and trigger.getNumChildren() == 2
                  and trigger.getChild(0).getType() == libsbml.AST_NAME_TIME
                  and trigger.getChild(1).isNumber())
            if not ok:
                raise Unsupported(f"{path}: event '{e.getId()}' trigger is not 'time >= number'")
            when = trigger.getChild(1).getValue()
            assignments = [(a.getVariable(), a.getMath()) for a in e.getListOfEventAssignments()]
            for v, _ in assignments:
                if v in assigned:
                    raise Unsupported(f"{path}: event '{e.getId()}' assigns '{v}', which a rule assigns")
            self.events.append((when, e.getId(), assignments))
        self.events.sort(key=lambda x: x[0])

    def _declare(self, sid, value):
        self.values[sid] = value
        self.order.append(sid)

    def event_times(self):
        return sorted({t for t, _, _ in self.events})


class Emitter:
    """Turns libsbml ASTs into expressions; subclasses give the target language's spelling
    (name, number, boolean, power, call, conditional, logical) and the file layout (emit)."""

    def __init__(self, model):
        self.model = model
        self.state_index = {s: i for i, s in enumerate(model.states)}
        self.parameter_index = {p: i for i, p in enumerate(model.parameters)}
        self.locals = {v for v, _ in model.rules} | set(model.reaction_ids)

    def expr(self, node):
        t = node.getType()
        n = node.getNumChildren()
        c = [node.getChild(i) for i in range(n)]
        if t == libsbml.AST_NAME:
            return self.name(node.getName())
        if t == libsbml.AST_NAME_TIME:
            return "t"
        if node.isNumber():
            return self.number(node.getValue())
        if t == libsbml.AST_CONSTANT_PI:
            return self.number(math.pi)
        if t == libsbml.AST_CONSTANT_E:
            return self.number(math.e)
        if t == libsbml.AST_CONSTANT_TRUE:
            return self.boolean(True)
        if t == libsbml.AST_CONSTANT_FALSE:
            return self.boolean(False)
        if t == libsbml.AST_PLUS:
            return "(" + " + ".join(self.expr(x) for x in c) + ")" if n else self.number(0.0)
        if t == libsbml.AST_TIMES:
            return "(" + " * ".join(self.expr(x) for x in c) + ")" if n else self.number(1.0)
        if t == libsbml.AST_MINUS:
            return f"(-{self.expr(c[0])})" if n == 1 else f"({self.expr(c[0])} - {self.expr(c[1])})"
        if t == libsbml.AST_DIVIDE:
            return f"({self.expr(c[0])} / {self.expr(c[1])})"
        if t in (libsbml.AST_POWER, libsbml.AST_FUNCTION_POWER):
            return self.power(self.expr(c[0]), self.expr(c[1]))
        if t == libsbml.AST_FUNCTION_ROOT:
            if n == 1:
                return self.call("sqrt", [self.expr(c[0])])
            return self.power(self.expr(c[1]), f"(1.0 / {self.expr(c[0])})")
        if t == libsbml.AST_FUNCTION_EXP:
            return self.call("exp", [self.expr(c[0])])
        if t == libsbml.AST_FUNCTION_LN:
            return self.call("log", [self.expr(c[0])])
        if t == libsbml.AST_FUNCTION_LOG:
            if n == 1:
                return self.call("log10", [self.expr(c[0])])
            return f"({self.call('log', [self.expr(c[1])])} / {self.call('log', [self.expr(c[0])])})"
        if t == libsbml.AST_FUNCTION_ABS:
            return self.call("abs", [self.expr(c[0])])
        if t == libsbml.AST_FUNCTION_FLOOR:
            return self.call("floor", [self.expr(c[0])])
        if t == libsbml.AST_FUNCTION_CEILING:
            return self.call("ceil", [self.expr(c[0])])
        if t in (libsbml.AST_FUNCTION_MAX, libsbml.AST_FUNCTION_MIN):
            which = "max" if t == libsbml.AST_FUNCTION_MAX else "min"
            result = self.expr(c[0])
            for x in c[1:]:
                result = self.call(which, [result, self.expr(x)])
            return result
        if t == libsbml.AST_FUNCTION_PIECEWISE:
            pieces = [(c[i], c[i + 1]) for i in range(0, n - 1, 2)]
            otherwise = self.expr(c[-1]) if n % 2 == 1 else self.number(math.nan)
            result = otherwise
            for value, condition in reversed(pieces):
                result = self.conditional(self.expr(condition), self.expr(value), result)
            return result
        relational = {libsbml.AST_RELATIONAL_GT: ">", libsbml.AST_RELATIONAL_LT: "<",
                      libsbml.AST_RELATIONAL_GEQ: ">=", libsbml.AST_RELATIONAL_LEQ: "<=",
                      libsbml.AST_RELATIONAL_EQ: "==", libsbml.AST_RELATIONAL_NEQ: "!="}
        if t in relational and n == 2:
            return f"({self.expr(c[0])} {relational[t]} {self.expr(c[1])})"
        if t == libsbml.AST_LOGICAL_AND:
            return "(" + f" {self.logical('and')} ".join(self.expr(x) for x in c) + ")"
        if t == libsbml.AST_LOGICAL_OR:
            return "(" + f" {self.logical('or')} ".join(self.expr(x) for x in c) + ")"
        if t == libsbml.AST_LOGICAL_NOT:
            return f"({self.logical('not')}{self.expr(c[0])})"
        raise Unsupported(f"MathML element '{node.getName() or libsbml.formulaToL3String(node)}' is not supported by the generator")

    # Spellings a subclass may override: how a state and a parameter are indexed, how NaN and
    # infinity are written, booleans, and renamed math functions.
    state_ref = "y[{}]"
    parameter_ref = "p[{}]"
    nan_inf = ("NAN", "INFINITY")
    true_false = ("1.0", "0.0")
    functions = {}

    def name(self, sid):
        if sid in self.state_index:
            return self.state_ref.format(self.state_index[sid])
        if sid in self.locals:
            return f"v_{sid}"
        if sid in self.parameter_index:
            return self.parameter_ref.format(self.parameter_index[sid])
        raise Unsupported(f"unknown symbol '{sid}'")

    def number(self, value):
        nan, inf = self.nan_inf
        if math.isnan(value):
            return nan
        if math.isinf(value):
            return inf if value > 0 else f"-{inf}"
        return repr(float(value))

    def boolean(self, value):
        return self.true_false[0] if value else self.true_false[1]

    def call(self, f, args):
        return f"{self.functions.get(f, f)}({', '.join(args)})"

    def derivative(self, s):
        """The right-hand side of state s: its rate rule, or its reactions' fluxes over its compartment."""
        m = self.model
        if s in m.rate_math:
            return self.expr(m.rate_math[s])
        terms = " + ".join(f"{self.number(k)} * v_{r}" for k, r in m.flux[s])
        size = self.name(m.compartment_of[s]) if m.concentration[s] else "1.0"
        return f"({terms}) / {size}"

    def events_at(self, when):
        """The events due at time `when`, in document order: (id, [(variable, expression), ...])."""
        for t, eid, assignments in self.model.events:
            if t == when:
                yield eid, [(v, self.expr(node)) for v, node in assignments]


class CEmitter(Emitter):
    functions = {"abs": "fabs", "max": "fmax", "min": "fmin"}

    def power(self, a, b):
        return f"pow({a}, {b})"

    def conditional(self, condition, a, b):
        return f"({condition} ? {a} : {b})"

    def logical(self, op):
        return {"and": "&&", "or": "||", "not": "!"}[op]

    def emit(self):
        m = self.model
        out = ["/* Generated by sbmlgen.py from SBML model '%s'. */" % m.id,
               "#include <math.h>",
               f"#define MODEL_ID \"{m.id}\"",
               f"#define NEQ {len(m.states)}",
               f"#define NPAR {max(1, len(m.parameters))}",
               f"#define NEVENT_TIMES {len(m.event_times())}",
               "static const char *state_names[NEQ] = {" + ", ".join(f'"{s}"' for s in m.states) + "};",
               "static const double event_times[NEVENT_TIMES > 0 ? NEVENT_TIMES : 1] = {"
               + (", ".join(_number(t) for t in m.event_times()) or "0.0") + "};",
               "",
               "/* Declared values, then initial assignments and rules in dependency order. */",
               "static void model_initial(double t, double *y, double *p) {",
               "  (void)t;"]
        for s in m.parameters:
            out.append(f"  p[{self.parameter_index[s]}] = {_number(m.values[s])}; /* {s} */")
        for s in m.states:
            out.append(f"  y[{self.state_index[s]}] = {_number(m.values[s])}; /* {s} */")
        for v, node in m.initial:
            target = f"double v_{v}" if v in self.locals else self.name(v)
            out.append(f"  {target} = {self.expr(node)};")
        out.append("}")
        out.append("")
        out.append("static void model_rates(double t, const double *y, const double *p, double *dydt) {")
        out.append("  (void)t; (void)p;")
        for v, node in m.rules:
            out.append(f"  const double v_{v} = {self.expr(node)};")
        for rid, node in m.reactions:
            out.append(f"  const double v_{rid} = {self.expr(node)};")
        for s in m.states:
            out.append(f"  dydt[{self.state_index[s]}] = {self.derivative(s)};")
        out.append("}")
        out.append("")
        out.append("/* The events due at event_times[k], in document order. */")
        out.append("static void model_event(int k, double t, double *y, double *p) {")
        out.append("  (void)t;")
        out.append("  switch (k) {")
        for k, when in enumerate(m.event_times()):
            out.append(f"  case {k}: {{")
            for eid, values in self.events_at(when):
                out.append(f"    /* {eid} */ {{")
                for j, (v, e) in enumerate(values):
                    out.append(f"      const double a{j} = {e};")
                for j, (v, _) in enumerate(values):
                    out.append(f"      {self.name(v)} = a{j};")
                out.append("    }")
            out.append("    break;")
            out.append("  }")
        out.append("  default: break;")
        out.append("  }")
        out.append("}")
        return "\n".join(out) + "\n"


class PythonEmitter(Emitter):
    state_ref = "y_{}"
    nan_inf = ("nan", "inf")
    true_false = ("True", "False")

    def power(self, a, b):
        return f"({a} ** {b})"

    def conditional(self, condition, a, b):
        return f"({a} if {condition} else {b})"

    def logical(self, op):
        return {"and": "and", "or": "or", "not": "not "}[op]

    def _unpack(self, target):
        m = self.model
        if not m.states:
            return []
        names = ", ".join(f"y_{i}" for i in range(len(m.states)))
        return [f"    {names}{',' if len(m.states) == 1 else ''} = {target}"]

    def emit(self):
        m = self.model
        out = [f"# Generated by sbmlgen.py from SBML model '{m.id}'.",
               "from math import exp, log, log10, sqrt, floor, ceil, nan, inf",
               "import numpy as np",
               f"MODEL_ID = {m.id!r}",
               f"STATES = {m.states!r}",
               f"EVENT_TIMES = {[float(t) for t in m.event_times()]!r}",
               "",
               "def initial(t):",
               f"    p = [{', '.join(self.number(m.values[s]) for s in m.parameters)}]",
               f"    y = [{', '.join(self.number(m.values[s]) for s in m.states)}]"]
        out += self._unpack("y")
        for v, node in m.initial:
            out.append(f"    {self.name(v)} = {self.expr(node)}")
        out.append(f"    return np.array([{', '.join(f'y_{i}' for i in range(len(m.states)))}], dtype=float), p")
        out.append("")
        out.append("def make_rates(p):")
        out.append("    def rates(t, y):")
        out += ["    " + line for line in self._unpack("y")]
        for v, node in m.rules:
            out.append(f"        v_{v} = {self.expr(node)}")
        for rid, node in m.reactions:
            out.append(f"        v_{rid} = {self.expr(node)}")
        items = [self.derivative(s) for s in m.states]
        out.append(f"        return np.array([{', '.join(items)}])")
        out.append("    return rates")
        out.append("")
        out.append("def event(k, t, y, p):")
        out.append("    \"\"\"Applies the events due at EVENT_TIMES[k] to y (a numpy array) and p (a list).\"\"\"")
        out += self._unpack("y")
        for k, when in enumerate(m.event_times()):
            out.append(f"    if k == {k}:")
            out.append("        pass")
            for _, values in self.events_at(when):
                for j, (_, e) in enumerate(values):
                    out.append(f"        a{j} = {e}")
                for j, (v, _) in enumerate(values):
                    if v in self.state_index:
                        out.append(f"        y[{self.state_index[v]}] = a{j}; y_{self.state_index[v]} = a{j}")
                    else:
                        out.append(f"        {self.name(v)} = a{j}")
        return "\n".join(out) + "\n"


class REmitter(Emitter):
    nan_inf = ("NaN", "Inf")
    true_false = ("TRUE", "FALSE")
    functions = {"ceil": "ceiling"}

    def name(self, sid):
        # R indexes from 1.
        if sid in self.state_index:
            return f"y[{self.state_index[sid] + 1}]"
        if sid in self.parameter_index and sid not in self.locals:
            return f"p[{self.parameter_index[sid] + 1}]"
        return super().name(sid)

    def power(self, a, b):
        return f"({a} ^ {b})"

    def conditional(self, condition, a, b):
        return f"(if ({condition}) {a} else {b})"

    def logical(self, op):
        return {"and": "&&", "or": "||", "not": "!"}[op]

    def emit(self):
        m = self.model
        out = [f"# Generated by sbmlgen.py from SBML model '{m.id}'.",
               f"model_id <- \"{m.id}\"",
               "state_names <- c(" + ", ".join(f'"{s}"' for s in m.states) + ")",
               "event_times <- c(" + ", ".join(self.number(t) for t in m.event_times()) + ")",
               "",
               "model_initial <- function(t) {",
               f"  p <- c({', '.join(self.number(m.values[s]) for s in m.parameters)})",
               f"  y <- c({', '.join(self.number(m.values[s]) for s in m.states)})"]
        for v, node in m.initial:
            out.append(f"  {self.name(v)} <- {self.expr(node)}")
        out.append("  list(y = y, p = p)")
        out.append("}")
        out.append("")
        out.append("model_rates <- function(t, y, p) {")
        for v, node in m.rules:
            out.append(f"  v_{v} <- {self.expr(node)}")
        for rid, node in m.reactions:
            out.append(f"  v_{rid} <- {self.expr(node)}")
        items = [self.derivative(s) for s in m.states]
        out.append(f"  list(c({', '.join(items)}))")
        out.append("}")
        out.append("")
        out.append("model_event <- function(k, t, y, p) {")
        for k, when in enumerate(m.event_times()):
            out.append(f"  if (k == {k + 1}) {{")
            for _, values in self.events_at(when):
                for j, (_, e) in enumerate(values):
                    out.append(f"    a{j} <- {e}")
                for j, (v, _) in enumerate(values):
                    out.append(f"    {self.name(v)} <- a{j}")
            out.append("  }")
        out.append("  list(y = y, p = p)")
        out.append("}")
        return "\n".join(out) + "\n"


EMITTERS = {"c": CEmitter, "python": PythonEmitter, "r": REmitter}


def main(argv):
    if len(argv) != 4 or argv[1] not in EMITTERS:
        sys.stderr.write("usage: sbmlgen.py c|python|r MODEL.xml OUT\n")
        return 2
    try:
        model = SbmlModel(argv[2])
        text = EMITTERS[argv[1]](model).emit()
    except Unsupported as error:
        sys.stderr.write(f"sbmlgen: {error}\n")
        return 1
    with open(argv[3], "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
