using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Physiology.Tests.Protocols;

public sealed class DoseTextTests
{
    private static DoseInstruction Parse(string text) => DoseText.Parse(text, "--dose", Catalogs.Drugs);

    [Fact]
    public void A_Dose_Adds_Its_Amount_To_The_Route_Target_At_Time_Zero()
    {
        var dose = Assert.Single(Parse("testosterone_cypionate 200mg im").ToDoses(75));

        Assert.Equal(new Dose("testosterone_cypionate", 0, "tc_depot", 200, "testosterone_cypionate 200mg im"), dose);
    }

    [Fact]
    public void Repeated_Doses_Come_At_Exact_Multiples_Of_The_Interval()
    {
        var doses = Parse("testosterone_cypionate 100mg im at 7.5h every 7d x12").ToDoses(75).ToList();

        Assert.Equal(12, doses.Count);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => 7.5 + (i * 168.0)), doses.Select(d => d.Time));
        Assert.All(doses, d => Assert.Equal(100, d.Amount));
    }

    [Theory]
    [InlineData("cjc1295 60ug/kg sc", 80, "cjc_depot", 4800)]
    [InlineData("ipamorelin 40nmol/kg iv", 75, "ipam_central", 3000)]
    [InlineData("bimagrumab 10mg/kg iv every 4w x12", 70, "bima_central", 700)]
    [InlineData("ipamorelin 1mg sc", 75, "ipam_sc_depot", 1e6 / 711.9)]
    [InlineData("cjc1295 2mg sc", 75, "cjc_depot", 2000)]
    [InlineData("cjc1295 2000mcg sc", 75, "cjc_depot", 2000)]
    [InlineData("irisin 100µg iv", 75, "irisin_rec_central", 100)]
    [InlineData("irisin 1nmol sc", 75, "irisin_rec_sc_depot", 12)]
    [InlineData("testosterone_cypionate 100000nmol im", 75, "tc_depot", 41.26)]
    public void Amounts_Convert_To_The_Target_Unit_And_Per_Kg_Amounts_Scale_With_Body_Mass(string text, double mass, string target, double amount)
    {
        var dose = Parse(text).ToDoses(mass).First();

        Assert.Equal(target, dose.Target);
        Assert.Equal(amount, dose.Amount, 9);
    }

    [Fact]
    public void A_Per_Kg_Dose_Without_A_Body_Mass_Is_Refused()
    {
        var error = Assert.Throws<ProtocolFormatException>(() => Parse("cjc1295 60ug/kg sc").ToDoses(null).ToList());

        Assert.StartsWith("--dose \"cjc1295 60ug/kg sc\": a per-kg dose needs the subject's body mass", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "--dose \"\": at the end (column 1): expected a drug: testosterone_cypionate, ipamorelin, cjc1295, bimagrumab, irisin")]
    [InlineData("aspirin 100mg po", "--dose \"aspirin 100mg po\": at 'aspirin' (column 1): unknown drug; expected one of testosterone_cypionate, ipamorelin, cjc1295, bimagrumab, irisin")]
    [InlineData("cjc1295", "--dose \"cjc1295\": at the end (column 8): expected an amount after the drug, such as 200mg, 60ug/kg or 40nmol/kg")]
    [InlineData("cjc1295 60 sc", "--dose \"cjc1295 60 sc\": at '60' (column 9): expected an amount such as 200mg, 100ug, 40nmol or a per-kg amount such as 10mg/kg")]
    [InlineData("cjc1295 60g sc", "--dose \"cjc1295 60g sc\": at '60g' (column 9): expected an amount such as 200mg, 100ug, 40nmol or a per-kg amount such as 10mg/kg")]
    [InlineData("cjc1295 0ug sc", "--dose \"cjc1295 0ug sc\": at '0ug' (column 9): the amount must be greater than 0")]
    [InlineData("cjc1295 60ug", "--dose \"cjc1295 60ug\": at the end (column 13): expected a route after the amount: sc")]
    [InlineData("cjc1295 60ug po", "--dose \"cjc1295 60ug po\": at 'po' (column 14): cjc1295 is given sc only, not po")]
    [InlineData("ipamorelin 60ug oral", "--dose \"ipamorelin 60ug oral\": at 'oral' (column 17): unknown route; expected im, sc, iv, po (ipamorelin: iv, sc)")]
    [InlineData("cjc1295 60ug sc eccentric", "--dose \"cjc1295 60ug sc eccentric\": at 'eccentric' (column 17): unexpected word; expected at TIME or every TIME xCOUNT")]
    [InlineData("cjc1295 60ug sc every 7d", "--dose \"cjc1295 60ug sc every 7d\": at the end (column 25): expected a count after 'every 7d', such as x12")]
    [InlineData("cjc1295 60ug sc at 2 h", "--dose \"cjc1295 60ug sc at 2 h\": at '2' (column 20): expected a time after 'at' with a unit: s, min, h, d or w (e.g. 8h, 30min, 2d)")]
    public void Every_Error_Is_One_Line_Naming_The_Text_And_The_Position(string text, string message)
    {
        var error = Assert.Throws<ProtocolFormatException>(() => Parse(text));

        Assert.Equal(message, error.Message);
    }
}
