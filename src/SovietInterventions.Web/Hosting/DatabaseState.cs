using Microsoft.Extensions.Options;

namespace SovietInterventions.Web.Hosting;

/// <summary>Whether there is a database to serve (looked at no more than once a second) and whether a start-up import runs.</summary>
public sealed class DatabaseState(IOptions<EncyclopediaOptions> options, IWebHostEnvironment environment)
{
    const long CheckEveryMilliseconds = 1000;
    long nextCheck;
    volatile bool available;
    volatile bool importing;

    public string Path { get; } = options.Value.FullDatabasePath(environment.ContentRootPath);

    public bool Available
    {
        get
        {
            var now = Environment.TickCount64;
            if (now >= Volatile.Read(ref nextCheck))
            {
                Volatile.Write(ref nextCheck, now + CheckEveryMilliseconds);
                var file = new FileInfo(Path);
                available = file.Exists && file.Length > 0;
            }
            return available;
        }
    }

    public bool Importing
    {
        get => importing;
        set
        {
            importing = value;
            Volatile.Write(ref nextCheck, 0);
        }
    }

    /// <summary>Why there is nothing to serve, in words an operator can act on.</summary>
    public string Reason => Importing
        ? $"The database {Path} does not exist yet; the start-up import is running."
        : $"The database {Path} does not exist: import the seeds into it (dotnet SovietInterventions.Importer.dll import <seeds-folder> {Path}).";
}
