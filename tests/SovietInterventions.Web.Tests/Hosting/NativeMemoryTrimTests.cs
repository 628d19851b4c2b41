using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Tests.Hosting;

[Collection(SiteCollection.Name)]
public sealed class NativeMemoryTrimTests(EncyclopediaFactory site)
{
    static bool HasGlibc => OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out _);

    static long RssAnonKilobytes() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_site_runs_the_trim()
    {
        Assert.Contains(site.Services.GetServices<IHostedService>(), s => s is NativeMemoryTrim);
    }

    [Fact]
    public void Where_there_is_glibc_the_trim_runs_and_elsewhere_it_does_nothing()
    {
        Assert.Equal(HasGlibc, NativeMemoryTrim.Trim());
    }

    [Fact]
    public void Free_pages_between_live_native_blocks_go_back_to_the_system()
    {
        if (!HasGlibc) return;
        // 48 MB of 16 KB blocks (below glibc's mmap threshold, so on its heap) written to, then freed but for the last,
        // which keeps the free space from the heap's top, where glibc would hand it back by itself.
        const int count = 3072, size = 16 * 1024;
        var blocks = new IntPtr[count];
        for (var i = 0; i < count; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(size);
            Touch(blocks[i], size);
        }
        for (var i = 0; i < count - 1; i++) Marshal.FreeHGlobal(blocks[i]);
        try
        {
            var before = RssAnonKilobytes();
            Assert.True(NativeMemoryTrim.Trim());
            var after = RssAnonKilobytes();
            Assert.True(before - after > 24 * 1024, $"RssAnon {before} kB before the trim, {after} kB after");
        }
        finally
        {
            Marshal.FreeHGlobal(blocks[count - 1]);
        }

        static void Touch(IntPtr block, int size)
        {
            for (var offset = 0; offset < size; offset += 4096) Marshal.WriteByte(block, offset, 1);
        }
    }
}
