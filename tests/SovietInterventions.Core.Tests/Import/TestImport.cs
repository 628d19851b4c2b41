using System.Text;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Reading;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import;

/// <summary>The import pipeline as tests run it: on the reviewed data/, built once, with no database.</summary>
internal static class TestImport
{
    private static readonly Lazy<ImportPipeline> Built = new(() => new ImportPipeline(RealData.Gazetteer, EpisodeRules.Load(RealData.Directory, RealData.Gazetteer)));

    public static ImportPipeline Pipeline => Built.Value;

    /// <summary>Imports documents written in the test, each a file name and its text, together as one corpus.</summary>
    public static ImportModel Of(params (string Name, string Text)[] files) =>
        Pipeline.Run(files.Select(f => SourceReader.Decode(f.Name, Encoding.UTF8.GetBytes(f.Text))));
}
