using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Episodes;

/// <summary>What every seed episode's page says first: its lead and its side.</summary>
public sealed class SeedLeadTests(SeedImportFixture seeds) : IClassFixture<SeedImportFixture>
{
    private static readonly ClaimRules Rules = EpisodeRules.Load(RealData.Directory).Claims;

    [Fact]
    public void Every_seed_episode_has_a_lead_with_a_soviet_agent_and_an_intervention_act_that_opens_on_no_back_reference()
    {
        using var db = SeedImportFixture.Open(seeds.Database);
        var episodes = db.Episodes.AsNoTracking().Include(e => e.Lead).ToList();

        Assert.NotEmpty(episodes);
        Assert.All(episodes, e =>
        {
            var lead = e.Lead.OrderBy(l => l.Order).Select(l => l.Text).ToList();
            Assert.True(lead.Count is >= 1 and <= 3, $"{e.Slug}: {lead.Count} lead sentences");
            var text = string.Join(" ", lead);
            Assert.True(Rules.Agents.AnyIn(text), $"{e.Slug}: no Soviet agent in \"{text}\"");
            Assert.True(Rules.Acts.Find(text).Any(a => a.Value.Role != ActRole.End), $"{e.Slug}: no intervention act in \"{text}\"");
            Assert.False(ReferBack.Opens(lead[0]), $"{e.Slug} opens on a back-reference: \"{lead[0]}\"");
        });
    }

    [Fact]
    public void No_seed_invasion_occupation_or_blockade_says_it_sided_with_the_government()
    {
        using var db = SeedImportFixture.Open(seeds.Database);
        var struck = db.Episodes.AsNoTracking().Include(e => e.Infobox).AsEnumerable()
            .Where(e => e.Kind is EpisodeKind.Invasion or EpisodeKind.Occupation or EpisodeKind.Blockade).ToList();

        Assert.NotEmpty(struck);
        Assert.All(struck, e => Assert.NotEqual(SovietSide.Government, e.Side));
        Assert.All(struck, e => Assert.DoesNotContain(e.Infobox, r => r.Field == InfoboxField.Side && r.Value == "The government"));
    }
}
