using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace SovietInterventions.Web.Site;

/// <summary>
/// One page of a long list, so that a page's size does not grow with the corpus: at most <see cref="Size"/>
/// items, numbered from 1; a number past the end (or not a number) shows the nearest page.
/// </summary>
public sealed record ListPage(int Number, int Count, int Total)
{
    public const int Size = 200;

    public static ListPage Of(string? requested, int total)
    {
        var count = Math.Max(1, (total + Size - 1) / Size);
        var number = int.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, count) : 1;
        return new ListPage(number, count, total);
    }

    public int Skip => (Number - 1) * Size;
    public bool IsFirst => Number == 1;
    public bool IsLast => Number == Count;

    /// <summary>The same URL on another page, keeping the other query values (filters); page 1 has no page value.</summary>
    public static string Link(HttpRequest request, int page)
    {
        var pairs = request.Query.Where(q => q.Key != "page")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        if (page > 1) pairs = pairs.Append(new("page", page.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(request.Path.Value ?? "/", pairs);
    }

    /// <summary>The canonical path of this page of a list whose first page is <paramref name="path"/>.</summary>
    public string Canonical(string path) => IsFirst ? path : $"{path}?page={Number.ToString(CultureInfo.InvariantCulture)}";
}
