using System.Text;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// FNV-1a (64 bits) as 16 lower-case hex digits: the same on every process and replica, for validators (ETags) that
/// only tell versions of one resource apart. Not a cryptographic hash, and needs none: SHA-256 here loaded OpenSSL
/// and the cryptography assembly into the web process for this alone (about 5 MB resident, docs/benchmarks.md).
/// </summary>
public static class StableHash
{
    const ulong Offset = 14695981039346656037;
    const ulong Prime = 1099511628211;

    public static string Hex(string text)
    {
        var hash = Offset;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * Prime;
        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
