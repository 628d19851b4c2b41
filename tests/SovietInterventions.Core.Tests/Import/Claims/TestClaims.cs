using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Reference;
using SovietInterventions.Core.Tests.Import.Formats;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>The claims the real rules and gazetteer read in a tiny document written in a test.</summary>
internal static class TestClaims
{
    private static readonly Lazy<ClaimFinder> Finder = new(() =>
    {
        var gazetteer = RealData.Gazetteer;
        var interveners = gazetteer.Countries.Where(c => c.Intervener).Select(c => c.Slug).ToHashSet();
        return new ClaimFinder(EpisodeRules.Load(RealData.Directory).Claims, new CountryFinder(gazetteer), new DateFinder(), interveners);
    });

    public static List<Claim> Of(string text, string fileName = "a.txt")
    {
        var document = DocumentParser.Parse(TestSources.Of(text, fileName));
        var passages = document.Blocks.Select((b, i) => new PassageDraft { Document = document, Block = b, Position = i + 1 }).ToList();
        return Finder.Value.Find(passages).ToList();
    }
}
