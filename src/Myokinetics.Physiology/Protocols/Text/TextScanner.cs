namespace Myokinetics.Physiology.Protocols.Text;

/// <summary>Walks the words of one protocol string and raises errors that point into it.</summary>
internal sealed class TextScanner
{
    private readonly List<TextToken> tokens = [];
    private int next;

    public TextScanner(string source, string text)
    {
        Source = source;
        Text = text;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            tokens.Add(new TextToken(text[start..i], start + 1));
        }
    }

    public string Source { get; }

    public string Text { get; }

    public bool AtEnd => next >= tokens.Count;

    /// <summary>The next word, or null at the end.</summary>
    public TextToken? Peek() => AtEnd ? null : tokens[next];

    /// <summary>The next word; at the end, fails with <paramref name="expected"/>.</summary>
    public TextToken Take(string expected)
    {
        if (AtEnd)
        {
            throw FailAtEnd(expected);
        }

        return tokens[next++];
    }

    public ProtocolFormatException Fail(TextToken token, string problem) =>
        new(Source, Text, token.Column, token.Text, problem);

    public ProtocolFormatException FailAtEnd(string problem) =>
        new(Source, Text, Text.TrimEnd().Length + 1, null, problem);

    public ProtocolFormatException FailWhole(string problem) =>
        new(Source, Text, 0, null, problem);

    /// <summary>Reads <c>at TIME</c> and <c>every TIME xCOUNT</c> after their keyword was taken.</summary>
    public Schedule ReadSchedule(TextToken keyword, Schedule schedule, ref bool seenAt, ref bool seenEvery)
    {
        if (keyword.Text == "at")
        {
            if (seenAt)
            {
                throw Fail(keyword, "'at' is given twice");
            }

            seenAt = true;
            var time = Take("expected a time after 'at', such as 8h or 30min");
            return schedule with { Start = Time(time, "'at'", allowZero: true) };
        }

        if (seenEvery)
        {
            throw Fail(keyword, "'every' is given twice");
        }

        seenEvery = true;
        var interval = Take("expected a time after 'every', such as 2d or 7d");
        var hours = Time(interval, "'every'", allowZero: false);
        var count = Take($"expected a count after 'every {interval.Text}', such as x12");
        if (!TimeText.TryParseCount(count.Text, out var n))
        {
            throw Fail(count, $"expected a count after 'every {interval.Text}', such as x12 (a whole number of at least 1)");
        }

        return schedule with { Interval = hours, Count = n, IntervalToken = interval };
    }

    public double Time(TextToken token, string after, bool allowZero)
    {
        if (!TimeText.TryParseHours(token.Text, out var hours))
        {
            throw Fail(token, $"expected a time after {after} with a unit: s, min, h, d or w (e.g. 8h, 30min, 2d)");
        }

        if (!allowZero && hours <= 0)
        {
            throw Fail(token, $"the time after {after} must be greater than 0");
        }

        return hours;
    }
}
