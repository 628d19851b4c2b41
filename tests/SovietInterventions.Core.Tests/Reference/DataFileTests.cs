using SovietInterventions.Core.Import;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Reference;

/// <summary>Every reader of data/ fails alike: an ImportException naming the file, and the line where the JSON says.</summary>
public sealed class DataFileTests
{
    // Each breaks on line 3, in the shape its file has (a list of entries, or an object of lists).
    private const string BrokenList = "[\n  { \"slug\": \"x\",\n  \"name\": }\n]";
    private const string BrokenObject = "{\n  \"agents\": [],\n  \"kinds\": }\n}";

    public static TheoryData<string, string, Action<string>> Readers => new()
    {
        { "actors.json", BrokenList, dir => Gazetteer.Load(dir) },
        { "countries.json", BrokenList, dir => Gazetteer.Load(dir) },
        { "episode-rules.json", BrokenObject, dir => EpisodeRules.Load(dir) },
        { "claim-rules.json", BrokenObject, dir => Core.Import.Claims.ClaimRules.Load(dir) },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Broken_json_is_an_import_error_naming_the_file_and_the_line(string fileName, string brokenJson, Action<string> load)
    {
        var dir = RealData.CopyWith(fileName, brokenJson);

        var error = Assert.Throws<ImportException>(() => load(dir));

        Assert.Equal(fileName, error.FileName);
        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{fileName}:3: not valid JSON", error.Message);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_missing_file_is_an_import_error_naming_the_file_and_the_folder(string fileName, string _, Action<string> load)
    {
        var dir = RealData.CopyToTemp();
        File.Delete(Path.Combine(dir, fileName));

        var error = Assert.Throws<ImportException>(() => load(dir));

        Assert.Equal(fileName, error.FileName);
        Assert.Contains(dir, error.Message);
    }

    [Fact]
    public void A_file_holding_null_is_an_import_error_naming_the_file()
    {
        var dir = RealData.CopyWith("episode-rules.json", "null");

        var error = Assert.Throws<ImportException>(() => EpisodeRules.Load(dir));

        Assert.Equal("episode-rules.json:1: the file holds null, not its data.", error.Message);
    }
}
