using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Antimony.Tests;

public sealed class ReaderAnnotationTests
{
    private const string Text = """
        model *glycolysis()
          species Glcin in comp, MgATP in comp
          comp = 1; Glcin = 1; MgATP = 1
          J0: Glcin -> ; k*Glcin
          k = 1

          Glcin is "Glucose (inside)"
          comp identity "http://identifiers.org/go/GO:0005737"
          Glcin identity "http://identifiers.org/chebi/CHEBI:17234",
                         "http://identifiers.org/kegg.compound/C00293"
          MgATP part "http://identifiers.org/chebi/CHEBI:25107"
          MgATP hasProperty "http://identifiers.org/x/1"
          MgATP origin "http://identifiers.org/biomodels.db/BIOMD0000000001"
          Glcin.sboTerm = 247
          MgATP.sboTerm = SBO:0000247
          J0.kineticLaw.sboTerm = 49
          J0.kineticLaw identity "http://identifiers.org/sbo/SBO:0000049"
          k notes "the rate constant"

          model is "Glycolysis"
          model description "http://identifiers.org/pubmed/1833774"
          model taxon "http://identifiers.org/taxonomy/8292"
          model.sboTerm = 4
          model created "2005-02-08T17:34:02Z"
        end
        """;

    [Fact]
    public void Display_Names_Cv_Terms_Sbo_Terms_And_Notes_Are_Kept()
    {
        var doc = AntimonyReader.ReadString(Text);
        var m = doc.Model;

        var glc = m.Species.Single(s => s.Id == "Glcin");
        Assert.Equal("Glucose (inside)", glc.Name);
        Assert.Equal("SBO:0000247", glc.SboTerm);
        var term = Assert.Single(glc.CvTerms);
        Assert.Equal("bqbiol:is", term.Qualifier);
        Assert.Equal(["http://identifiers.org/chebi/CHEBI:17234", "http://identifiers.org/kegg.compound/C00293"], term.Resources.AsEnumerable());

        var atp = m.Species.Single(s => s.Id == "MgATP");
        Assert.Equal(["bqbiol:hasPart", "bqbiol:hasProperty", "bqmodel:isDerivedFrom"], atp.CvTerms.Select(t => t.Qualifier));
        Assert.Equal("SBO:0000247", atp.SboTerm);

        Assert.Equal("bqbiol:is", m.Compartments.Single().CvTerms.Single().Qualifier);
        var law = m.Reactions.Single().KineticLaw!;
        Assert.Equal("SBO:0000049", law.SboTerm);
        Assert.Equal("bqbiol:is", law.CvTerms.Single().Qualifier);
        Assert.Equal("<p xmlns=\"http://www.w3.org/1999/xhtml\">the rate constant</p>", m.Parameters.Single().Notes);
    }

    [Fact]
    public void The_Model_Itself_Is_Annotated_With_Model_Qualifiers_First()
    {
        var m = AntimonyReader.ReadString(Text).Model;

        Assert.Equal("Glycolysis", m.Name);
        Assert.Equal("SBO:0000004", m.SboTerm);
        Assert.Equal(["bqmodel:isDescribedBy", "bqbiol:hasTaxon"], m.CvTerms.Select(t => t.Qualifier));
    }

    [Fact]
    public void Model_History_Is_Reported_As_Not_Kept()
    {
        var doc = AntimonyReader.ReadString(Text);

        var w = Assert.Single(doc.Diagnostics);
        Assert.Equal(Severity.Warning, w.Severity);
        Assert.Equal("'created' (model history) is not kept", w.Message);
    }

    [Fact]
    public void A_Declaration_Can_Give_An_Sbo_Term()
    {
        var doc = AntimonyReader.ReadString("species a.sboTerm = 25, b\ncompartment c.sboTerm = 290\na = 1; b = 1; c = 1");

        Assert.Equal([("a", "SBO:0000025"), ("b", null)], doc.Model.Species.Select(s => (s.Id, s.SboTerm)));
        Assert.Equal("SBO:0000290", doc.Model.Compartments.Single(c => c.Id == "c").SboTerm);
    }

    [Fact]
    public void Annotations_Of_A_Model_Name_Written_After_The_Model_Annotate_That_Model()
    {
        var doc = AntimonyReader.ReadString("model foo()\n a = 3\nend\n\nfoo is \"foo!\"\nfoo.sboTerm = 8\nfoo identity \"http://x\"");

        Assert.Equal(("foo", "foo!", "SBO:0000008"), (doc.Model.Id, doc.Model.Name, doc.Model.SboTerm));
        Assert.Equal("bqmodel:is", doc.Model.CvTerms.Single().Qualifier);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Notes_Over_Several_Lines_Use_Three_Backticks()
    {
        var doc = AntimonyReader.ReadString("x = 1\nx notes ```\n  first line\n  second & last\n```");

        Assert.Equal("<p xmlns=\"http://www.w3.org/1999/xhtml\">first line\n  second &amp; last</p>", doc.Model.Parameters.Single().Notes);
    }

    [Fact]
    public void Notes_That_Are_Xhtml_Are_Kept_As_They_Are()
    {
        var doc = AntimonyReader.ReadString("x = 1\nx notes \"<body xmlns='http://www.w3.org/1999/xhtml'><p>hi</p></body>\"");

        Assert.Equal("<body xmlns='http://www.w3.org/1999/xhtml'><p>hi</p></body>", doc.Model.Parameters.Single().Notes);
    }

    [Fact]
    public void Every_Biological_Qualifier_Keyword_Is_Understood()
    {
        var keywords = new (string Word, string Qualifier)[]
        {
            ("biological_entity_is", "bqbiol:is"), ("part", "bqbiol:hasPart"), ("isPartOf", "bqbiol:isPartOf"),
            ("parthood", "bqbiol:isPartOf"), ("hypernym", "bqbiol:isVersionOf"), ("version", "bqbiol:hasVersion"),
            ("homolog", "bqbiol:isHomologTo"), ("description", "bqbiol:isDescribedBy"), ("encoder", "bqbiol:isEncodedBy"),
            ("encodement", "bqbiol:encodes"), ("container", "bqbiol:occursIn"), ("propertyBearer", "bqbiol:isPropertyOf"),
            ("hasTaxon", "bqbiol:hasTaxon"), ("model_entity_is", "bqmodel:is"), ("class", "bqmodel:isInstanceOf"),
            ("instance", "bqmodel:hasInstance"), ("publication", "bqmodel:isDescribedBy"),
        };
        var text = "x = 1\n" + string.Join("\n", keywords.Select(k => $"x {k.Word} \"u\""));

        var terms = AntimonyReader.ReadString(text).Model.Parameters.Single().CvTerms;

        Assert.Equal(keywords.Select(k => k.Qualifier), terms.Select(t => t.Qualifier));
    }

    [Fact]
    public void An_Unknown_Annotation_Keyword_Is_An_Error()
    {
        var e = Assert.Throws<ModelFormatException>(() => AntimonyReader.ReadString("x = 1\nx resembles \"http://a\""));

        Assert.Equal((2, 3), (e.Location.Line, e.Location.Column));
        Assert.StartsWith("unknown annotation keyword 'resembles'", e.Detail, StringComparison.Ordinal);
    }
}
