using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Import.Formats.PlainText.PlainTextLines;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// Parses a plain-text article, as written or as scraped from a rendered wiki page. The title is a short first
/// line, else the subject the lead writes in capitals, else the file name. A short line standing alone between
/// blank lines is a heading (two blank lines above it: a section, one: a subsection). Long lines are prose split
/// into sentences; "-" and "1." lines and a timeline's dated lines (<see cref="TimelineEntries"/>) are list items; short lines packed beside run-on prose are captions.
/// Wiki debris is cleaned (<see cref="ScrapedDebris"/>), a navigation-box dump is kept out of the prose with a warning
/// (aside, as the page's link labels), and "See also", "References", "Bibliography" … sections, footnote lines ("[3] Williams (1997), p. 5") and
/// category lines go to the references, never to the prose. Page furniture (<see cref="PageFurniture"/>) is no
/// heading, and a transcript's turn (<see cref="TranscriptTurn"/>) is one passage without its timestamp and speaker
/// (a turn opening with only a name and a year heads the turns after it). A banner ("=== X ===") or a saved wiki
/// page's "X[edit]" line is a heading wherever it stands; the page's chrome (<see cref="WikiPageChrome"/>) is no text.
/// </summary>
internal static class PlainTextArticleParser
{
    // "* USA" is an acronym in a list; a title in capitals has words.
    private const int MinCapitals = 6;

    /// <summary>Any text reads as a plain article (1): the fallback when no other format is more alike.</summary>
    public static int Likeness(DocumentShape shape) => 1;

