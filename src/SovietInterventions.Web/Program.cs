using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import;
using SovietInterventions.Web.Hosting;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Pages.Shared;
using SovietInterventions.Web.Search;
using SovietInterventions.Web.Api;
using SovietInterventions.Web.Downloads;
using SovietInterventions.Web.Editions;

var builder = WebApplication.CreateBuilder(args);
// Outside Development a build (not a publish) finds its compressed static files only through the
// build's static web assets manifest; a published app has no such manifest and this does nothing.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    // Writing to the console off the request thread: one line per request must not cost a request its speed.
    .WriteTo.Async(sink => sink.Console()));

builder.Services.AddOptions<EncyclopediaOptions>().Bind(builder.Configuration.GetSection(EncyclopediaOptions.Section));

// The site never writes to the database.
builder.Services.AddDbContext<EncyclopediaDb>((services, options) => EncyclopediaDb.Configure(options,
    services.GetRequiredService<IOptions<EncyclopediaOptions>>().Value.FullDatabasePath(builder.Environment.ContentRootPath),
    readOnly: true));

builder.Services.AddEditions();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddRazorPages();
builder.Services.AddPictures();
// Names such as "János Kádár" are written as they are, not as character references.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<PublicUrl>();
builder.Services.AddScoped<EpisodeSearch>();
builder.Services.AddScoped<Suggestions>();
builder.Services.AddEncyclopediaCaching();
builder.Services.AddEncyclopediaRateLimits(builder.Configuration);
builder.Services.AddOpenApi();

var app = builder.Build();

ImportSeedsIfStale(app);
await LogDatabase(app);

app.UseEmbedFraming();
app.UseSecurityHeaders();
app.UseResponseCompression();
// Before the error and status code pages, so that each request logs one line with its final status.
app.UseSerilogRequestLogging();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found");

app.UseRouting();
app.UseRateLimiter();
app.UseDatabaseRefresh();
app.UseDatabaseRevalidation();
app.UseOutputCache();

app.MapEditions();
app.MapHealthChecks("/healthz");
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets().WithMetadata(new DatabaseVersioned()).CacheOutput(Caching.Policy);
app.MapOpenApi();
app.MapDownloads().WithMetadata(new DatabaseVersioned());
app.MapEncyclopediaApi().WithMetadata(new DatabaseVersioned()).CacheOutput(Caching.Policy).RequireRateLimiting(RateLimits.Policy);

app.Run();

// The same import as the CLI, run before serving when the database is missing or the seeds changed.
static void ImportSeedsIfStale(WebApplication app)
{
    var import = app.Services.GetRequiredService<IOptions<EncyclopediaOptions>>().Value.ImportOptions(app.Environment.ContentRootPath);
    if (import is null || !Directory.Exists(import.SeedsDirectory)) return;
    try
    {
        if (!SeedImport.IsStale(import)) return;
        app.Logger.LogInformation("Importing {SeedsDirectory} into {DatabasePath}", import.SeedsDirectory, import.DatabasePath);
        var summary = SeedImport.Run(import, message => app.Logger.LogInformation("{Progress}", message));
        app.Logger.LogInformation("Imported {Documents} documents: {Episodes} episodes, {Countries} countries, {Actors} actors, {Events} events, {Warnings} warnings in {Elapsed} ms",
            summary.Documents, summary.Episodes, summary.Countries, summary.Actors, summary.Events, summary.Warnings.Count, (int)summary.Elapsed.TotalMilliseconds);
    }
    catch (ImportException e)
    {
        // The previous database (if any) is untouched; serve it rather than nothing.
        app.Logger.LogError("Import failed, serving the previous database: {Error}", e.Message);
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
    {
        app.Logger.LogError(e, "Import could not write {DatabasePath}, serving the previous database", import.DatabasePath);
    }
}

static async Task LogDatabase(WebApplication app)
{
    var path = app.Services.GetRequiredService<IOptions<EncyclopediaOptions>>().Value
        .FullDatabasePath(app.Environment.ContentRootPath);
    if (!File.Exists(path))
    {
        app.Logger.LogWarning("Database {DatabasePath} does not exist; pages will fail until it is imported", path);
        return;
    }
    using var scope = app.Services.CreateScope();
    try
    {
        var episodes = await scope.ServiceProvider.GetRequiredService<EncyclopediaDb>().Episodes.CountAsync();
        app.Logger.LogInformation("Serving {DatabasePath} with {EpisodeCount} episodes", path, episodes);
    }
    catch (SqliteException e)
    {
        app.Logger.LogError(e, "Database {DatabasePath} cannot be read", path);
    }
}

public partial class Program;
