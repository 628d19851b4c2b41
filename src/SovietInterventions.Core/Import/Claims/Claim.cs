using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>How a sentence states the act: the Soviet side as subject or agent of a verb ("Soviet troops occupied …");
/// a mention inside another statement ("fearing Soviet intervention", "with the support of the USSR", "Stalin's arms");
/// or a name ("the Soviet Invasion of Czechoslovakia", "the Soviet–Afghan War").</summary>
internal enum ClaimForm { Statement, Mention, Name }

/// <summary>
/// One sentence saying that the Soviet side did something to a place: who (<see cref="Agent"/>, as written),
/// what (<see cref="Act"/> and its kind), to which countries, when, and on whose side. A claim is immutable:
/// the episode stage reads claims, it never changes them.
/// </summary>
internal sealed record Claim(
    PassageDraft Passage,
    int SentenceIndex,
    string Sentence,
    string Agent,
    string Act,
    EpisodeKind Kind,
    ActRole Role,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Participants,
    PartialDate? Date,
    PartialDate? EndDate,
    bool DatedInSentence,
    SovietSide? Side)
{
    public ClaimForm Form { get; init; }
    /// <summary>True when the sentence itself names the place acted on (not taken from the sentence before or the heading).</summary>
    public bool NamesTarget { get; init; }
    /// <summary>For aid: the countries that received it where the sentence says so ("The Vietnamese invasion … was supported by …").</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
    /// <summary>Soviet forces fought there (see <see cref="DefenceClaims"/>): never too weak to make an episode, as one sentence of aid is.</summary>
    public bool Combat { get; init; }
    /// <summary>Not dated in its sentence but by an earlier sentence under the same heading ("- treaty signed March 1977" before
    /// "- Soviet advisers with the army").</summary>
    public bool DatedInSection { get; init; }
    /// <summary>Dated by the sentence before or after it in its paragraph ("On 16 September 1941 he abdicated. The next day Soviet columns
    /// entered Tehran."): weaker evidence of its own date than a date its sentence writes.</summary>
    public bool DatedByNeighbour { get; init; }
    /// <summary>Read from a table row whose cells label the place and what the Soviet side did: a curated statement of the act.</summary>
    public bool InRow { get; init; }
    /// <summary>Aid that sends the Soviet side's own forces (see <see cref="Deployments"/>).</summary>
    public bool SendsForces { get; init; }
    /// <summary>"from 1976 Soviet advisers trained …", "since 1981": the sentence's date opens the stay (data/claim-rules.json rangeStarts).</summary>
    public bool OpensStay { get; init; }

    public int? Year => Date?.Year;
    public int? LastYear => (EndDate ?? Date)?.Year;
    public string Document => Passage.Document.FileName;
}
