using System.Text;

namespace SovietInterventions.Importer.Fuzzing;

/// <summary>What the cases came to: outcomes, findings by kind, time and memory.</summary>
public sealed class FuzzTally
{
    readonly List<TimeSpan> times = [];
    readonly List<TimeSpan> cpus = [];
    readonly Dictionary<string, int> findings = [];
    readonly Dictionary<string, (int Imported, int Refused)> byMutation = [];
    int imported, refused, cases;
    long peak;
    TimeSpan slowest;
    string slowestCase = "";

    public int FindingCount => findings.Values.Sum();

    public void Add(FuzzCase fuzzCase, ChildResult result, IReadOnlyList<string> found)
    {
        cases++;
        times.Add(result.Elapsed);
        cpus.Add(result.Cpu);
        peak = Math.Max(peak, result.PeakBytes);
        if (result.Cpu > slowest) (slowest, slowestCase) = (result.Cpu, fuzzCase.Describe());
        if (result.ExitCode == 0) imported++;
        else if (result.ExitCode == 1) refused++;
        foreach (var kind in found) findings[kind] = findings.GetValueOrDefault(kind) + 1;
        foreach (var name in fuzzCase.Mutations.Append(fuzzCase.Entry?.Name ?? "no-entry").Distinct())
        {
            var (i, r) = byMutation.GetValueOrDefault(name);
            byMutation[name] = result.ExitCode == 0 ? (i + 1, r) : (i, r + 1);
        }
    }

    public string Report(FuzzOptions options, TimeSpan elapsed)
    {
        static TimeSpan At(List<TimeSpan> values, double q) =>
            values.Count == 0 ? TimeSpan.Zero : values.Order().ElementAt(Math.Min(values.Count - 1, (int)(q * values.Count)));
        var text = new StringBuilder();
        text.AppendLine($"Fuzz run: {cases} cases (seed {options.Seed}) in {elapsed.TotalMinutes:F1} min");
        text.AppendLine($"  imported: {imported}, refused with an error naming the entry or file: {refused - findings.GetValueOrDefault("unnamed-error")}, other: {cases - imported - refused}");
        text.AppendLine($"  findings: {(findings.Count == 0 ? "none" : string.Join(", ", findings.Select(f => $"{f.Key} {f.Value}")))}");
        text.AppendLine($"  child CPU time: median {At(cpus, 0.5).TotalSeconds:F2} s, 95th {At(cpus, 0.95).TotalSeconds:F2} s, max {slowest.TotalSeconds:F2} s ({slowestCase})");
        text.AppendLine($"  child wall time: median {At(times, 0.5).TotalSeconds:F2} s, 95th {At(times, 0.95).TotalSeconds:F2} s, max {times.DefaultIfEmpty().Max().TotalSeconds:F2} s");
        text.AppendLine($"  peak memory of any child: {peak >> 20} MB (limit {options.MemoryBytes >> 20} MB)");
        text.AppendLine("  by mutation (imported / refused):");
        foreach (var (name, (i, r)) in byMutation.OrderBy(m => m.Key, StringComparer.Ordinal)) text.AppendLine($"    {name}: {i} / {r}");
        return text.ToString();
    }
}
