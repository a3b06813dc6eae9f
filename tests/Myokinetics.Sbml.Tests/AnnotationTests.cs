using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests;

public sealed class AnnotationTests
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static string Annotated(string metaId) => $"""
        <notes>
          <p xmlns="http://www.w3.org/1999/xhtml">IL-6, the first <b>myokine</b>.</p>
        </notes>
        <annotation>
          <rdf:RDF xmlns:rdf="{Rdf}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/" xmlns:bqmodel="http://biomodels.net/model-qualifiers/">
            <rdf:Description rdf:about="#{metaId}">
              <dc:creator>someone</dc:creator>
              <bqbiol:is><rdf:Bag><rdf:li rdf:resource="http://identifiers.org/uniprot/P05231"/><rdf:li rdf:resource="http://identifiers.org/hgnc/6018"/></rdf:Bag></bqbiol:is>
              <bqmodel:isDescribedBy><rdf:Bag><rdf:li rdf:resource="http://identifiers.org/pubmed/18212127"/></rdf:Bag></bqmodel:isDescribedBy>
            </rdf:Description>
          </rdf:RDF>
          <tool:data xmlns:tool="urn:example:tool" x="1"/>
        </annotation>
        """;

    private static readonly string Document = SbmlText.L3V2($"""
        <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
        <listOfSpecies>
          <species metaid="meta_il6" sboTerm="SBO:0000252" id="IL6" name="interleukin 6" compartment="c" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false">
            {Annotated("meta_il6")}
          </species>
        </listOfSpecies>
        <listOfReactions>
          <reaction id="r" reversible="false" name="secretion" metaid="meta_r" sboTerm="SBO:0000185">
            <listOfProducts><speciesReference species="IL6" stoichiometry="1" constant="true" name="product" sboTerm="SBO:0000011"/></listOfProducts>
            <kineticLaw metaid="meta_law" sboTerm="SBO:0000047">{SbmlText.Math("<cn>1</cn>")}</kineticLaw>
          </reaction>
        </listOfReactions>
        """);

    [Fact]
    public void Name_Metaid_Sbo_Term_Notes_And_Cv_Terms_Are_Kept()
    {
        var species = SbmlText.Read(Document).Species.Single();
        Assert.Equal("interleukin 6", species.Name);
        Assert.Equal("meta_il6", species.MetaId);
        Assert.Equal("SBO:0000252", species.SboTerm);
        Assert.Equal("<p xmlns=\"http://www.w3.org/1999/xhtml\">IL-6, the first <b>myokine</b>.</p>", species.Notes);
        Assert.Equal(2, species.CvTerms.Length);
        Assert.Equal("bqbiol:is", species.CvTerms[0].Qualifier);
        Assert.Equal(["http://identifiers.org/uniprot/P05231", "http://identifiers.org/hgnc/6018"], species.CvTerms[0].Resources.ToArray());
        Assert.Equal("bqmodel:isDescribedBy", species.CvTerms[1].Qualifier);
        Assert.Equal(["http://identifiers.org/pubmed/18212127"], species.CvTerms[1].Resources.ToArray());
    }

    [Fact]
    public void Other_Annotation_Content_Is_Reported_Once_And_Not_Kept()
    {
        var document = SbmlReader.ReadString(Document);
        var info = Assert.Single(document.Diagnostics);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Contains("controlled-vocabulary", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reactions_References_And_Kinetic_Laws_Keep_Their_Annotations()
    {
        var reaction = SbmlText.Read(Document).Reactions.Single();
        Assert.Equal(("secretion", "meta_r", "SBO:0000185"), (reaction.Name, reaction.MetaId, reaction.SboTerm));
        Assert.Equal(("product", "SBO:0000011"), (reaction.Products[0].Name, reaction.Products[0].SboTerm));
        Assert.Equal(("meta_law", "SBO:0000047"), (reaction.KineticLaw!.MetaId, reaction.KineticLaw.SboTerm));
    }

    [Fact]
    public void Written_Annotations_Read_Back_Equal()
    {
        var model = SbmlText.Read(Document);
        var text = SbmlWriter.WriteString(model);
        Assert.Empty(ModelComparer.Differences(model, SbmlReader.ReadString(text).Model));
        var description = XDocument.Parse(text).Descendants(XName.Get("Description", Rdf)).Single();
        Assert.Equal("#meta_il6", description.Attribute(XName.Get("about", Rdf))!.Value);
    }

    [Fact]
    public void Cv_Terms_Without_A_Metaid_Get_A_Generated_Unique_One()
    {
        var terms = ImmutableArray.Create(new CvTerm("bqbiol:is", ["http://identifiers.org/chebi/CHEBI:15422"]));
        var model = Model.Empty("m") with
        {
            MetaId = "meta_S",
            Compartments = [new Compartment("c", 3, 1, null, true)],
            Species = [new Species("S", "c", 1, null, null, false, false, false, null) { CvTerms = terms }],
        };
        var back = SbmlReader.ReadString(SbmlWriter.WriteString(model)).Model;
        Assert.Equal("meta_S_2", back.Species[0].MetaId);
        Assert.Equal("http://identifiers.org/chebi/CHEBI:15422", back.Species[0].CvTerms.Single().Resources.Single());
    }

    [Fact]
    public void Plain_Text_Notes_Are_Written_As_An_Xhtml_Paragraph()
    {
        var model = Model.Empty("m") with { Notes = "calibrated to Pedersen 2003 & others" };
        var back = SbmlReader.ReadString(SbmlWriter.WriteString(model)).Model;
        Assert.Equal("<p xmlns=\"http://www.w3.org/1999/xhtml\">calibrated to Pedersen 2003 &amp; others</p>", back.Notes);
    }

    [Fact]
    public void Unknown_Qualifiers_And_Broken_Notes_Are_Refused_By_The_Writer()
    {
        var badTerm = Model.Empty("m") with { CvTerms = [new CvTerm("dc:creator", ["x"])] };
        Assert.Contains("dc:creator", Assert.Throws<ArgumentException>(() => SbmlWriter.WriteString(badTerm)).Message, StringComparison.Ordinal);
        var badNotes = Model.Empty("m") with { Notes = "<p>unclosed" };
        Assert.Contains("not well-formed", Assert.Throws<ArgumentException>(() => SbmlWriter.WriteString(badNotes)).Message, StringComparison.Ordinal);
    }
}
