using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>
/// Copies an instance's MathML into the flat model. Every <c>ci</c> naming an element of the instance
/// becomes its flat reference (<see cref="References"/>); local parameters and function arguments keep
/// their scope. In a submodel with time conversion factor <c>t</c> (the product down the hierarchy),
/// <c>time</c> becomes <c>time / t</c>, the delay of the <c>delay</c> csymbol is multiplied by <c>t</c>
/// and <c>rateOf(x)</c> by <c>t</c> (comp V1, Submodel's conversion factors, as the SBML Test Suite's comp cases expect).
/// </summary>
internal sealed class MathRewriter
{
    private static readonly XNamespace M = SbmlNamespaces.MathML;
    private readonly References references;
    private readonly ElementCopier copier;

    public MathRewriter(References references, ElementCopier copier)
    {
        this.references = references;
        this.copier = copier;
    }

    /// <summary>A copy of <paramref name="math"/> (a <c>&lt;math&gt;</c> element of
    /// <paramref name="instance"/>) whose content is rewritten and multiplied by <paramref name="factor"/>.</summary>
    public XElement Rewrite(Instance instance, XElement math, MathScope scope, Product factor)
    {
        var copy = copier.Copy(instance, math, math.Name);
        var content = math.Elements().FirstOrDefault();
        if (content is not null)
        {
            var pass = new Pass(this, instance, scope);
            var rewritten = MathBuild.Scale(pass.Node(content), factor);
            copy.Add(ElementCopier.Located(instance, content, rewritten));
        }

        return copy;
    }

    private sealed class Pass
    {
        private readonly MathRewriter owner;
        private readonly Instance instance;
        private readonly MathScope scope;
        private readonly Product time;

        public Pass(MathRewriter owner, Instance instance, MathScope scope)
        {
            this.owner = owner;
            this.instance = instance;
            this.scope = scope;
            time = owner.references.TimeFactor(instance);
        }

        public XElement Node(XElement e)
        {
            if (e.Name.Namespace != M)
            {
                return new XElement(e);
            }

            return e.Name.LocalName switch
            {
                "ci" => Name(e),
                "csymbol" when Url(e) == SbmlNamespaces.TimeUrl && !time.IsOne => Time(e),
                "apply" => Apply(e),
                "cn" => owner.copier.CopyNumber(instance, e),
                "bvar" => new XElement(e),
                _ => Generic(e),
            };
        }

        private XElement Generic(XElement e)
        {
            var copy = owner.copier.Copy(instance, e, e.Name);
            foreach (var node in e.Nodes())
            {
                copy.Add(node is XElement child ? Node(child) : node is XText text ? new XText(text) : null);
            }

            return copy;
        }

        private XElement Time(XElement csymbol)
        {
            RefuseInFunction(csymbol, "time");
            return ElementCopier.Located(instance, csymbol, MathBuild.Scale(owner.copier.Copy(instance, csymbol, csymbol.Name, withText: true), time.Inverse()));
        }

        private XElement Apply(XElement apply)
        {
            var children = apply.Elements().ToList();
            if (children.Count == 0)
            {
                return Generic(apply);
            }

            var head = children[0];
            var rest = children.Skip(1).ToList();
            if (head.Name == M + "ci")
            {
                return Call(apply, head, rest);
            }

            if (head.Name == M + "csymbol" && Url(head) == SbmlNamespaces.DelayUrl && rest.Count == 2)
            {
                var arguments = rest.Select(Node).ToList();
                if (!time.IsOne)
                {
                    RefuseInFunction(head, "delay");
                    arguments[1] = ElementCopier.Located(instance, rest[1], MathBuild.Scale(arguments[1], time));
                }

                return Rebuild(apply, head, arguments);
            }

            if (head.Name == M + "csymbol" && Url(head) == SbmlNamespaces.RateOfUrl && rest.Count == 1 && rest[0].Name == M + "ci")
            {
                var variable = Resolve(rest[0]);
                var rate = Rebuild(apply, head, [ElementCopier.Located(instance, rest[0], MathBuild.Ci(variable.Name))]);
                if (!time.IsOne)
                {
                    RefuseInFunction(head, "rateOf");
                }

                return ElementCopier.Located(instance, apply, MathBuild.Scale(rate, variable.Factor.Times(time)));
            }

            return Rebuild(apply, head, rest.Select(Node));
        }

        private XElement Rebuild(XElement apply, XElement head, IEnumerable<XElement> arguments)
        {
            var copy = owner.copier.Copy(instance, apply, apply.Name);
            copy.Add(owner.copier.Copy(instance, head, head.Name, withText: true));
            copy.Add(arguments);
            return copy;
        }

        /// <summary>A call of a function definition: the function's flat id (functions have no value to convert).</summary>
        private XElement Call(XElement apply, XElement head, List<XElement> arguments)
        {
            var name = head.Value.Trim();
            var flat = instance.Prefix + name;
            if (instance.Index.Ids.TryGetValue(name, out var function))
            {
                var at = new Located(instance.Document.Context, head);
                var survivor = References.Survivor(instance, function, at);
                flat = References.NameOf(survivor.Instance, survivor.Element) ?? flat;
            }

            var copy = owner.copier.Copy(instance, apply, apply.Name);
            copy.Add(ElementCopier.Located(instance, head, MathBuild.Ci(flat)));
            copy.Add(arguments.Select(Node));
            return copy;
        }

        private XElement Name(XElement ci)
        {
            var name = ci.Value.Trim();
            if (scope.Arguments.Contains(name))
            {
                return new XElement(ci);
            }

            var reference = Resolve(ci);
            return ElementCopier.Located(instance, ci, MathBuild.Scale(ElementCopier.Located(instance, ci, MathBuild.Ci(reference.Name)), reference.Factor));
        }

        /// <summary>What a <c>ci</c> names: a local parameter of the kinetic law (unless deleted), else an
        /// element of the instance; a name the instance does not define stays undefined in the flat model.</summary>
        private Reference Resolve(XElement ci)
        {
            var name = ci.Value.Trim();
            var at = new Located(instance.Document.Context, ci);
            if (scope.Locals.TryGetValue(name, out var local)
                && (!instance.Fates.TryGetValue(local, out var fate) || fate.Kind != FateKind.Deleted || fate.Replacement is not null))
            {
                return owner.references.Value(instance, local, at);
            }

            var reference = instance.Index.Ids.TryGetValue(name, out var element)
                ? owner.references.Value(instance, element, at)
                : new Reference(instance.Prefix + name, Product.One);
            foreach (var (id, parameter) in scope.Locals)
            {
                if (instance.Prefix + id == reference.Name && !instance.Fates.ContainsKey(parameter))
                {
                    throw at.Unsupported($"in a kinetic law of {instance.Describe}, '{name}' becomes '{reference.Name}' in the flat model, which the law's local parameter '{id}' (also '{reference.Name}') would hide");
                }
            }

            return reference;
        }

        private void RefuseInFunction(XElement at, string what)
        {
            if (scope.InFunction)
            {
                throw new Located(instance.Document.Context, at).Unsupported(
                    $"a function definition of {instance.Describe} uses '{what}', but the submodel has a time conversion factor, which a function body cannot take");
            }
        }

        private static string? Url(XElement csymbol) => csymbol.Attribute("definitionURL")?.Value.Trim();
    }
}
