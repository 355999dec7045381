namespace MinatoSite.Tests.Support;

/// <summary>Base of tests that change a copy of the sources and build it into a temporary folder.</summary>
public abstract class ScratchSiteTests : IDisposable
{
    protected SiteCopy Site { get; } = new();
    protected TempFolder Output { get; } = new();

    public void Dispose()
    {
        Site.Dispose();
        Output.Dispose();
        GC.SuppressFinalize(this);
    }
}
