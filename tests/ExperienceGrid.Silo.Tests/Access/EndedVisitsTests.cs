using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Silo.Grains;

namespace ExperienceGrid.Silo.Tests.Access;

public sealed class EndedVisitsTests
{
    private static readonly DateTimeOffset _t0 = new(2030, 1, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Keeps_the_latest_ended_visit_per_venue_newest_first_and_at_most_eight_venues()
    {
        var ended = new List<EndedVisit>();
        for (var i = 0; i < EndedVisits.Kept + 2; i++)
        {
            EndedVisits.Record(ended, new EndedVisit($"v{i}", _t0.AddHours(i)));
        }

        EndedVisits.Record(ended, new EndedVisit("v5", _t0.AddHours(20)));

        Assert.Equal(EndedVisits.Kept, ended.Count);
        Assert.Equal(new EndedVisit("v5", _t0.AddHours(20)), ended[0]);
        Assert.Single(ended, v => v.VenueId == "v5");
        Assert.DoesNotContain(ended, v => v.VenueId is "v0" or "v1");
    }

    [Fact]
    public void A_state_written_before_the_list_existed_shows_the_models_last_closed_visit()
    {
        var customer = ExperienceModel.NewCustomer("c") with
        {
            LastClosedVisit = new VisitSummary("v1", _t0, _t0.AddHours(1), VisitCloseReason.Ended, 60, 0, false, false, ScoreExplanation.Neutral(60)),
        };

        Assert.Equal([new EndedVisit("v1", _t0.AddHours(1))], EndedVisits.Of([], customer));
        Assert.Equal([new EndedVisit("v2", _t0)], EndedVisits.Of([new EndedVisit("v2", _t0)], customer));
    }
}
