namespace ExperienceGrid.Browser.Tests.Infrastructure;

/// <summary>Test artifacts under the repository's <c>artifacts/</c> folder (git-ignored).</summary>
public static class Artifacts
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !System.IO.File.Exists(Path.Combine(folder.FullName, "ExperienceGrid.sln")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "artifacts");
        }
    }

    public static string Screenshot(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, "screenshots")).FullName;
        return Path.Combine(folder, $"{name}.png");
    }

    public static string PathOf(string folder, string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(Root, folder)).FullName, name);
}
