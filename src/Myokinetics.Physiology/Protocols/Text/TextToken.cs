namespace Myokinetics.Physiology.Protocols.Text;

/// <summary>A word of a protocol string and its 1-based column.</summary>
internal readonly record struct TextToken(string Text, int Column);
