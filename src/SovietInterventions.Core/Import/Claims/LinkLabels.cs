using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>The title of an article a page linked that names a Soviet act in one place ("Soviet occupation of Manchuria"), with the act's kind.</summary>
internal sealed record LinkLabel(string Text, CountryMention Place, Model.EpisodeKind Kind);

/// <summary>
/// Reads a navigation-box dump, a scraped page's link labels run together ("…Austrian State TreatySoviet occupation of
/// ManchuriaSoviet invasion…"). Only inside such a dump, a small letter or ')' followed by a capital is where one label
/// ends and the next begins. A label names an intervention when it is, and is only, an agent of the Soviet side (after
/// at most a hyphenated prefix: "Anglo-Soviet"), an act, "of" and one place of the gazetteer: it says what the linked
/// article is about, never when.
/// </summary>
internal sealed class LinkLabels(ClaimRules rules, CountryFinder countries, IReadOnlySet<string> interveners)
{
    private const string Of = " of ";

    public IEnumerable<LinkLabel> Find(string dump) => Split(dump).Select(Read).OfType<LinkLabel>();

    /// <summary>The labels of a dump, cut where a small letter or ')' meets a capital.</summary>
    internal static IEnumerable<string> Split(string dump)
    {
        var start = 0;
        for (var i = 1; i < dump.Length; i++)
        {
            if (!char.IsUpper(dump[i]) || !(char.IsLower(dump[i - 1]) || dump[i - 1] == ')')) continue;
            yield return dump[start..i].Trim();
            start = i;
        }
        if (start < dump.Length) yield return dump[start..].Trim();
    }

    private LinkLabel? Read(string label)
    {
        var agent = rules.Agents.Find(label).FirstOrDefault();
        if (agent is null || !IsPrefix(label[..agent.Index])) return null;
        var act = rules.Acts.Find(label).FirstOrDefault(a => a.Index == agent.End + 1);
        if (act is null || act.Value.Role != ActRole.Intervention || label[agent.End] != ' ') return null;
        if (string.CompareOrdinal(label, act.End, Of, 0, Of.Length) != 0) return null;
        var place = label[(act.End + Of.Length)..];
        if (countries.Find(place) is not [var only] || only.Index != 0 || only.Length != place.Length) return null;
        // "Soviet occupation of Russian lands": a people's adjective or the Soviet side itself is no place acted on.
        if (only.Form == MentionForm.Adjective || interveners.Contains(only.CountrySlug) || rules.AgentCountries.Contains(only.CountrySlug)) return null;
        return new LinkLabel(label, only, act.Value.Kind);
    }

    // Nothing before the agent, or one word joined to it by a hyphen ("Anglo-Soviet invasion of Iran").
    private static bool IsPrefix(string before) => before.Length == 0 || before.EndsWith('-') && !before.Contains(' ');
}
