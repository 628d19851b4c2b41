using Microsoft.Data.Sqlite;

namespace SovietInterventions.Core.Import;

/// <summary>Turns a failure to write the database into an error naming the path and saying what is wrong in words.</summary>
public static class TargetErrors
{
    const int SqliteFull = 13, SqliteCantOpen = 14, SqliteReadOnly = 8, SqliteIoError = 10;

    public static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException or SqliteException;

    public static ImportException Describe(string target, Exception e)
    {
        var folder = Path.GetDirectoryName(target) ?? target;
        var problem = e switch
        {
            SqliteException { SqliteErrorCode: SqliteFull } => $"the disk holding {folder} is full; free some space and import again.",
            SqliteException { SqliteErrorCode: SqliteCantOpen or SqliteReadOnly } or UnauthorizedAccessException =>
                $"cannot write in {folder} (read-only or not permitted); import to a writable folder.",
            SqliteException { SqliteErrorCode: SqliteIoError } => $"the disk reported an input/output error while writing in {folder}.",
            IOException io when IsDiskFull(io) => $"the disk holding {folder} is full; free some space and import again.",
            _ => $"could not write the database: {e.Message}",
        };
        return new ImportException(target, null, problem, e);
    }

    // ENOSPC (28) and EDQUOT (122) reach .NET as an IOException whose HResult carries the errno.
    static bool IsDiskFull(IOException e) => (e.HResult & 0xFFFF) is 28 or 122 || e.Message.Contains("space", StringComparison.OrdinalIgnoreCase);
}
