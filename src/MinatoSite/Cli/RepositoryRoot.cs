namespace MinatoSite.Cli;

/// <summary>Finds the site's root folder when <c>--root</c> is not given.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder, from the current one upwards, that holds both <c>input/</c> and <c>data/</c>.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "input")) && Directory.Exists(Path.Combine(folder.FullName, "data")))
                return folder.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
