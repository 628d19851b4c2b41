namespace SovietInterventions.Web.Pictures;

/// <summary>Assigns horizontal intervals to the fewest lanes such that no two in a lane overlap.</summary>
internal static class LanePacking
{
    /// <summary>
    /// Greedy first-fit by start position, which is optimal for intervals.
    /// Returns the lane index of each interval, in input order.
    /// </summary>
    public static int[] Pack(IReadOnlyList<(double Left, double Right)> intervals, double gap)
    {
        var lanes = new int[intervals.Count];
        var laneEnds = new List<double>();
        var order = Enumerable.Range(0, intervals.Count)
            .OrderBy(i => intervals[i].Left)
            .ThenBy(i => intervals[i].Right);
        foreach (var i in order)
        {
            var lane = laneEnds.FindIndex(end => end + gap <= intervals[i].Left);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(intervals[i].Right);
            }
            else
            {
                laneEnds[lane] = intervals[i].Right;
            }
            lanes[i] = lane;
        }
        return lanes;
    }
}
