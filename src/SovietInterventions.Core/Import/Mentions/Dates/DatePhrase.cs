using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>
/// A date or date range found in prose, with the span of text it was read from.
/// <see cref="Start"/> and <see cref="End"/> keep the precision the text gave (year, month or day);
/// <see cref="Index"/> and <see cref="Length"/> locate <see cref="Text"/> in the text searched.
/// </summary>
public sealed record DatePhrase(PartialDate Start, PartialDate? End, int Index, int Length, string Text)
{
    public bool IsRange => End is not null;

    /// <summary>The year was not written but taken from the context year ("on 22 June").</summary>
    public bool YearInferred { get; init; }

    /// <summary>A bare year that qualifies a noun ("the 1921 convention", "Finland's 1939 border"): it names
    /// another event, so it dates neither its sentence nor the yearless dates around it.</summary>
    public bool Attributive { get; init; }
}
