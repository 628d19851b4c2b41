using Microsoft.Playwright;

namespace SovietInterventions.BrowserTests;

/// <summary>Debian's Chromium, driven by Playwright; Playwright's own browser download cannot reach the network here.</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    public const string Missing = "Chromium is not installed at " + Path + " (apt-get install -y chromium; .ci/run does it)";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Path,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
}
