using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// The rows of one import as entity graphs, collected by <see cref="DatabaseWriter"/> and written by <see cref="RowWriter"/>.
/// Named like the context's sets so that the writer's methods read the same as with EF Core, without its change tracking.
/// </summary>
internal sealed class ImportRows
{
    public List<Country> Countries { get; } = [];
    public List<SourceDocument> Sources { get; } = [];
    public List<Episode> Episodes { get; } = [];
    /// <summary>Context events; an episode's own events travel in <see cref="Episode.Events"/>.</summary>
    public List<DatedEvent> Events { get; } = [];
    public List<SlugRedirect> SlugRedirects { get; } = [];
    public List<ImportInfo> ImportInfo { get; } = [];
}
