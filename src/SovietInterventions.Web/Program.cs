using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Hosting;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Site;
using SovietInterventions.Web.Search;
using SovietInterventions.Web.Api;
using SovietInterventions.Web.Downloads;
using SovietInterventions.Web.Editions;

// The slim builder: the same configuration sources, host filtering and Kestrel, without IIS integration, HTTP/3 (QUIC)
// and the Debug/EventSource/Console logging providers (Serilog writes the log), which this site never uses and which
// mapped about 3 MB of assemblies into every process. HTTPS endpoints (Kestrel's certificate settings) are added back.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();
// Outside Development a build (not a publish) finds its compressed static files only through the
// build's static web assets manifest; a published app has no such manifest and this does nothing.
builder.WebHost.UseStaticWebAssets();
// First of all services: the framework names the cookie only if no earlier setup did (AddEditions adds Razor Pages).
builder.Services.WithFixedAntiforgeryCookieName();

builder.Services.AddSerilog((services, logger) => logger
    // The sinks a configuration may name, given, so that Serilog does not read the deps.json (Microsoft.Extensions.DependencyModel)
    // and load every Serilog assembly it lists to look for more.
    .ReadFrom.Configuration(builder.Configuration, new Serilog.Settings.Configuration.ConfigurationReaderOptions(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly, typeof(FileLoggerConfigurationExtensions).Assembly))
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    // Off, not just quiet: while this category is on at any level the host makes an Activity and a log scope for every
    // request, cached ones included. Serilog's request log (below) writes each request's line instead.
    .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", Off)
    // Writing to the console off the request thread: one line per request must not cost a request its speed.
    .WriteTo.Async(sink => sink.Console()),
    // Each host its own logger, not the static Log.Logger: the last host built would otherwise take every host's log
    // (the tests build many in one process), and disposing one would silence the others.
    preserveStaticLogger: true);

builder.Services.AddOptions<EncyclopediaOptions>().Bind(builder.Configuration.GetSection(EncyclopediaOptions.Section));
PublicHosts.Configure(builder);

// The site never writes to the database. The options are built once: they name the same file for the whole process, and
// EF Core's default (built again for every request scope) cost each uncached page a new options object with its extensions,
// warnings table, connection string and interceptor. No thread-safety checks: a request's context runs one query at a time
// (nothing in the site runs queries side by side), and the check set an AsyncLocal twice per row read, copying the request's
// execution context each time. Together 6 % of what an uncached episode page allocated and 21 % of other pages' (docs/benchmarks.md,
// seventeenth round).
builder.Services.AddDbContext<EncyclopediaDb>((services, options) => EncyclopediaDb.Configure(options,
    services.GetRequiredService<IOptions<EncyclopediaOptions>>().Value.FullDatabasePath(builder.Environment.ContentRootPath),
    readOnly: true).EnableThreadSafetyChecks(false), optionsLifetime: ServiceLifetime.Singleton);

builder.Services.AddEditions();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddSingleton<DatabaseState>();
builder.Services.AddHostedService<StartupImport>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddRazorPages().WithoutControllers();
builder.Services.AddPictures();
// Names such as "János Kádár" are written as they are, not as character references.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<PublicUrl>();
builder.Services.AddScoped<EpisodeSearch>();
builder.Services.AddSingleton<SuggestionIndex>();
builder.Services.AddScoped<Suggestions>();
builder.Services.AddEncyclopediaCaching();
builder.Services.AddEncyclopediaRateLimits(builder.Configuration);
builder.Services.AddOpenApi(options => options.UsePublicServer());
builder.Services.AddSiteJson();
builder.Services.WithoutKeyRingAtStart();

var app = builder.Build();

await LogDatabase(app);

app.UseHotPath();
app.UseEmbedFraming();
app.UseSecurityHeaders();
app.UseReadOnlyMethods();
app.UseResponseCompression();
// Before the error and status code pages, so that each request logs one line with its final status.
app.UseSerilogRequestLogging();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseStatusPagesOnlyForNotFound();

app.UseRouting();
// Named here, after routing, because the framework puts them in front of everything (the hot path included) when the
// app does not; the site has no sign-in, so they only need to run on misses.
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseDatabaseRefresh();
app.UseNoDatabasePage();
app.UseDatabaseSnapshot();
app.UseDatabaseRevalidation();
app.UseOutputCache();
app.UseUncachedWorkLimit();

app.MapEditions();
app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = HealthText.Write });
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets().WithMetadata(new DatabaseVersioned()).CacheOutput(Caching.Policy);
// "/episodes" is the stem of every episode's URL: a link trimmed to it gets the chronology, the index of episodes.
app.MapGet(SitePaths.Episodes, () => Results.Redirect(SitePaths.Timeline));
app.MapOpenApi();
app.MapDownloads().WithMetadata(new DatabaseVersioned());
app.MapEncyclopediaApi().WithMetadata(new DatabaseVersioned()).CacheOutput(Caching.Policy);

app.Run();

static async Task LogDatabase(WebApplication app)
{
    var path = app.Services.GetRequiredService<IOptions<EncyclopediaOptions>>().Value
        .FullDatabasePath(app.Environment.ContentRootPath);
    if (!File.Exists(path))
    {
        app.Logger.LogWarning("Database {DatabasePath} does not exist yet; pages answer 503 \"not imported yet\" until it is imported", path);
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

public partial class Program
{
    /// <summary>A level above Fatal: a category set to it writes nothing and reports itself disabled.</summary>
    const Serilog.Events.LogEventLevel Off = (Serilog.Events.LogEventLevel)(1 + (int)Serilog.Events.LogEventLevel.Fatal);
}
