using MinatoSite.Model;

namespace MinatoSite.Tests.Support;

/// <summary>
/// The report transcribed from a source document (<c>../shared/seed/</c>): the FY2021 mid-term review. Only the tests
/// of its content pin what the source says (<c>Fixtures/source-table.tsv</c>, the counts); every other test takes
/// what it expects from the model, so that a new report or a staff member's edit never turns them red.
/// </summary>
public static class Transcribed
{
    public const string Id = "2021-midterm";

    public static ReportContent Of(SiteModel model) =>
        model.Report(Id) ?? throw new InvalidOperationException($"the transcribed report {Id} is missing from data/reports/");
}
