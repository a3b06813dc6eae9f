using System.Globalization;
using System.Text;

namespace Myokinetics.Core.Math.Infix;

/// <summary>
/// Splits text into <see cref="InfixToken"/>s: numbers (<c>3</c>, <c>.5</c>, <c>1e-3</c>), names
/// (ASCII letters, digits, <c>_</c>, dotted as in <c>a.b</c>), strings, operators and punctuation.
/// Multi-character symbols are <c>== != &lt;&gt; &lt;= &gt;= &amp;&amp; || -&gt; =&gt; := -|</c>.
/// </summary>
public static class InfixLexer
{
    private static readonly string[] TwoCharacterSymbols =
        ["==", "!=", "<>", "<=", ">=", "&&", "||", "->", "=>", ":=", "-|"];

    private const string OneCharacterSymbols = "+-*/^%(),;:=<>!'$.{}[]";

    /// <summary>Tokenises <paramref name="text"/>; the result always ends with an
    /// <see cref="InfixTokenKind.End"/> token.</summary>
    /// <exception cref="InfixParseException">An unexpected character, or an unterminated string or comment.</exception>
    public static ImmutableArray<InfixToken> Tokenize(string text, InfixLexerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= InfixLexerOptions.Formula;
        var scanner = new Scanner(text, options);
        return scanner.Run();
    }

    private sealed class Scanner(string text, InfixLexerOptions options)
    {
        private readonly ImmutableArray<InfixToken>.Builder tokens = ImmutableArray.CreateBuilder<InfixToken>();
        private int pos;
        private int line = 1;
        private int lineStart;

        private int Column => pos - lineStart + 1;

        public ImmutableArray<InfixToken> Run()
        {
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c == '\n')
                {
                    if (options.NewlinesAreTokens)
                    {
                        tokens.Add(new InfixToken(InfixTokenKind.Newline, "\n", line, Column));
                    }

                    pos++;
                    line++;
                    lineStart = pos;
                }
                else if (c is ' ' or '\t' or '\r' or '\f' or '\v')
                {
                    pos++;
                }
                else if (options.Comments && TrySkipComment())
                {
                    // skipped
                }
                else if (IsDigit(c) || (c == '.' && pos + 1 < text.Length && IsDigit(text[pos + 1])))
                {
                    ReadNumber();
                }
                else if (IsNameStart(c))
                {
                    ReadName();
                }
                else if (c == '"')
                {
                    ReadQuotedString();
                }
                else if (c == '`' && string.CompareOrdinal(text, pos, "```", 0, 3) == 0)
                {
                    ReadFencedString();
                }
                else
                {
                    ReadSymbol(c);
                }
            }

            tokens.Add(new InfixToken(InfixTokenKind.End, string.Empty, line, Column));
            return tokens.ToImmutable();
        }

        private bool TrySkipComment()
        {
            var c = text[pos];
            var next = pos + 1 < text.Length ? text[pos + 1] : '\0';
            if (c == '#' || (c == '/' && next == '/'))
            {
                while (pos < text.Length && text[pos] != '\n')
                {
                    pos++;
                }

                return true;
            }

            if (c == '/' && next == '*')
            {
                var startLine = line;
                var startColumn = Column;
                pos += 2;
                while (pos < text.Length && !(text[pos] == '*' && pos + 1 < text.Length && text[pos + 1] == '/'))
                {
                    if (text[pos] == '\n')
                    {
                        line++;
                        lineStart = pos + 1;
                    }

                    pos++;
                }

                if (pos >= text.Length)
                {
                    throw new InfixParseException("unterminated comment: expected '*/' to close '/*'", startLine, startColumn);
                }

                pos += 2;
                return true;
            }

            return false;
        }

        private void ReadNumber()
        {
            var start = pos;
            var column = Column;
            while (pos < text.Length && IsDigit(text[pos]))
            {
                pos++;
            }

            if (pos < text.Length && text[pos] == '.')
            {
                pos++;
                while (pos < text.Length && IsDigit(text[pos]))
                {
                    pos++;
                }
            }

            if (pos < text.Length && (text[pos] == 'e' || text[pos] == 'E'))
            {
                var p = pos + 1;
                if (p < text.Length && (text[p] == '+' || text[p] == '-'))
                {
                    p++;
                }

                if (p < text.Length && IsDigit(text[p]))
                {
                    pos = p;
                    while (pos < text.Length && IsDigit(text[pos]))
                    {
                        pos++;
                    }
                }
            }

            var literal = text[start..pos];
            var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
            tokens.Add(new InfixToken(InfixTokenKind.Number, literal, line, column, value));
        }

        private void ReadName()
        {
            var start = pos;
            var column = Column;
            pos++;
            while (true)
            {
                while (pos < text.Length && IsNamePart(text[pos]))
                {
                    pos++;
                }

                if (pos + 1 < text.Length && text[pos] == '.' && IsNameStart(text[pos + 1]))
                {
                    pos++;
                    continue;
                }

                break;
            }

            tokens.Add(new InfixToken(InfixTokenKind.Identifier, text[start..pos], line, column));
        }

        private void ReadQuotedString()
        {
            var startLine = line;
            var column = Column;
            var sb = new StringBuilder();
            pos++;
            while (true)
            {
                if (pos >= text.Length || text[pos] == '\n')
                {
                    throw new InfixParseException("unterminated string: expected '\"' before the end of the line", startLine, column);
                }

                var c = text[pos];
                if (c == '"')
                {
                    pos++;
                    break;
                }

                if (c == '\\' && pos + 1 < text.Length && (text[pos + 1] == '"' || text[pos + 1] == '\\'))
                {
                    sb.Append(text[pos + 1]);
                    pos += 2;
                    continue;
                }

                sb.Append(c);
                pos++;
            }

            tokens.Add(new InfixToken(InfixTokenKind.String, sb.ToString(), startLine, column));
        }

        private void ReadFencedString()
        {
            var startLine = line;
            var column = Column;
            pos += 3;
            var end = text.IndexOf("```", pos, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new InfixParseException("unterminated string: expected '```' to close '```'", startLine, column);
            }

            var content = text[pos..end];
            for (var i = pos; i < end; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            pos = end + 3;
            tokens.Add(new InfixToken(InfixTokenKind.String, content.Trim(), startLine, column));
        }

        private void ReadSymbol(char c)
        {
            var column = Column;
            if (pos + 1 < text.Length)
            {
                foreach (var two in TwoCharacterSymbols)
                {
                    if (text[pos] == two[0] && text[pos + 1] == two[1])
                    {
                        tokens.Add(new InfixToken(InfixTokenKind.Symbol, two, line, column));
                        pos += 2;
                        return;
                    }
                }
            }

            if (OneCharacterSymbols.Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new InfixToken(InfixTokenKind.Symbol, c.ToString(), line, column));
                pos++;
                return;
            }

            throw new InfixParseException($"unexpected character '{c}'", line, column);
        }

        private static bool IsDigit(char c) => c is >= '0' and <= '9';

        private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

        private static bool IsNamePart(char c) => IsNameStart(c) || IsDigit(c);
    }
}
