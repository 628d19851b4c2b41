namespace SovietInterventions.Core.Tests.Import.Formats.Html;

/// <summary>Web pages as a browser saves them, written for these tests: an article among a site's furniture.</summary>
internal static class SavedPages
{
    /// <summary>An encyclopedia-style article about Hungary in 1956, with navigation, a cookie banner, a sidebar and a footer.</summary>
    public const string HungaryArticle = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Soviet intervention in Hungary (1956) - Open History Wiki</title>
          <meta name="author" content="Open History Wiki contributors">
          <link rel="canonical" href="https://history.example.org/wiki/Hungary_1956">
          <style>body { font-family: serif; } .cookie-banner { position: fixed; }</style>
          <script>window.trackVisit("NAVSCRIPT tracking code");</script>
        </head>
        <body class="skin-plain has-sidebar">
          <div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your visit. Accept all cookies?</p><button>Accept</button></div>
          <header class="site-header"><h1>Open History Wiki</h1><nav><ul><li><a href="/">Home page</a></li><li><a href="/random">Random article</a></li></ul></nav></header>
          <div class="layout">
            <aside class="sidebar"><h2>Tools</h2><ul><li>Print this page</li><li>Download as PDF</li></ul></aside>
            <main id="content">
              <h1 id="firstHeading">Soviet intervention in Hungary (1956)</h1>
              <div class="hatnote">For the earlier uprising, see another article.</div>
              <p>In the autumn of 1956 a student protest in Budapest grew into a national revolt against the communist government and its Soviet patrons.<sup class="reference"><a href="#cite-1">[1]</a></sup> The new government of Imre Nagy promised free elections.[2]</p>
              <h2>Background<span class="mw-editsection"><span>[</span><a href="/edit/1">edit</a><span>]</span></span></h2>
              <p>Hungary had been governed by Moscow's allies since the late 1940s, and Soviet garrisons remained in the country under the Warsaw Pact.</p>
              <h2>Second intervention[edit]</h2>
              <p>On 4 November 1956 the Soviet Army invaded Hungary with tanks and infantry and crushed the uprising within a week.[3][4] Nagy took refuge in the Yugoslav embassy.</p>
              <blockquote><p>Help us, the radio announcer pleaded before the station fell silent.</p></blockquote>
              <ul>
                <li>About 2,500 Hungarians were killed in the fighting.</li>
                <li>Some 200,000 people fled to Austria and Yugoslavia.</li>
              </ul>
              <h3>Forces involved</h3>
              <table class="wikitable">
                <tr><th>Side</th><th>Troops</th><th>Tanks</th></tr>
                <tr><td>Soviet Army</td><td>about 60,000</td><td>about 1,100</td></tr>
                <tr><td>Hungarian insurgents</td><td>several thousand</td><td>a few captured</td></tr>
              </table>
              <h2>References</h2>
              <ol class="references">
                <li id="cite-1"><span class="mw-cite-backlink">^</span> Example, A. (1999). The Budapest Autumn. Example Press.</li>
                <li>Sample, B. (2006). Tanks on the Danube. p. 44.</li>
              </ol>
              <div class="navbox"><p>Cold War crises: Berlin · Hungary · Cuba · Czechoslovakia · Afghanistan</p></div>
            </main>
          </div>
          <footer id="footer"><p>This page was last edited on 3 March 2024. Text is available under a free licence.</p><p>Privacy policy · About · Disclaimers</p></footer>
          <script src="/analytics.js"></script>
        </body>
        </html>
        """;
}
