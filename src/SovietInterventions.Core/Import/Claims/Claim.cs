using SovietInterventions.Core.Import.Extraction.Episodes;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

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
    public int? Year => Date?.Year;
    public int? LastYear => (EndDate ?? Date)?.Year;
    public string Document => Passage.Document.FileName;
}
