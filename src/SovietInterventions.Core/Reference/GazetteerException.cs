namespace SovietInterventions.Core.Reference;

/// <summary>Bad reference data: the message names the file and, where there is one, the entry.</summary>
internal sealed class GazetteerException(string file, string message, Exception? inner = null)
    : Exception($"{file}: {message}", inner)
{
    public string File { get; } = file;
}
