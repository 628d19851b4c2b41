using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Data;

public sealed class EncyclopediaDb(DbContextOptions<EncyclopediaDb> options) : DbContext(options)
{
    public DbSet<SourceDocument> Sources => Set<SourceDocument>();
    public DbSet<Passage> Passages => Set<Passage>();
    public DbSet<Episode> Episodes => Set<Episode>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<CountryAlias> CountryAliases => Set<CountryAlias>();
    public DbSet<CountrySuccession> CountrySuccessions => Set<CountrySuccession>();
    public DbSet<EpisodeCountry> EpisodeCountries => Set<EpisodeCountry>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<EpisodeActor> EpisodeActors => Set<EpisodeActor>();
    public DbSet<DatedEvent> Events => Set<DatedEvent>();
    public DbSet<LeadSentence> LeadSentences => Set<LeadSentence>();
    public DbSet<InfoboxEntry> InfoboxEntries => Set<InfoboxEntry>();
    public DbSet<EventLink> EventLinks => Set<EventLink>();
    public DbSet<EventSource> EventSources => Set<EventSource>();
    public DbSet<NarrativeEntry> NarrativeEntries => Set<NarrativeEntry>();
    public DbSet<SharedPassage> SharedPassages => Set<SharedPassage>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<ImportInfo> ImportInfo => Set<ImportInfo>();

    /// <summary>Options for a database file; the web app opens it read-only, the importer read-write.</summary>
    public static DbContextOptions<EncyclopediaDb> OptionsFor(string path, bool readOnly)
    {
        var builder = new DbContextOptionsBuilder<EncyclopediaDb>();
        Configure(builder, path, readOnly);
        return builder.Options;
    }

    /// <summary>Read-only: pooled connections, no change tracking. Read-write (the importer): unpooled, so no connection outlives the import.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string path, bool readOnly)
    {
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = readOnly,
        };
        return builder.UseSqlite(connection.ToString())
            .UseQueryTrackingBehavior(readOnly ? QueryTrackingBehavior.NoTracking : QueryTrackingBehavior.TrackAll);
    }

    // Queries and writes do not run this: EF Core uses the compiled model in CompiledModel/ (found by its assembly attribute),
    // made from this method by scripts/compiled-model.sh; only design-time work (the create script, the tests) builds the model
    // from it. Run the script after any change here or to the entities (CompiledModelTests fails until then).
    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<SourceDocument>(e =>
        {
            e.HasIndex(x => x.Slug).IsUnique();
            e.Property(x => x.Format).HasConversion<string>();
        });
        b.Entity<Passage>(e =>
        {
            e.HasIndex(x => new { x.SourceDocumentId, x.Position }).IsUnique();
            e.Property(x => x.Kind).HasConversion<string>();
            e.HasOne(x => x.Episode).WithMany(x => x.Passages).HasForeignKey(x => x.EpisodeId);
        });
        b.Entity<Episode>(e =>
        {
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasIndex(x => new { x.StartYear, x.EndYear });
            e.HasIndex(x => new { x.Start, x.Slug }); // the JSON export's order, read a batch at a time
            e.Property(x => x.Kind).HasConversion<string>();
            e.Property(x => x.Side).HasConversion<string>();
            e.HasMany(x => x.Lead).WithOne().HasForeignKey(x => x.EpisodeId);
            e.HasMany(x => x.Infobox).WithOne().HasForeignKey(x => x.EpisodeId);
            e.HasMany(x => x.Narrative).WithOne().HasForeignKey(x => x.EpisodeId);
            e.Ignore(x => x.StartDate);
            e.Ignore(x => x.EndDate);
        });
        b.Entity<Country>(e =>
        {
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasMany(x => x.Aliases).WithOne().HasForeignKey(x => x.CountryId);
        });
        b.Entity<CountrySuccession>(e =>
        {
            e.HasKey(x => new { x.HistoricalId, x.SuccessorId });
            e.HasOne(x => x.Historical).WithMany(x => x.Successors).HasForeignKey(x => x.HistoricalId);
            e.HasOne(x => x.Successor).WithMany(x => x.Predecessors).HasForeignKey(x => x.SuccessorId);
        });
        b.Entity<EpisodeCountry>(e =>
        {
            e.HasKey(x => new { x.EpisodeId, x.CountryId });
            e.HasIndex(x => x.CountryId);
            e.Property(x => x.Role).HasConversion<string>();
        });
        b.Entity<Actor>(e =>
        {
            e.HasIndex(x => x.Slug).IsUnique();
            e.Property(x => x.Type).HasConversion<string>();
            e.HasMany(x => x.Aliases).WithOne().HasForeignKey(x => x.ActorId);
        });
        b.Entity<EpisodeActor>(e =>
        {
            e.HasKey(x => new { x.EpisodeId, x.ActorId });
            e.HasIndex(x => x.ActorId);
            e.Ignore(x => x.Passage); // the importer's handle on the passage, written as PassageId
        });
        b.Entity<DatedEvent>(e =>
        {
            e.HasIndex(x => x.Year);
            e.Ignore(x => x.PartialDate);
            e.HasMany(x => x.FurtherSources).WithOne().HasForeignKey(x => x.EventId);
        });
        b.Entity<EventSource>(e => e.HasKey(x => new { x.EventId, x.Order }));
        b.Entity<NarrativeEntry>(e => e.Ignore(x => x.RepeatOf)); // the importer's handle on the passage, written as RepeatOfPassageId
        b.Entity<InfoboxEntry>(e => e.Property(x => x.Field).HasConversion<string>());
        b.Entity<EventLink>(e =>
        {
            e.HasKey(x => new { x.EventId, x.EpisodeId });
            e.HasOne(x => x.Event).WithMany(x => x.RelatedEpisodes).HasForeignKey(x => x.EventId);
        });
        b.Entity<SharedPassage>(e =>
        {
            e.HasKey(x => new { x.EpisodeId, x.PassageId });
            e.HasOne(x => x.Episode).WithMany(x => x.SharedPassages).HasForeignKey(x => x.EpisodeId);
        });
        b.Entity<SlugRedirect>(e =>
        {
            e.HasIndex(x => new { x.Entity, x.OldSlug }).IsUnique();
            e.Property(x => x.Entity).HasConversion<string>();
        });
    }
}
