using System.Globalization;

namespace SovietInterventions.Web.Api;

/// <summary>page from 1; pageSize defaults to 50 and is clamped to 1000 so that a greedy client gets a big page, not an error.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public static bool TryParse(string? page, string? pageSize, out Paging paging, out string? error)
    {
        paging = new Paging(1, DefaultPageSize);
        error = null;
        var p = 1;
        var size = DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out p) || p < 1))
            error = "page must be a whole number from 1";
        else if (!string.IsNullOrWhiteSpace(pageSize) && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1))
            error = "pageSize must be a whole number from 1";
        if (error is not null) return false;
        paging = new Paging(p, Math.Min(size, MaxPageSize));
        return true;
    }

    /// <summary>The page as a range of positions in the whole list.</summary>
    public Range Range
    {
        get
        {
            var first = (int)Math.Min(int.MaxValue - PageSize, (long)(Page - 1) * PageSize);
            return new Range(first, first + PageSize);
        }
    }
}
