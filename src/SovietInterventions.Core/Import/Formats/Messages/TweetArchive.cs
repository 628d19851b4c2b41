using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.Messages;

/// <summary>
/// A Twitter/X archive's tweets (its data/tweets.js: <c>window.YTD.tweets.part0 = [ { "tweet": { "full_text": … } }, … ]</c>, or
/// a list of tweet objects as the API gives them). The archive lists them newest first; they are read oldest first, each
/// reply-chained thread together in the order it was written, since "2/ …" goes on from "1/ …". A tweet's words are its
/// full_text with the HTML entities Twitter escapes decoded; the reply's leading @names, links, the thread's counters ("2/",
/// "/end") and everything around the text (ids, the time it was posted, entity offsets, counts) are no prose. The time a tweet
/// was posted dates no act it tells of, so it never stands in the text.
/// </summary>
internal static partial class TweetArchive
{
    private const string TimeFormat = "ddd MMM dd HH:mm:ss zzz yyyy"; // "Wed Aug 21 06:10:58 +0000 2019"

    /// <summary>The text with the archive's JavaScript assignment ("window.YTD.tweets.part0 = ") blanked where it stands, so the
    /// JSON after it keeps its lines and offsets; any other text as it is.</summary>
    public static string Json(string text) =>
        Assignment().Match(text) is { Success: true } assignment ? new string(' ', assignment.Length) + text[assignment.Length..] : text;

    /// <summary>The text opens with an archive's JavaScript assignment.</summary>
    public static bool Opens(string text) => Assignment().IsMatch(text);

    /// <summary>The tweets' texts in reading order, each with its line in the file; null when the JSON is no list of tweets.</summary>
    public static List<(int Line, string Text)>? Read(JsonElement root, string text)
    {
        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0) return null;
        var tweets = new List<Tweet>();
        var lines = new JsonLines(text);
        foreach (var item in root.EnumerateArray())
        {
            // An archive wraps each tweet ({"tweet": {…}}) and may keep its words in "text" (older archives); the API's list of tweets
            // has "full_text" and "id_str". A chat's list of {"id", "text"} messages is none: it is read in its own order.
            var wrapped = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("tweet", out _);
            var tweet = wrapped ? item.GetProperty("tweet") : item;
            if (tweet.ValueKind != JsonValueKind.Object || String(tweet, wrapped ? ["id_str", "id"] : ["id_str"]) is not { } id
                || !(tweet.TryGetProperty("full_text", out var full) || wrapped && tweet.TryGetProperty("text", out full)) || full.ValueKind != JsonValueKind.String) return null;
            tweets.Add(new Tweet(tweets.Count, id, String(tweet, "in_reply_to_status_id_str", "in_reply_to_status_id"), Posted(tweet),
                lines.Of(full.GetRawText()), Words(full.GetString()!)));
        }
        return ReadingOrder(tweets).Where(t => t.Text.Length > 0).Select(t => (t.Line, t.Text)).ToList();
    }

    // Oldest first, by the time each was posted (by the archive's order, newest first, when a time is missing), each thread
    // whole where its first tweet stands.
    private static IEnumerable<Tweet> ReadingOrder(List<Tweet> tweets)
    {
        var byTime = tweets.All(t => t.Posted is not null);
        var order = tweets.OrderBy(t => byTime ? t.Posted!.Value.UtcTicks : 0).ThenByDescending(t => t.Index).ToList();
        var rank = order.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var byId = new Dictionary<string, Tweet>(StringComparer.Ordinal);
        foreach (var tweet in tweets) byId.TryAdd(tweet.Id, tweet);
        // Each tweet's thread is the first tweet of its reply chain, found once per chain: a chain as long as the archive costs no
        // more than the archive, and a loop of replies (no real archive has one) ends where it closes.
        var roots = new Dictionary<Tweet, Tweet>();
        Tweet Root(Tweet tweet)
        {
            var chain = new List<Tweet>();
            var seen = new HashSet<Tweet>();
            var at = tweet;
            while (!roots.ContainsKey(at) && seen.Add(at) && at.InReplyTo is { } parent && byId.TryGetValue(parent, out var above))
            {
                chain.Add(at);
                at = above;
            }
            var root = roots.GetValueOrDefault(at, at);
            foreach (var link in chain.Append(at)) roots.TryAdd(link, root);
            return root;
        }
        return order.GroupBy(Root).OrderBy(thread => thread.Min(t => rank[t])).SelectMany(thread => thread.OrderBy(t => rank[t]));
    }

    private static string Words(string fullText)
    {
        // Twitter's text is plain text with "&", "<" and ">" escaped as HTML writes them; it holds no markup.
        var text = ProseText.Squash(WebUtility.HtmlDecode(fullText));
        text = Link().Replace(text, "");
        text = LeadingMentions().Replace(text, "");
        text = LeadingCounter().Replace(text, "");
        return ProseText.Squash(TrailingCounter().Replace(text, ""));
    }

    // Archives write Twitter's own form of the time; the API's second version writes ISO 8601.
    private static DateTimeOffset? Posted(JsonElement tweet) =>
        String(tweet, "created_at") is { } posted
        && (DateTimeOffset.TryParseExact(posted, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            || DateTimeOffset.TryParse(posted, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time)) ? time : null;

    // Archives write ids as strings ("id_str"), the API as numbers too ("id").
    private static string? String(JsonElement element, params string[] names)
    {
        foreach (var name in names)
            if (element.TryGetProperty(name, out var value))
                switch (value.ValueKind)
                {
                    case JsonValueKind.String: return value.GetString();
                    case JsonValueKind.Number: return value.GetRawText();
                }
        return null;
    }

    private sealed record Tweet(int Index, string Id, string? InReplyTo, DateTimeOffset? Posted, int Line, string Text);

    // Spaces and tabs only: a line break blanked into a space would move every later line up.
    [GeneratedRegex(@"^\uFEFF?[ \t]*window\.YTD\.\w+\.part\d+[ \t]*=[ \t]*")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\s*\bhttps?://\S+")]
    private static partial Regex Link();

    // "@tomasz_k_hist No - …": whom a reply answers, which Twitter writes before its text.
    [GeneratedRegex(@"^(?:@\w+\s+)+")]
    private static partial Regex LeadingMentions();

    // A thread's counters: "2/ …", "2/5 …", "… had begun. 1/", "… 1/ #tag", "… /end"; never a date ("on 12/3").
    [GeneratedRegex(@"^\d{1,3}/\d{0,3}\s+")]
    private static partial Regex LeadingCounter();

    [GeneratedRegex(@"(?<=[.!?…])\s+\d{1,3}/\d{0,3}(?=\s+#|$)|\s*/(?:end|fin)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCounter();
}
