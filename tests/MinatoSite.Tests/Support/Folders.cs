namespace MinatoSite.Tests.Support;

/// <summary>Built sites compared as a resident's browser would get them: file by file, byte by byte.</summary>
public static class Folders
{
    /// <summary>Every file under <paramref name="folder"/>, relative to it, in order.</summary>
    public static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Asserts that both folders hold the same files with the same bytes; returns how many files there are.</summary>
    public static int AssertIdentical(string expected, string actual)
    {
        var files = Files(expected);
        Assert.Equal(files, Files(actual));
        var different = files.Where(f => !File.ReadAllBytes(Path.Combine(expected, f)).AsSpan()
            .SequenceEqual(File.ReadAllBytes(Path.Combine(actual, f)))).ToList();
        Assert.Empty(different);
        return files.Count;
    }
}
