namespace SovietInterventions.Core.Tests.Import.Claims;

public sealed class ZzProbe
{
    [Fact]
    public void Probe()
    {
        var path = Environment.GetEnvironmentVariable("PROBE_FILE");
        if (path is null) return;
        var lines = new List<string>();
        foreach (var file in path.Split(';'))
        {
            lines.Add("#### " + file);
            foreach (var c in TestClaims.Of(File.ReadAllText(file), Path.GetFileName(file)))
                lines.Add($"[{c.Passage.Position}] {c.Agent}|{c.Act}|{c.Kind}/{c.Role} T=[{string.Join(",", c.Targets)}] P=[{string.Join(",", c.Participants)}] {c.Date}{(c.DatedInSentence ? "" : "?")} {c.Form} :: {c.Sentence[..Math.Min(160, c.Sentence.Length)]}");
        }
        File.WriteAllLines("/tmp/claims/probe.txt", lines);
    }
}
