using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SovietInterventions.Web.Tests.Editions;

/// <summary>Over the real seeds, whose import made one edition: framing, citation metadata and files, oEmbed, handouts.</summary>
[Collection(SeedsCollection.Name)]
public sealed partial class EditionPagesTests(SeedsFactory site)
{
    const string Episode = "/episodes/1956-hungary";
    readonly HttpClient client = site.CreateClient();

    async Task<string> EditionAsync()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/editions"));
        return json.RootElement.GetProperty("current").GetString()!;
    }

    public static TheoryData<string> NotFramable =>
    [
        "/", Episode, "/countries/hungary", "/actors/imre-nagy", "/timeline", "/search?q=tanks", "/sources", "/editions",
        Episode + "/changes", Episode + "/handout", Episode + "/cite.ris", "/api/editions", "/no-such-page",
        "/oembed?url=http%3A%2F%2Flocalhost%2Fepisodes%2F1956-hungary&format=json",
    ];

    [Theory]
    [MemberData(nameof(NotFramable))]
    public async Task Every_page_but_the_embeds_forbids_framing(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());

        var edition = await EditionAsync();
        var inEdition = url.StartsWith("/episodes", StringComparison.Ordinal) || url is "/timeline" or "/sources" ? $"/editions/{edition}{url}" : null;
        if (inEdition is not null && !url.Contains("/changes"))
            Assert.Contains("frame-ancestors 'none'", (await client.GetAsync(inEdition)).Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Embed_cards_may_be_framed_by_any_site_and_show_the_permanent_link()
    {
        var edition = await EditionAsync();
        foreach (var url in new[] { "/embed" + Episode, $"/embed/editions/{edition}{Episode}" })
        {
            var page = await SiteAssert.OkAsync(client, url);
            var policy = page.Response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("frame-ancestors *", policy);
            Assert.DoesNotContain("'none'", policy);
            Assert.Contains($"http://localhost/editions/{edition}{Episode}", page.Html);
            Assert.Contains("<svg class=\"episode-strip\"", page.Html);
            Assert.DoesNotMatch(@"\sstyle\s*=", page.Html);
        }
    }

    [Fact]
    public async Task Episode_country_and_actor_pages_carry_citation_meta_tags_naming_the_edition()
    {
        var edition = await EditionAsync();
        foreach (var url in new[] { Episode, "/countries/hungary", "/actors/imre-nagy" })
        {
            var page = await SiteAssert.OkAsync(client, url);
            var tags = MetaTag().Matches(page.Html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
            Assert.Equal(page.H1s.Single(), tags["citation_title"]);
            Assert.Equal("Soviet Interventions 1918–1991", tags["citation_publisher"]);
            Assert.Matches(@"^\d{4}/\d{2}/\d{2}$", tags["citation_publication_date"]);
            Assert.Equal(edition[..10].Replace('-', '/'), tags["citation_online_date"]);
            Assert.Equal($"http://localhost/editions/{edition}{url}", tags["citation_public_url"]);
        }
        Assert.DoesNotContain("citation_title", (await SiteAssert.OkAsync(client, "/timeline")).Html);
    }

    [Fact]
    public async Task Cite_this_page_gives_the_editions_permanent_link_next_to_the_current_one()
    {
        var edition = await EditionAsync();
        var cite = (await SiteAssert.OkAsync(client, Episode)).Section("cite");

        Assert.Contains($"http://localhost/editions/{edition}{Episode}", cite);
        Assert.Contains($"http://localhost{Episode}<", cite);
        Assert.Contains($"(Edition {edition})", cite);
        Assert.Contains($"edition = {{{edition}}}", cite);
    }

    [Fact]
    public async Task The_ris_file_is_one_electronic_record_naming_the_edition()
    {
        var edition = await EditionAsync();
        var response = await client.GetAsync(Episode + "/cite.ris");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/x-research-info-systems", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches(@"^[A-Z][A-Z0-9]  - ", l));
        var fields = lines.Select(l => (Tag: l[..2], Value: l[6..])).ToList();
        Assert.Equal(("TY", "ELEC"), fields[0]);
        Assert.Equal(("ER", ""), fields[^1]);
        Assert.Equal("Soviet invasion of Hungary (1956)", fields.Single(f => f.Tag == "TI").Value);
        Assert.Equal(edition, fields.Single(f => f.Tag == "ET").Value);
        Assert.Equal($"http://localhost/editions/{edition}{Episode}", fields.Single(f => f.Tag == "UR").Value);
        Assert.Equal(edition[..10].Replace('-', '/'), fields.Single(f => f.Tag == "DA").Value);
    }

    [Fact]
    public async Task The_bibtex_file_is_one_balanced_misc_entry_naming_the_edition()
    {
        var edition = await EditionAsync();
        var text = await client.GetStringAsync(Episode + "/cite.bib");

        var entry = BibTexEntry().Match(text);
        Assert.True(entry.Success, text);
        Assert.Equal("misc", entry.Groups["type"].Value);
        var body = entry.Groups["body"].Value;
        Assert.Equal(body.Count(c => c == '{'), body.Count(c => c == '}'));
        var fields = BibTexField().Matches(body).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal("Soviet invasion of Hungary (1956)", fields["title"]);
        Assert.Equal(edition, fields["edition"]);
        Assert.Equal($"\\url{{http://localhost/editions/{edition}{Episode}}}", fields["howpublished"]);
        Assert.Equal(edition[..4], fields["year"]);
    }

    [Fact]
    public async Task The_csl_json_file_is_a_webpage_item_naming_the_edition()
    {
        var edition = await EditionAsync();
        using var json = JsonDocument.Parse(await client.GetStringAsync(Episode + "/cite.json"));

        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        Assert.Equal("Soviet invasion of Hungary (1956)", item.GetProperty("title").GetString());
        Assert.Equal(edition, item.GetProperty("version").GetString());
        Assert.Equal($"http://localhost/editions/{edition}{Episode}", item.GetProperty("URL").GetString());
        var issued = item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).ToArray();
        Assert.Equal(edition[..10], $"{issued[0]:0000}-{issued[1]:00}-{issued[2]:00}");
    }

    [Fact]
    public async Task OEmbed_answers_a_rich_iframe_of_the_embed_card_for_episode_pages_of_this_site_only()
    {
        var page = await SiteAssert.OkAsync(client, Episode);
        var discovery = OEmbedLink().Match(page.Html);
        Assert.True(discovery.Success, "no oEmbed discovery link");

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(WebUtility.HtmlDecode(discovery.Groups[1].Value)).PathAndQuery));
        var answer = json.RootElement;
        Assert.Equal("1.0", answer.GetProperty("version").GetString());
        Assert.Equal("rich", answer.GetProperty("type").GetString());
        Assert.True(answer.GetProperty("width").GetInt32() > 0 && answer.GetProperty("height").GetInt32() > 0);
        Assert.Matches("^<iframe src=\"http://localhost/embed(/editions/[^/]+)?/episodes/1956-hungary\"", answer.GetProperty("html").GetString());

        foreach (var other in new[] { "http://elsewhere.example/episodes/1956-hungary", "http://localhost/countries/hungary", "not a url" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/oembed?format=json&url=" + Uri.EscapeDataString(other))).StatusCode);
        Assert.Equal(HttpStatusCode.NotImplemented, (await client.GetAsync("/oembed?format=xml&url=" + Uri.EscapeDataString("http://localhost" + Episode))).StatusCode);
    }

    [Fact]
    public async Task The_handout_prints_the_permanent_link_as_text_and_as_an_inline_qr_code()
    {
        var edition = await EditionAsync();
        var page = await SiteAssert.OkAsync(client, Episode + "/handout");

        Assert.Equal(["Soviet invasion of Hungary (1956)"], page.H1s);
        Assert.Contains($"<span class=\"handout-url\">http://localhost/editions/{edition}{Episode}</span>", page.Html);
        Assert.Contains("<svg class=\"qr-code\" role=\"img\"", page.Html);
        Assert.Contains("id=\"handout-events\"", page.Html);
        Assert.DoesNotMatch(@"\sstyle\s*=", page.Html);
        Assert.DoesNotMatch(@"(src|href)=""https?://(?!localhost)", page.Html);
    }

    [Fact]
    public async Task The_editions_page_and_an_editions_pages_link_inside_the_edition_with_a_banner()
    {
        var edition = await EditionAsync();
        Assert.Contains($"href=\"/editions/{edition}\"", (await SiteAssert.OkAsync(client, "/editions")).Html);

        var page = await SiteAssert.OkAsync(client, $"/editions/{edition}{Episode}");
        Assert.Contains("class=\"edition-banner\"", page.Html);
        SiteAssert.CanonicalIs(page, "http://localhost" + Episode);
        Assert.Contains($"/editions/{edition}/countries/hungary", page.InternalLinks);
        Assert.DoesNotContain("/countries/hungary", page.InternalLinks);
        await SiteAssert.LinksResolveAsync(client, page);
    }

    [Theory]
    [InlineData("/editions", true)]
    [InlineData("/editions/{0}", false)]
    [InlineData("/editions/{0}/episodes/1956-hungary", true)]
    [InlineData("/editions/{0}/compare/{0}", true)]
    [InlineData("/episodes/1956-hungary/changes", true)]
    [InlineData("/episodes/1956-hungary/handout", false)]
    [InlineData("/embed/editions/{0}/episodes/1956-hungary", false)]
    public async Task The_new_pages_have_one_h1_an_absolute_canonical_url_and_no_inline_styles_or_scripts(string url, bool titleIsH1)
    {
        var page = await SiteAssert.OkAsync(client, string.Format(url, await EditionAsync()));

        var h1 = Assert.Single(page.H1s);
        if (titleIsH1) Assert.Equal(h1 + " · Soviet Interventions 1918–1991", page.Title);
        Assert.True(Uri.TryCreate(page.Canonical, UriKind.Absolute, out _), $"{url}: canonical {page.Canonical}");
        Assert.DoesNotMatch(@"\sstyle\s*=", page.Html);
        Assert.DoesNotContain("<style", page.Html);
        Assert.DoesNotMatch("<script(?! type=\"application/ld\\+json\")", page.Html);
    }

    [GeneratedRegex("<meta name=\"(citation_[a-z_]+)\" content=\"([^\"]*)\">")]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"^@(?<type>\w+)\{(?<key>[A-Za-z0-9]+),\n(?<body>.*)\}\s*$", RegexOptions.Singleline)]
    private static partial Regex BibTexEntry();

    [GeneratedRegex(@"^\s+(\w+) = \{(.*)\},?$", RegexOptions.Multiline)]
    private static partial Regex BibTexField();

    [GeneratedRegex("<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]+)\"")]
    private static partial Regex OEmbedLink();
}
