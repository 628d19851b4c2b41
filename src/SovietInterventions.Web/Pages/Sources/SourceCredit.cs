namespace SovietInterventions.Web.Pages.Sources;

/// <summary>Who wrote a source, where it is, its licence and when it was retrieved: what attribution needs, when known.</summary>
public sealed record SourceCredit(string? Author, string? Url, string? Licence, string? RetrievedOn)
{
    public static readonly SourceCredit None = new(null, null, null, null);

    public bool IsKnown => Author is not null || Url is not null || Licence is not null || RetrievedOn is not null;

    /// <summary>Only an absolute http(s) address becomes a link; anything else is not offered.</summary>
    public string? SafeUrl => Url is not null && Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    /// <summary>The compact form for lists: "Wikipedia contributors · CC BY-SA 4.0 · retrieved 2024-05-01".</summary>
    public string? Line => string.Join(" · ", new[] { Author, Licence, RetrievedOn is null ? null : $"retrieved {RetrievedOn}" }.Where(p => p is not null))
        is { Length: > 0 } line ? line : null;
}
