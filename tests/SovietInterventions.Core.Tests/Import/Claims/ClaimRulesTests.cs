using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Claims;

namespace SovietInterventions.Core.Tests.Import.Claims;

public sealed class ClaimRulesTests
{
    [Fact]
    public void The_reviewed_claim_rules_load_with_their_period()
    {
        var rules = ClaimRules.Load(RealData.Directory);
        Assert.True(rules.InPeriod(1956));
        Assert.False(rules.InPeriod(2014));
    }

    [Theory]
    [InlineData("{ \"period\": ")]
    [InlineData("{ \"period\": { \"from\": 1991, \"to\": 1917 }, \"agents\": [\"Soviet\"], \"acts\": [], \"endActs\": [\"withdrew\"] }")]
    [InlineData("{ \"period\": { \"from\": 1917, \"to\": 1991 }, \"agents\": [\"Soviet\"], \"acts\": [ { \"kind\": \"Invasion\", \"words\": [\"invaded\"] } ], \"endActs\": [\"withdrew\"] }")]
    [InlineData("{ \"period\": { \"from\": 1917, \"to\": 1991 }, \"agents\": [], \"acts\": [ { \"kind\": \"Picnic\", \"words\": [\"ate\"] } ], \"endActs\": [\"withdrew\"] }")]
    public void Broken_claim_rules_are_an_error_naming_the_file(string json)
    {
        var folder = Directory.CreateTempSubdirectory("claim-rules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "claim-rules.json"), json);
            var error = Assert.Throws<ImportException>(() => ClaimRules.Load(folder));
            Assert.Contains("claim-rules.json", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
