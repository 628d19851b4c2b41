using System.Text;
using System.Text.RegularExpressions;

namespace SovietInterventions.Web.Editions;

/// <summary>
/// Keeps a reader inside the edition they opened: on an edition's pages, links and redirects to pages that
/// editions serve (/episodes/..., /countries/...) are rewritten to the same pages of that edition.
/// Absolute URLs (canonical, "current page", citations) are left alone on purpose.
/// </summary>
public static partial class EditionLinks
{
    public static string Rewrite(string html, string edition) => SitePath().Replace(html, match =>
        EditionRequest.EditionPath(System.Net.WebUtility.HtmlDecode(match.Groups["path"].Value) is var decoded && decoded.Split('?', '#')[0] is var path ? path : "", edition) is { } inEdition
            ? $"{match.Groups["attribute"].Value}=\"{inEdition}{match.Groups["path"].Value[path.Length..]}\""
            : match.Value);

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<EditionPage>() is null || EditionRequest.Id(context) is not { } edition)
        {
            await next();
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.Headers.Location is [{ } location] && location.StartsWith('/'))
        {
            var path = location.Split('?', '#')[0];
            if (EditionRequest.EditionPath(path, edition) is { } inEdition) context.Response.Headers.Location = inEdition + location[path.Length..];
        }
        buffer.Position = 0;
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
        {
            var html = Rewrite(Encoding.UTF8.GetString(buffer.ToArray()), edition);
            var bytes = Encoding.UTF8.GetBytes(html);
            context.Response.ContentLength = bytes.Length;
            await original.WriteAsync(bytes, context.RequestAborted);
        }
        else
        {
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    [GeneratedRegex("(?<attribute>\\b(?:href|action))=\"(?<path>/(?!/)[^\"]*)\"")]
    private static partial Regex SitePath();
}
