using Myokinetics.Core.Text;

namespace Myokinetics.Core.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)] // k→s, e→i, insert g: the textbook example
    [InlineData("flaw", "lawn", 2)] // delete f, insert n
    [InlineData("irisn", "irisin", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("", "", 0)]
    [InlineData("ab", "ba", 2)] // a transposition costs two edits in Levenshtein's distance
    public void The_Distance_Counts_Insertions_Deletions_And_Substitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
    }

    [Theory]
    [InlineData("IL6_plasma", "il6_plasma")]
    [InlineData("muscle_mass", "muscle_mas")]
    [InlineData("glucose", "glycogen")]
    public void The_Distance_Is_Symmetric_And_Compares_Characters_Exactly(string a, string b)
    {
        Assert.Equal(EditDistance.Between(a, b), EditDistance.Between(b, a));
        Assert.True(EditDistance.Between(a, b) > 0);
    }
}