    public static ParsedDocument Parse(SourceText source)
    {
        var untrimmed = TwoColumnPage.Unfold(source.Text.Split('\n'));
        var trimmed = WikiPageChrome.JoinEditLinks([.. untrimmed.Select(l => l.Trim())]);
        var mail = MailMessages.Read(trimmed);
        var records = CatalogueRecords.Find(trimmed);
        var indents = untrimmed.Select(l => l.Length - l.TrimStart().Length).ToArray();
        var unwrapped = ForumSignature.Blank(PrintedPage.MarkFootnotes(PrintedPage.Blank(mail.Blank(TranscriptTurn.JoinChatMessages(trimmed)).Select((l, i) => records.Lines.Contains(i) ? "" : l).ToArray())));
        var entries = TimelineEntries.Find(unwrapped);
        var (raw, continuation) = HardWraps.Join(unwrapped, indents, entries);
        var lines = raw.Select(Clean).ToArray();
        // Headings set right above their paragraphs, as a printed article's sections have them: several in one document, never in a mail.
        var paragraphHeadings = mail.Title is null ? HardWraps.ParagraphHeadings(unwrapped) : [];
        var blocks = new List<Block>();
        var references = new List<string>();
        var warnings = new List<string>();
        var linkDumps = new List<Block>();
        var documentTags = new List<string>();
        // Short one-sentence lines are captions only beside a run-on body of prose; otherwise they are the prose.
        var hasRunOnProse = lines.Skip(1).Any(l => ProseText.SplitSentences(l).Count >= 2);

        var (title, first, ownLine) = mail.Title is { } subject
            ? (subject, Array.FindIndex(lines, l => l.Length > 0), false)
            : ArticleTitle.Find(raw, lines, source.FileName);
        // "The CONTINUATION WAR was …": the capitals a rendered page gives its bold subject read as the name they stand for.
        if (!ownLine && first >= 0) lines[first] = ArticleTitle.WithSubjectInTitleCase(lines[first]);
        var titleHeading = new Heading(title, 1, Math.Max(first, 0) + 1);
        List<Heading> headings = [titleHeading];
        blocks.Add(new Block(PassageKind.Heading, title, titleHeading.Line, [titleHeading], 1));

        int? referenceLevel = null;
        // A promotion box ("RELATED STORIES" and its links) ends with its block: the article goes on after it.
        var promotionItems = -1;
        var (referenceThrough, referenceIndent) = (-1, 0); // the last line of the reference item read last, and its first line's indent
        var banners = new BannerLevels();
        (int Number, int Level)? lastNumbered = null; // the last numbered section title kept ("1. Urga, 1921"): "2." is its sibling
        var blanks = 0;
        Heading? question = null; // the question the turns below answer
        Heading? announcedTopic = null; // the topic a paragraph announced ("Second: Korea.")
        var chat = TranscriptTurn.IsChat(trimmed);
        for (var i = ownLine ? first + 1 : Math.Max(first, 0); i < raw.Length; i++)
        {
            if (continuation[i]) continue; // read with the line its paragraph starts on
            var text = lines[i];
            var lineNumber = i + 1;
            if (mail.Role(i) == MailLine.Subject)
            {
                // A message's subject heads what the message says, as a section heading does.
                referenceLevel = null;
                headings.RemoveAll(h => h.Level >= 2);
                headings.Add(new Heading(mail.Text(i), 2, lineNumber));
                blocks.Add(new Block(PassageKind.Heading, mail.Text(i), lineNumber, headings.ToArray(), 2));
                blanks = 0;
                continue;
            }
            if (records.Names.Contains(i))
            {
                // A catalogue record's object is named as a picture is captioned.
                blocks.Add(new Block(PassageKind.Caption, ProseText.RemoveCitations(text), lineNumber, headings.ToArray()));
                blanks = 0;
                continue;
            }
            if (mail.Role(i) == MailLine.Quote)
            {
                // Quoted words are the quoted message's, shown with the reply but never read as the writer's own.
                blocks.Add(new Block(PassageKind.Caption, ProseText.RemoveCitations(mail.Text(i)), lineNumber, headings.ToArray()));
                blanks = 0;
                continue;
            }
            if (NavigationBox.Looks(raw[i]))
            {
                warnings.Add($"{source.FileName}:{lineNumber}: navigation-box dump of {raw[i].Length} characters left out of the prose.");
                linkDumps.Add(new Block(PassageKind.Paragraph, raw[i], lineNumber, headings.ToArray()));
                blanks = 0;
                continue;
            }
            if (WikiPageChrome.ContentsLength(lines, i) is var contents and > 0)
            {
                i += contents - 1;
                blanks = 0;
                continue;
            }
            if (Footnote(raw[i]) is { } footnote)
            {
                // A printed note's wrapped lines, down to a blank line or the next note, are the note's.
                for (var printed = IsPrintedFootnote(raw[i]); printed && i + 1 < raw.Length && lines[i + 1].Length > 0 && Footnote(raw[i + 1]) is null; i++)
                    if (!continuation[i + 1]) footnote += " " + lines[i + 1];
                if (footnote.Length > 0) references.Add(footnote);
                continue;
            }
            if (text.Length == 0)
            {
                blanks++;
                continue;
            }
            var blanksBefore = blanks;
            blanks = 0;
            if (promotionItems > 0 && blanksBefore > 0) (referenceLevel, promotionItems) = (null, -1);

            // The line under an image placeholder ("[Image: march.jpg]") is the image's caption.
            if (referenceLevel is null && i > 0 && WikiPageChrome.IsImagePlaceholder(raw[i - 1]))
            {
                blocks.Add(new Block(PassageKind.Caption, ProseText.RemoveCitations(text), lineNumber, headings.ToArray()));
                continue;
            }
            if (referenceLevel is null && PageFurniture.Caption(text) is { } caption)
            {
                blocks.Add(new Block(PassageKind.Caption, ProseText.RemoveCitations(caption), lineNumber, headings.ToArray()));
                continue;
            }
            if (ShowPromotion.Tags(text) is { } tags)
            {
                documentTags.AddRange(tags);
                continue;
            }
            if (referenceLevel is null && entries.Contains(i))
            {
                // A timeline's entry is an item, its date with it: the date is what the entry says first.
                blocks.Add(new Block(PassageKind.ListItem, ProseText.RemoveCitations(text), lineNumber, headings.ToArray()));
                continue;
            }
            if (referenceLevel is null && TranscriptTurn.Chapter(text) is { } chapter)
            {
                // A chapter marker heads what is said until the next one, as a section's heading does.
                headings.RemoveAll(h => h.Level >= 2);
                headings.Add(new Heading(chapter, 2, lineNumber));
                blocks.Add(new Block(PassageKind.Heading, chapter, lineNumber, headings.ToArray(), 2));
                continue;
            }
            if (referenceLevel is null && TranscriptTurn.Of(text) is { } turn)
            {
                if (TranscriptTurn.Topic(turn) is { } announced)
                {
                    var (topic, rest) = announced;
                    headings.RemoveAll(h => h.Level >= 2);
                    headings.Add(new Heading(topic, 2, lineNumber));
                    blocks.Add(new Block(PassageKind.Heading, topic, lineNumber, headings.ToArray(), 2));
                    turn = rest;
                }
                else if (TranscriptTurn.Question(turn, chat) is { } asked)
                {
                    // The answers below speak of what was asked, as a section speaks of its heading; a question typed in
                    // lower case ("and how long did they stay?") follows up the last and heads a subsection of it.
                    var followUp = char.IsLower(asked[0]) && question is not null && headings.Contains(question);
                    if (followUp) headings.RemoveAll(h => h.Level > question!.Level);
                    else if (question is not null) headings.RemoveAll(h => h.Level >= question.Level && h.Line >= question.Line);
                    var level = headings[^1].Level + 1;
                    var heading = new Heading(ProseText.RemoveCitations(asked), level, lineNumber);
                    if (!followUp) question = heading;
                    headings.Add(heading);
                    blocks.Add(new Block(PassageKind.Heading, heading.Text, lineNumber, headings.ToArray(), level));
                    continue;
                }
                turn = ShowPromotion.Without(TranscriptTurn.WithoutLabel(turn));
                // A speaker's turn is one passage, whatever its sentences.
                if (turn.Length > 0) blocks.Add(new Block(PassageKind.Paragraph, ProseText.RemoveCitations(turn), lineNumber, headings.ToArray()));
                continue;
            }

            // A sponsor read or a call to subscribe is no text.
            if ((text = ShowPromotion.Without(text)).Length == 0) continue;
            var start = i;
            // "5.0 SCENARIO 4: BAIN-TSAGAN" over an indented "Khalkhin Gol, 3-5 July 1939": a printed title and its subtitle are one title.
            if (Subtitle(lines, indents, continuation, i) is { } subtitle && !entries.Contains(i + 1)
                && ArticleTitle.LooksLikeTitle(SectionTitle($"{text}: {subtitle}") ?? $"{text}: {subtitle}"))
            {
                text = $"{text}: {subtitle}";
                i++;
            }
            var after = Array.FindIndex(continuation, i + 1, c => !c) is var n and >= 0 ? n : lines.Length; // past its wrapped lines
            var standalone = (start == 0 || lines[start - 1].Length == 0) && (after == lines.Length || lines[after].Length == 0)
                || paragraphHeadings.Contains(start);
            // "RELATED STORIES" right above its list heads an apparatus section all the same.
            var apparatus = (start == 0 || lines[start - 1].Length == 0) && ReferenceSections.IsReferenceHeading(text);
            // "=== Poland ===" and a scraped "Background[edit]" are headings wherever they stand.
            // So is a line framed by two long rules ("=====" above and below "PANEL 4 — PRAGUE, 20–21 AUGUST 1968"), unless it is a sentence.
            var framing = BannerHeading.Framing(raw, start);
            var marked = banners.Of(framing is { } mark ? BannerHeading.AsBanner(mark, text) : text)
                ?? (WikiPageChrome.HeadingBeforeEditLink(text) is { } edited ? (edited, 2) : null);
            // "3. Turning a war in six months: Ethiopia and the Ogaden" or a newsletter's "* 20 AUGUST 1939 - KHALKHIN GOL" alone
            // between blank lines: a section's title, numbered or bulleted.
            var listedTitle = standalone && SectionTitle(text) is { } listed && ArticleTitle.LooksLikeTitle(listed) ? listed : null;
            if (marked is not null || (standalone || apparatus) && !IsListItem(text) && ArticleTitle.LooksLikeTitle(text) || listedTitle is not null)
            {
                // Bulleted titles are siblings however many blank lines stand before each; so is a numbered one and the title numbered
                // just before it, where a page break left more blank lines before "2. The Chinese Eastern Railway" than before "3. Xinjiang".
                var bulleted = listedTitle is not null && !char.IsDigit(text[0]);
                int? number = marked is null && listedTitle is not null && int.TryParse(text.AsSpan(0, text.TakeWhile(char.IsDigit).Count()), out var numeral) ? numeral : null;
                var level = marked?.Level ?? (number is { } next && lastNumbered is { } last && next == last.Number + 1 ? last.Level : blanksBefore >= 2 && !bulleted ? 2 : 3);
                text = marked?.Text ?? listedTitle ?? text;
                if (referenceLevel is { } within && level > within)
                {
                    if (!ReferenceSections.IsReferenceHeading(text)) references.Add(text);
                    continue;
                }
                referenceLevel = ReferenceSections.IsReferenceHeading(text) ? level : null;
                promotionItems = ReferenceSections.IsPromotionHeading(text) ? 0 : -1;
                if (referenceLevel is not null) continue;
                lastNumbered = number is { } kept ? (kept, level) : lastNumbered;
                headings.RemoveAll(h => h.Level >= level);
                headings.Add(new Heading(ProseText.RemoveCitations(text), level, lineNumber));
                blocks.Add(new Block(PassageKind.Heading, headings[^1].Text, lineNumber, headings.ToArray(), level));
                continue;
            }
            if (referenceLevel is not null)
            {
                // A wrapped item's next line, indented further or in lower case, is more of the same item.
                var indent = indents[i];
                if (referenceThrough == i - 1 && !IsListItem(text) && (char.IsLower(text[0]) || indent > referenceIndent))
                    references[^1] += " " + text;
                else
                {
                    references.Add(ListText(text).Depth >= 0 ? ListText(text).Text : text);
                    referenceIndent = indent;
                }
                referenceThrough = after - 1;
                if (promotionItems >= 0) promotionItems++;
                continue;
            }
            if (IsListItem(text))
            {
                var (depth, body) = ListText(text);
                if (body.Length > 0) blocks.Add(new Block(PassageKind.ListItem, ProseText.RemoveCitations(body), lineNumber, headings.ToArray(), depth));
                continue;
            }
            if (!standalone && hasRunOnProse && IsCaption(text))
            {
                blocks.Add(new Block(PassageKind.Caption, ProseText.RemoveCitations(text), lineNumber, headings.ToArray()));
                continue;
            }
            if (AnnouncedTopic.Of(text) is { } opening)
            {
                // The next announcement replaces this one; a heading of the document's own ends it.
                if (announcedTopic is { } last && headings.Contains(last)) headings.RemoveAll(h => h.Level >= last.Level);
                announcedTopic = new Heading(opening.Topic, headings[^1].Level + 1, lineNumber);
                headings.Add(announcedTopic);
                blocks.Add(new Block(PassageKind.Heading, announcedTopic.Text, lineNumber, headings.ToArray(), announcedTopic.Level));
                text = opening.After;
            }
            foreach (var sentence in ProseText.SplitSentences(text))
                blocks.Add(new Block(PassageKind.Paragraph, sentence, lineNumber, headings.ToArray()));
        }

        return new ParsedDocument(source.FileName, title, SourceFormat.PlainText, blocks, warnings)
        {
            Sha256 = source.Sha256,
            References = references,
            LinkDumps = linkDumps,
            Metadata = documentTags.Count > 0 ? new DocumentMetadata { Tags = documentTags } : DocumentMetadata.None,
        };
    }

