using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Extraction;

/// <summary>
/// A date or date range found in prose, with the span of text it was read from.
/// <see cref="Start"/> and <see cref="End"/> keep the precision the text gave (year, month or day);
/// <see cref="Index"/> and <see cref="Length"/> locate <see cref="Text"/> in the text searched.
/// </summary>
public sealed record DatePhrase(PartialDate Start, PartialDate? End, int Index, int Length, string Text)
{
    public bool IsRange => End is not null;
}
