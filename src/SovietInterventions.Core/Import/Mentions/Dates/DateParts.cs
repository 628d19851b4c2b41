namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>
/// What one side of a date phrase says before missing parts are filled in: "9 May" gives a day and a month,
/// "1940" a year. <see cref="Next"/> is the index of the first token after it.
/// </summary>
internal readonly record struct DateParts(int? Day, int? Month, int? Year, int Next)
{
    public bool IsBareYear => Day is null && Month is null;
}

/// <summary>Reads every shape a single date can take at a token: 23th august 1939, 9th of May, May 2, 1935, September 1934, 1929.</summary>
internal sealed class DatePartsReader(DateTokens tokens)
{
    // The years this encyclopedia's sources talk about; other four-digit numbers are counts or codes.
    private const int FirstYear = 1800;
    private const int LastYear = 2099;

    /// <summary>Adds to <paramref name="found"/> each reading starting at token <paramref name="i"/>.</summary>
    public void ReadAt(int i, List<DateParts> found)
    {
        ReadDayFirst(i, found);
        ReadMonthFirst(i, found);
        ReadNumeric(i, found);
        if (YearAt(i) is (var year, var afterYear))
            found.Add(new DateParts(null, null, year, afterYear));
    }

    /// <summary>"9 May", "9th of May", "23th august, 1939", "26.VI.40".</summary>
    private void ReadDayFirst(int i, List<DateParts> found)
    {
        if (DayAt(i) is not (var day, var afterDay)) return;
        found.Add(new DateParts(day, null, null, afterDay));
        if (RomanMonthAt(afterDay) is (var roman, var afterRoman))
        {
            found.Add(new DateParts(day, roman, null, afterRoman));
            if (tokens.IsSymbol(afterRoman, ".") && tokens.TouchesNext(afterRoman) && DottedYearAt(afterRoman + 1) is (var dotted, var afterDotted))
                found.Add(new DateParts(day, roman, dotted, afterDotted));
            return;
        }
        var monthAt = tokens.IsWord(afterDay, "of") ? afterDay + 1 : afterDay;
        if (MonthAt(monthAt) is not (var month, var afterMonth)) return;
        found.Add(new DateParts(day, month, null, afterMonth));
        if (YearAt(SkipComma(afterMonth)) is (var year, var afterYear))
            found.Add(new DateParts(day, month, year, afterYear));
    }

    /// <summary>"May", "September 1934", "May 8", "May 2, 1935".</summary>
    private void ReadMonthFirst(int i, List<DateParts> found)
    {
        if (MonthAt(i) is not (var month, var afterMonth)) return;
        found.Add(new DateParts(null, month, null, afterMonth));
        if (YearAt(afterMonth) is (var year, var afterYear))
            found.Add(new DateParts(null, month, year, afterYear));
        if (DayAt(afterMonth) is not (var day, var afterDay)) return;
        found.Add(new DateParts(day, month, null, afterDay));
        if (YearAt(SkipComma(afterDay)) is (var yearAfterDay, var afterYearAfterDay))
            found.Add(new DateParts(day, month, yearAfterDay, afterYearAfterDay));
    }

    /// <summary>
    /// "30/11/1939" and "17.06.1953" day first, as most of the world writes them; "2/15/1989" month first only where the day cannot
    /// be first; "12/05/1949", which a reader cannot tell apart, gives its year alone. "1953-06-17" and "1953-06" as ISO 8601 writes them.
    /// </summary>
    private void ReadNumeric(int i, List<DateParts> found)
    {
        if (tokens.IsSymbol(i - 1, NumberJoiners) && tokens.TouchesNext(i - 1) && tokens.Is(i - 2, DateTokenKind.Number)) return;
        if (tokens.Number(i, 4, 4) is { } isoYear && isoYear is >= FirstYear and <= LastYear && Joined(i, "-") && tokens.Number(i + 2, 2, 2) is { } isoMonth)
        {
            if (Joined(i + 2, "-") && tokens.Number(i + 4, 2, 2) is { } isoDay && !JoinedToMore(i + 4))
            {
                found.Add(new DateParts(isoDay, isoMonth, isoYear, i + 5));
                return;
            }
            // "1975-03", a month as spreadsheets write it: two digits that cannot end a range from the year ("03" is before "75";
            // "2005-06" may be a season).
            if (isoMonth is >= 1 and <= 12 && isoMonth < isoYear % 100 && !JoinedToMore(i + 2))
            {
                found.Add(new DateParts(null, isoMonth, isoYear, i + 3));
                return;
            }
        }
        if (tokens.Number(i, 1, 2) is not { } first || !Joined(i, "/.") || tokens.Number(i + 2, 1, 2) is not { } second
            || !Joined(i + 2, tokens.Span(i + 1).ToString()) || tokens.Number(i + 4, 4, 4) is not { } year || year is < FirstYear or > LastYear || JoinedToMore(i + 4))
            return;
        var dotted = tokens.IsSymbol(i + 1, ".");
        if (second <= 12 && (dotted || first > 12)) found.Add(new DateParts(first, second, year, i + 5));
        else if (first <= 12 && second > 12) found.Add(new DateParts(second, first, year, i + 5));
        else if (first <= 12 && second <= 12) found.Add(new DateParts(null, null, year, i + 5));
    }

