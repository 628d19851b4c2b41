using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// Short forms a document defines for the Soviet side: "abbrevs: USSR / Sov = Soviet Union, RA = Red Army" in a student's notes,
/// "the Soviet Army (SA)" in prose. In that document they are agents too ("RA + Amur Flotilla hit back"). Only a long form that is an
/// agent itself, or the Soviet adjective before a word for forces ("Soviet Army"), defines one: "GDR = East Germany (Soviet zone)" does not.
/// A numbered Soviet army ("the 11th Red Army") defines its number and body ("11th Army").
/// </summary>
internal static partial class DefinedAgents
{
    /// <summary>At most this many letters in a short form: "RA", "Sov", "GSFG".</summary>
    private const int LongestShortForm = 6;

    public static IReadOnlyList<string> In(IEnumerable<string> texts, ClaimRules rules)
    {
        var found = new List<string>();
        foreach (var text in texts)
        {
            foreach (Match definition in Equation().Matches(text))
                if (IsAgent(definition.Groups["long"].Value, rules))
                    found.AddRange(definition.Groups["short"].Value.Split('/').Select(s => s.Trim()).Where(IsShortForm));
            foreach (Match definition in Bracketed().Matches(text))
                if (LongForm(text[..definition.Index], definition.Groups["short"].Value) is { } longForm && IsAgent(longForm, rules))
                    found.Add(definition.Groups["short"].Value);
            // "units of the 11th Red Army" once, then "11th Army units reach Yerevan": a numbered Soviet army named once is named by
            // its number after that.
            foreach (Match numbered in NumberedSovietForce().Matches(text))
                found.Add($"{numbered.Groups["number"].Value} {numbered.Groups["body"].Value}");
        }
        // Those the rules already know ("USSR") need no adding.
        return [.. found.Distinct(StringComparer.Ordinal).Where(s => !rules.Agents.Find(s).Any(a => a.Length == s.Length))];
    }

    private static bool IsShortForm(string word) =>
        word.Length is >= 2 and <= LongestShortForm && char.IsUpper(word[0]) && word.All(char.IsLetter);

    // "Red Army", "the Warsaw Pact", "Soviet forces": the whole long form is one agent, or the agent adjective and a forces word.
    private static bool IsAgent(string longForm, ClaimRules rules)
    {
        var text = longForm.Trim().TrimEnd('.', ')');
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        if (rules.Agents.Find(text) is [var agent] && agent.Index == 0 && agent.Length == text.Length) return true;
        var space = text.IndexOf(' ');
        return space > 0 && rules.AgentAdjectives.Contains(text[..space])
            && rules.Forces.Find(text[(space + 1)..]) is [var forces] && forces.Index == 0 && forces.Length == text.Length - space - 1;
    }

    // "the Soviet Army (SA)": the words before the bracket whose initials spell the short form.
    private static string? LongForm(string before, string shortForm)
    {
        var words = before.TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < shortForm.Length) return null;
        var longForm = words[^shortForm.Length..];
        return longForm.Select((w, i) => char.ToUpperInvariant(w[0]) == shortForm[i]).All(same => same) ? string.Join(' ', longForm) : null;
    }

    // "RA = Red Army", "USSR / Sov = Soviet Union": to the next comma, semicolon, middle dot, bullet or definition.
    [GeneratedRegex(@"(?<![\p{L}/])(?<short>\p{Lu}\p{L}{1,5}(?:\s*/\s*\p{Lu}\p{L}{1,5})*)\s*=\s*(?<long>[^,;=·•\n]+)")]
    private static partial Regex Equation();

    [GeneratedRegex(@"\((?<short>\p{Lu}{2,6})\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\b(?<number>[0-9]{1,3}(?:st|nd|rd|th))\s+(?:Red|Soviet)\s+(?<body>Army|Fleet|Flotilla|Front)\b")]
    private static partial Regex NumberedSovietForce();
}
