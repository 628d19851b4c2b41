using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Web.Site;

/// <summary>How the model's enumerations read on a page.</summary>
public static class DisplayName
{
    /// <summary>The kind vocabulary's label (data/episode-rules.json), the same the timelines' legends use.</summary>
    public static string Of(EpisodeKind kind) => KindVocabulary.Shipped[kind].Label;

    public static string Of(ActorType type) => type switch
    {
        ActorType.ArmedForce => "Armed force",
        ActorType.StateBody => "State body",
        _ => type.ToString(),
    };

    public static string Plural(ActorType type) => type switch
    {
        ActorType.Person => "People",
        ActorType.Organization => "Organizations",
        ActorType.ArmedForce => "Armed forces",
        ActorType.Party => "Parties",
        ActorType.StateBody => "State bodies",
        _ => type.ToString(),
    };

    /// <summary>The format registry's label, the same list the importer reads.</summary>
    public static string Of(SourceFormat format) => SourceFormats.For(format).Label;
}
