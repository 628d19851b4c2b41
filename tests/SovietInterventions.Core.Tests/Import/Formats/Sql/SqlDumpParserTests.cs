using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Sql;

public class SqlDumpParserTests
{
    private const string MySqlDump = """
        -- MariaDB dump 10.19  Distrib 10.11.6-MariaDB
        /*!40101 SET NAMES utf8mb4 */;
        /*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
        DROP TABLE IF EXISTS `cases`;
        CREATE TABLE `cases` (
          `id` int(11) NOT NULL AUTO_INCREMENT,
          `slug` varchar(64) NOT NULL,
          `target` varchar(128) DEFAULT NULL COMMENT 'state at the time',
          `start_date` date DEFAULT NULL COMMENT 'day 00 = unknown',
          `end_date` date DEFAULT NULL,
          `summary` text,
          `sources` varchar(255) DEFAULT NULL,
          `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
          PRIMARY KEY (`id`),
          UNIQUE KEY `slug` (`slug`)
        ) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4;
        LOCK TABLES `cases` WRITE;
        INSERT INTO `cases` VALUES (1,'rur-1931','Ruritania','1931-05-00','1932-00-00','The 7th Army crossed the river; the regent\'s guard, \"the Blues\", fled.','Kessler 1950','2025-03-30 21:14:02'),(2,'fre-1933','Freedonia','1933-02-14',NULL,'Advisers only.',NULL,'2025-03-31 08:05:37');
        UNLOCK TABLES;
        # Dump completed
        """;

