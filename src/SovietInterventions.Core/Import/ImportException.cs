namespace SovietInterventions.Core.Import;

/// <summary>A problem with an input file that stops the import; names the file and, where known, the line.</summary>
public sealed class ImportException(string fileName, int? line, string problem, Exception? inner = null)
    : Exception(line is null ? $"{fileName}: {problem}" : $"{fileName}:{line}: {problem}", inner)
{
    public string FileName { get; } = fileName;
    public int? Line { get; } = line;
    public string Problem { get; } = problem;
}
