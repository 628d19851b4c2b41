using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Subtitles;

public class SubtitleParserTests
{
    private const string SubRip = """
        1
        00:00:01,000 --> 00:00:02,500
        [wind blowing]

        2
        00:00:03,000 --> 00:00:05,200
        HOST: In the spring of 1956 a small
        <i>river fleet</i> sailed north

        3
        00:00:05,400 --> 00:00:07,000
        to the old harbour town.

        4
        00:00:07,300 --> 00:00:09,000
        GUEST: Nobody there expected it.
        (laughter)

        5
        00:00:20,000 --> 00:00:22,000
        Years later the town still argued about it.
        """;

    private static ParsedDocument Parse(string text, string fileName) => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_srt_file_is_read_as_subtitles()
    {
        Assert.Equal(SourceFormat.Subtitles, Parse(SubRip, "episode.srt").Format);
    }

    [Fact]
    public void Cue_text_survives_and_a_sentence_split_across_cues_is_joined()
    {
        var prose = ProseOf(Parse(SubRip, "episode.srt"));

        Assert.Contains("In the spring of 1956 a small river fleet sailed north to the old harbour town.", prose);
    }

    [Fact]
    public void Cue_numbers_timings_sound_labels_and_tags_leave_no_text()
    {
        var text = string.Join("\n", ProseOf(Parse(SubRip, "episode.srt")));

        Assert.DoesNotContain("-->", text);
        Assert.DoesNotContain("00:", text);
        Assert.DoesNotContain("wind", text);
        Assert.DoesNotContain("laughter", text);
        Assert.DoesNotContain("<i>", text);
    }

    [Fact]
    public void A_new_speaker_starts_a_new_paragraph_and_the_label_is_dropped()
    {
        var prose = ProseOf(Parse(SubRip, "episode.srt"));

        Assert.Contains("Nobody there expected it.", prose);
        Assert.DoesNotContain(prose, p => p.Contains("HOST:") || p.Contains("GUEST:"));
    }

    [Fact]
    public void A_long_pause_after_a_finished_sentence_starts_a_new_paragraph()
    {
        Assert.Equal("Years later the town still argued about it.", ProseOf(Parse(SubRip, "episode.srt"))[^1]);
    }

    [Fact]
    public void WebVTT_headers_notes_cue_ids_and_voice_tags_are_not_text()
    {
        const string vtt = """
            WEBVTT

            NOTE checked by the captioning team

            intro
            00:01.000 --> 00:03.000
            <v Narrator>The convoy crossed the bridge at dawn
            00:03.200 --> 00:05.000
            and reached the capital by noon.
            """;

        var document = Parse(vtt, "film.vtt");

        Assert.Equal(SourceFormat.Subtitles, document.Format);
        Assert.Equal(["The convoy crossed the bridge at dawn and reached the capital by noon."], ProseOf(document));
    }

    [Fact]
    public void A_dash_that_goes_on_with_the_sentence_is_no_new_speaker()
    {
        const string srt = "1\n00:00:01,000 --> 00:00:02,000\nThe first three divisions\n- later four -\n\n2\n00:00:02,100 --> 00:00:03,000\nwent in.\n";

        Assert.Single(ProseOf(Parse(srt, "clip.srt")));
    }
}