    private static ParsedDocument Parse(string text = MySqlDump, string fileName = "cases_dump.sql") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_dump_is_read_as_its_tables_rows_under_a_heading_of_each_table()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.Sql, document.Format);
        Assert.Equal("cases_dump", document.Title);
        Assert.Equal(["cases_dump", "cases"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text));
        Assert.Equal([
            "rur-1931 — target: Ruritania; start date: 1931-05; end date: 1932; summary: The 7th Army crossed the river; the regent's guard, \"the Blues\", fled.",
            "fre-1933 — target: Freedonia; start date: 1933-02-14; summary: Advisers only."], ProseOf(document));
    }

    [Fact]
    public void The_numbering_key_and_the_time_a_row_was_written_are_the_databases_bookkeeping_not_history()
    {
        var prose = string.Join(" ", ProseOf(Parse()));

        Assert.DoesNotContain("2025", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("id:", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("updated", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_session_statements_are_never_prose_and_a_sources_column_gives_references()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("MariaDB", StringComparison.Ordinal) || b.Text.Contains("NAMES", StringComparison.Ordinal)
            || b.Text.Contains("Dump completed", StringComparison.Ordinal));
        Assert.Equal(["Kessler 1950"], document.References);
    }

    [Fact]
    public void Rows_name_the_line_their_values_start_on()
    {
        var document = Parse();
        var lines = MySqlDump.Split('\n');

        Assert.All(document.Blocks.Where(b => b.Kind == PassageKind.Paragraph), b => Assert.StartsWith("INSERT INTO", lines[b.Line - 1], StringComparison.Ordinal));
    }

    [Fact]
    public void A_sqlite_dump_with_an_integer_primary_key_and_doubled_quotes_is_read()
    {
        const string dump = """
            PRAGMA foreign_keys=OFF;
            BEGIN TRANSACTION;
            CREATE TABLE cases(id INTEGER PRIMARY KEY, target TEXT, year INTEGER, note TEXT);
            INSERT INTO cases VALUES(1,'Ruritania',1931,'The regent''s guard fled.');
            INSERT INTO "cases" ("target", "note") VALUES ('Freedonia', 'Advisers only.');
            COMMIT;
            """;

        var prose = ProseOf(Parse(dump, "cases.sql"));

        Assert.Equal(["Ruritania — year: 1931; note: The regent's guard fled.", "Freedonia — note: Advisers only."], prose);
    }

    [Fact]
    public void A_pg_dump_copy_block_is_read_row_by_row_with_its_nulls_and_escapes()
    {
        const string dump = "SET client_encoding = 'UTF8';\n"
            + "CREATE TABLE public.cases (\n    id integer NOT NULL,\n    target text,\n    summary text\n);\n"
            + "COPY public.cases (target, summary) FROM stdin;\n"
            + "Ruritania\tThe 7th Army crossed;\\nthe guard fled.\n"
            + "Freedonia\t\\N\n"
            + "\\.\n"
            + "ALTER TABLE ONLY public.cases ADD CONSTRAINT cases_pkey PRIMARY KEY (id);\n";

        var document = Parse(dump, "cases.pgsql.txt");

        Assert.Equal(SourceFormat.Sql, document.Format);
        Assert.Equal(["Ruritania — summary: The 7th Army crossed; the guard fled.", "Freedonia."], ProseOf(document));
        Assert.Equal(8, document.Blocks.Single(b => b.Text.StartsWith("Ruritania", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void A_dump_without_its_extension_is_told_by_its_create_and_insert_statements()
    {
        var document = Parse(MySqlDump, "cases.txt");

        Assert.Equal(SourceFormat.Sql, document.Format);
    }

    [Fact]
    public void Notes_with_a_query_in_them_are_not_a_dump()
    {
        const string notes = "# Building the cases table\n\nThe schema:\n\n```\nCREATE TABLE cases (target text);\nINSERT INTO cases VALUES ('Ruritania');\n```\n\nThen load the rows.\n";

        Assert.NotEqual(SourceFormat.Sql, Parse(notes, "notes.md").Format);
    }

    [Theory]
    [InlineData("CREATE TABLE cases (target text);\nINSERT INTO cases VALUES ('Ruritania);\n", 2)]
    [InlineData("CREATE TABLE cases (target text);\n/* a comment never closed\nINSERT INTO cases VALUES ('Ruritania');\n", 2)]
    public void An_unclosed_string_or_comment_is_an_error_naming_the_file_and_line(string dump, int line)
    {
        var error = Assert.Throws<ImportException>(() => Parse(dump, "broken.sql"));

        Assert.Equal("broken.sql", error.FileName);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_sqlite_dump_of_one_insert_per_row_has_one_heading_and_keeps_its_backslashes_and_its_key_and_period_columns()
    {
        const string dump = """
            CREATE TABLE cases(id INTEGER PRIMARY KEY, key TEXT, period TEXT, note TEXT, UNIQUE (key));
            INSERT INTO cases VALUES(1,'rur','1931-1932','Filed under C:\archive\');
            INSERT INTO cases VALUES(2,'fre','1933','Advisers only.');
            """;

        var document = Parse(dump, "dump.sql");

        Assert.Equal(["dump", "cases"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text));
        Assert.Equal(["rur — period: 1931-1932; note: Filed under C:\\archive\\.", "fre — period: 1933; note: Advisers only."], ProseOf(document));
    }

    [Fact]
    public void A_copy_blocks_listed_columns_keep_what_create_table_says_of_them()
    {
        const string dump = "CREATE TABLE public.cases (\n    id integer DEFAULT nextval('cases_id_seq'::regclass) NOT NULL,\n    target text,\n"
            + "    written timestamp DEFAULT now()\n);\nCOPY public.cases (id, target, written) FROM stdin;\n7\tRuritania\t2025-03-30 21:14:02\n\\.\n";

        Assert.Equal(["Ruritania."], ProseOf(Parse(dump, "cases.sql")));
    }

    [Fact]
    public void A_zero_day_in_a_datetime_is_left_out_too()
    {
        const string dump = "CREATE TABLE `cases` (`target` text, `seen` datetime);\nINSERT INTO `cases` VALUES ('Ruritania','1934-01-00 00:00:00');\n";

        Assert.Equal(["Ruritania — seen: 1934-01."], ProseOf(Parse(dump, "cases.sql")));
    }
}