    private const string NumberJoiners = "/.-";

    // A number, then one of the symbols, all touching: "30/", "1953-".
    private bool Joined(int i, string symbols) => tokens.TouchesNext(i) && tokens.IsSymbol(i + 1, symbols) && tokens.TouchesNext(i + 1);

    // "1.2.1950.3" or "12/05/1949/2" is a code, not a date.
    private bool JoinedToMore(int i) => Joined(i, NumberJoiners) && tokens.Is(i + 2, DateTokenKind.Number);

    /// <summary>The end year of "1930-33": two digits read in the century of the start year.</summary>
    public DateParts? ShortYearAt(int i, int startYear) =>
        tokens.IsStandaloneNumber(i, allowOrdinalSuffix: false) && tokens.Number(i, 2, 2) is { } yy
            ? new DateParts(null, null, startYear - startYear % 100 + yy, i + 1)
            : null;

    private (int Value, int Next)? DayAt(int i)
    {
        if (!tokens.IsStandaloneNumber(i, allowOrdinalSuffix: true) || tokens.Number(i, 1, 2) is not { } day || day is < 1 or > 31) return null;
        var hasSuffix = tokens.TouchesNext(i) && tokens.Is(i + 1, DateTokenKind.Word);
        return (day, hasSuffix ? i + 2 : i + 1);
    }

    private (int Value, int Next)? MonthAt(int i)
    {
        if (!tokens.Is(i, DateTokenKind.Word) || DateWords.Month(tokens.Span(i)) is not { } month) return null;
        var hasFullStop = DateWords.IsMonthAbbreviation(tokens.Span(i)) && tokens.TouchesNext(i) && tokens.IsSymbol(i + 1, ".");
        return (month, hasFullStop ? i + 2 : i + 1);
    }

    // "26.VI" then ".": the day's full stop touches a month in Roman numerals.
    private (int Value, int Next)? RomanMonthAt(int i) =>
        tokens.IsSymbol(i, ".") && tokens.TouchesNext(i) && tokens.Is(i + 1, DateTokenKind.Word) && DateWords.RomanMonth(tokens.Span(i + 1)) is { } month
            ? (month, i + 2) : null;

    // "26.VI.40" or "26.VI.1940": two digits after a Roman month are a year of this century of sources.
    private (int Value, int Next)? DottedYearAt(int i) =>
        YearAt(i) ?? (tokens.IsStandaloneNumber(i, allowOrdinalSuffix: false) && tokens.Number(i, 2, 2) is { } yy ? (ShortYearBase + yy, i + 1) : null);

    // The century notes mean when they write a year in two digits ("'46", "26.VI.40").
    private const int ShortYearBase = 1900;

    private (int Value, int Next)? YearAt(int i)
    {
        // "May '46", "Dec. '79": an apostrophe before two digits (not "the '70s").
        if (tokens.IsSymbol(i, DateTokens.Apostrophes) && tokens.TouchesNext(i) && tokens.Number(i + 1, 2, 2) is { } shortYear
            && (!tokens.TouchesNext(i + 1) || !tokens.Is(i + 2, DateTokenKind.Word)))
            return (ShortYearBase + shortYear, i + 2);
        if (!tokens.IsStandaloneNumber(i, allowOrdinalSuffix: false) || tokens.Number(i, 4, 4) is not { } year) return null;
        if (year is < FirstYear or > LastYear || tokens.IsAnyWord(i + 1, DateWords.Quantities)) return null;
        return (year, i + 1);
    }

    private int SkipComma(int i) => tokens.IsSymbol(i, ",") ? i + 1 : i;
}
