using SovietInterventions.Core.Import.Mentions;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// Which draft holds each passage while the episode stage works. It lives only in this stage, so the passages handed on
/// to later stages carry no link to a mutable draft.
/// </summary>
internal sealed class PassageOwners
{
    private readonly Dictionary<PassageDraft, EpisodeDraft> owners = [];

    public EpisodeDraft? Of(PassageDraft passage) => owners.GetValueOrDefault(passage);

    public bool Holds(PassageDraft passage) => owners.ContainsKey(passage);

    public void Give(PassageDraft passage, EpisodeDraft episode)
    {
        owners[passage] = episode;
        episode.Passages.Add(passage);
    }

    /// <summary>Moves a passage from the draft that holds it to another.</summary>
    public void Move(PassageDraft passage, EpisodeDraft to)
    {
        if (owners.Remove(passage, out var from)) from.Passages.Remove(passage);
        Give(passage, to);
    }

    /// <summary>Frees the passages of a draft that is dropped or folded into another.</summary>
    public void Release(EpisodeDraft episode)
    {
        foreach (var passage in episode.Passages.Where(p => owners.GetValueOrDefault(p) == episode)) owners.Remove(passage);
    }
}
