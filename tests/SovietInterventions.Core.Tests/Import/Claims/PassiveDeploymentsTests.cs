using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>"Soviet tanks and troops were deployed to …": what the agent qualifies is sent, and the passive verb is the act stated.</summary>
public sealed class PassiveDeploymentsTests
{
    [Fact]
    public void Soviet_weapons_and_troops_deployed_in_the_passive_state_the_deployment()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\nIn 1971 Soviet missiles, aircraft and some thousands of troops were deployed to Portugal.\n", "notes.md"));
        Assert.Equal(("deployed", ClaimForm.Statement, EpisodeKind.MilitaryAid, "portugal"), (claim.Act, claim.Form, claim.Kind, Assert.Single(claim.Targets)));
    }

    [Fact]
    public void Soviet_weapons_named_with_no_passive_act_stay_a_mention() =>
        Assert.Equal(ClaimForm.Mention, Assert.Single(TestClaims.Of("# Notes\n\nIn 1971 Soviet missiles reached Portugal.\n", "notes.md")).Form);
}
