namespace MinatoSite.Tests.Support;

/// <summary>Paths of the repository the tests run in.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MinatoSite.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("MinatoSite.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}

/// <summary>A temporary folder, deleted when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "minatosite-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}

/// <summary>
/// A copy of the site's sources (input/, data/, theme/) in a temporary folder, for tests that change a file
/// and see what the generator makes of it.
/// </summary>
public sealed class SiteCopy : IDisposable
{
    private readonly TempFolder _folder = new("minatosite-copy");

    /// <summary>
    /// The transcribed report and the site's pages, data and theme: the reports staff have started since are left
    /// out, so that what a test makes of its copy does not depend on them (the tests of several reports add the
    /// invented ones of <c>Fixtures/reports/</c>).
    /// </summary>
    public SiteCopy()
    {
        foreach (var part in new[] { "input", "data", "theme" })
            CopyDirectory(System.IO.Path.Combine(Repository.Root, part), System.IO.Path.Combine(Root, part));
        OnlyTranscribed();
    }

    public string Root => _folder.Path;

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public void Append(string relative, string text) => File.AppendAllText(PathOf(relative), text);

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(PathOf(relative), bytes);

    /// <summary>
    /// Puts the frozen copies of <c>Fixtures/frozen/</c> over the real files: tests that edit a file's text make their
    /// mistakes on a copy that a staff member's correction of the real file does not change.
    /// </summary>
    public SiteCopy Frozen()
    {
        var frozen = Repository.Fixture("frozen");
        foreach (var file in Directory.EnumerateFiles(frozen, "*.md", SearchOption.AllDirectories).Where(f => System.IO.Path.GetFileName(f) != "README.md"))
            File.Copy(file, PathOf(System.IO.Path.GetRelativePath(frozen, file)), overwrite: true);
        return this;
    }

    /// <summary>Removes every report but the transcribed one, in <c>data/reports/</c> and <c>input/</c>.</summary>
    public SiteCopy OnlyTranscribed()
    {
        foreach (var folder in Directory.EnumerateDirectories(PathOf("data/reports")).Where(f => System.IO.Path.GetFileName(f) != Transcribed.Id))
        {
            Directory.Delete(folder, recursive: true);
            var input = PathOf($"input/{System.IO.Path.GetFileName(folder)}");
            if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
        }
        return this;
    }

    /// <summary>
    /// Puts the invented reports of <c>Fixtures/reports/</c> beside the real one: a FY2021 year-end evaluation
    /// (published) and a FY2022 mid-term review (a draft). They exist only in the tests and are never published.
    /// </summary>
    public SiteCopy WithInventedReports()
    {
        foreach (var id in InventedReports.Ids)
        {
            var fixture = Repository.Fixture($"reports/{id}");
            CopyDirectory(System.IO.Path.Combine(fixture, "data"), PathOf($"data/reports/{id}"));
            CopyDirectory(System.IO.Path.Combine(fixture, "input"), PathOf($"input/{id}"));
        }
        return this;
    }

    /// <summary>Replaces text that must be present: a test whose edit silently missed would prove nothing.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        if (!text.Contains(oldText, StringComparison.Ordinal))
            throw new InvalidOperationException($"'{oldText}' not found in {relative}");
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>The invented reports of <c>Fixtures/reports/</c>, the oldest first.</summary>
public static class InventedReports
{
    public const string YearEnd = "2021-yearend";
    public const string NextYear = "2022-midterm";
    public static readonly string[] Ids = [YearEnd, NextYear];
}
