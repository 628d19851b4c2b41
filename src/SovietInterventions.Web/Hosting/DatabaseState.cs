namespace SovietInterventions.Web.Hosting;

/// <summary>
/// Whether there is a database to serve and whether a start-up import runs. There is no look at the file of its own:
/// availability is what <see cref="DatabaseRefresh"/> saw at its last look, which every request takes (at most once a
/// second) before anything asks here.
/// </summary>
public sealed class DatabaseState(DatabaseRefresh refresh)
{
    volatile bool importing;

    public string Path => refresh.DatabasePath;

    public bool Available => refresh.DatabaseExists;

    public bool Importing
    {
        get => importing;
        set
        {
            // The look first: a request must not see the import over and the old look's answer (no file) together.
            refresh.CheckOnNextRequest();
            importing = value;
        }
    }

    /// <summary>Why there is nothing to serve, in words an operator can act on.</summary>
    public string Reason => Importing
        ? $"The database {Path} does not exist yet; the start-up import is running."
        : $"The database {Path} does not exist: import the seeds into it (dotnet SovietInterventions.Importer.dll import <seeds-folder> {Path}).";
}