    // A category line ("Category:Military history of Mongolia …"), an advertisement slot or a breadcrumb is page
    // furniture; a rule ("=====" above and below a title) parts the text as a blank line does; debris-only lines are blank.
    private static string Clean(string line) =>
        line.Contains("Category:", StringComparison.Ordinal) || PageFurniture.IsFurniture(line) || WikiPageChrome.Is(line) || BannerHeading.IsRule(line)
            ? "" : FootnoteMarks.Strip(ScrapedDebris.Clean(line));

    // The title after a section's number ("3. Turning a war …"), or after a bullet when it is set in capitals ("* 20 AUGUST 1939 -
    // KHALKHIN GOL"; "* USSR" is an acronym, "* Cuba and the USSR" an item); null for any other line.
    private static string? SectionTitle(string line)
    {
        if (char.IsDigit(line[0])) return ListText(line) is (0, var numbered) ? numbered : null;
        if (line.Length < 3 || line[0] is not ('*' or '•' or '-') || line[1] != ' ') return null;
        var title = line[2..].Trim();
        return title.Count(char.IsLetter) >= MinCapitals && title.Where(char.IsLetter).All(char.IsUpper) ? title : null;
    }

    /// <summary>
    /// The subtitle printed under a title line: the next line alone, set in under a title flush with the text, before a blank line,
    /// neither of them a sentence ("5.0 SCENARIO 4: BAIN-TSAGAN" over "    Khalkhin Gol, 3-5 July 1939"); null for any other line.
    /// A centred title wrapped onto a second line ("Persia, Mongolia and the Eastern Marches," over "1920-1946") is a chapter's
    /// title, left as it was.
    /// </summary>
    private static string? Subtitle(string[] lines, int[] indents, bool[] continuation, int i) =>
        i + 1 < lines.Length && lines[i + 1].Length > 0 && !continuation[i + 1] && indents[i] == 0 && indents[i + 1] > 1
        && !lines[i].EndsWith(',')
        && (i + 2 == lines.Length || lines[i + 2].Length == 0)
        && lines[i].Length <= MaxSubtitledTitle && lines[i + 1].Length <= MaxSubtitledTitle
        && !ProseText.EndsSentence(lines[i]) && !ProseText.EndsSentence(lines[i + 1]) && !IsListItem(lines[i + 1])
            ? lines[i + 1] : null;

    private const int MaxSubtitledTitle = 80;

    // A caption is one short line; prose runs on for several sentences.
    private static bool IsCaption(string line) =>
        line.Length <= 300 && ProseText.SplitSentences(line).Count <= 1;
}
