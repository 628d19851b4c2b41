using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Tests.Import.Formats.Prose;

public sealed class ReferBackTests
{
    [Theory]
    [InlineData("These measures were reversed within a year.")]
    [InlineData("He was arrested in the night.")]
    [InlineData("With the regent's fall, the council took over.")]
    [InlineData("With Borodin's death at the fortress, the council took over.")]
    [InlineData("The minister reacted to these reforms by closing the border.")]
    [InlineData("...and the garrison surrendered.")]
    [InlineData("and the garrison surrendered.")]
    [InlineData("However, the garrison held out.")]
    [InlineData("But the council will remember that the army went in twice that autumn.")]
    [InlineData("Yet the garrison held out.")]
    [InlineData("The latter was exiled.")]
    [InlineData("Marshal Ostrov, chief of the Ruritanian staff, answered this ultimatum by closing the passes.")]
    [InlineData("The garrison of the port, loyal to the old council, mutinied in the same week.")]
    [InlineData("By noon that day, the tanks had broken through.")]
    public void An_opening_that_points_back_at_something_before_it_refers_back(string text) =>
        Assert.True(ReferBack.Opens(text));

    [Theory]
    [InlineData("In 1950 the army of Ruritania crossed the river.")]
    [InlineData("Ruritanian troops entered the capital on 4 May 1950. These troops stayed until 1955.")]
    [InlineData("The Ruritanian invasion began on 4 May 1950.")]
    [InlineData("With the support of Ruritania, the rebels took the port.")]
    [InlineData("Ruritania invaded its neighbour in 1950, and this war lasted five years.")]
    [InlineData("Andrei Ostrov led the columns into the capital in 1950.")]
    [InlineData("Butovo was shelled on 4 May 1950.")]
    [InlineData("The envoy said that the army would stay.")]
    public void An_opening_that_stands_on_its_own_does_not(string text) =>
        Assert.False(ReferBack.Opens(text));
}
