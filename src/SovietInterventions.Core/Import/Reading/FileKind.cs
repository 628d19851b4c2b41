using System.Runtime.InteropServices;

namespace SovietInterventions.Core.Import.Reading;

/// <summary>What a directory entry is, asked of the file system without opening it (opening a FIFO blocks).</summary>
public enum FileKind { Missing, Regular, Directory, SymbolicLink, Fifo, CharacterDevice, BlockDevice, Socket, Other }

/// <summary>lstat-like type and size of an entry, and the real path of a file with every link resolved.</summary>
public static partial class FileKinds
{
    public static (FileKind Kind, long Size) Of(string path)
    {
        var (kind, size, _) = WithLinks(path);
        return (kind, size);
    }

    /// <summary>Type, size and hard-link count (names the file has in all; 1 where the system cannot tell).</summary>
    public static (FileKind Kind, long Size, long HardLinks) WithLinks(string path)
    {
        if (OperatingSystem.IsLinux()) return OfLinux(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return (FileKind.SymbolicLink, 0, 1);
        if (Directory.Exists(path)) return (FileKind.Directory, 0, 1);
        return info.Exists ? (FileKind.Regular, info.Length, 1) : (FileKind.Missing, 0, 0);
    }

    /// <summary>The canonical absolute path (every symbolic link and ".." resolved), or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : null;
        var resolved = Native.realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Native.free(resolved);
        }
    }

    // struct statx has the same layout on every Linux architecture, unlike struct stat.
    static (FileKind, long, long) OfLinux(string path)
    {
        const int AtCurrentDirectory = -100, AtSymlinkNoFollow = 0x100;
        const uint TypeLinksAndSize = 0x001 | 0x004 | 0x200;
        var buffer = new byte[256];
        if (Native.statx(AtCurrentDirectory, path, AtSymlinkNoFollow, TypeLinksAndSize, buffer) != 0) return (FileKind.Missing, 0, 0);
        var links = BitConverter.ToUInt32(buffer, 16);
        var mode = BitConverter.ToUInt16(buffer, 28);
        var size = (long)BitConverter.ToUInt64(buffer, 40);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return (kind, size, links);
    }

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a directory",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        _ => "not a regular file",
    };

    static class Native
    {
#pragma warning disable SYSLIB1054 // a string and a byte buffer marshal the same either way; DllImport needs no unsafe code
        [DllImport("libc", SetLastError = true)]
        public static extern int statx(int dirfd, string path, int flags, uint mask, byte[] buffer);

        [DllImport("libc", SetLastError = true)]
        public static extern IntPtr realpath(string path, IntPtr resolved);

        [DllImport("libc")]
        public static extern void free(IntPtr pointer);
#pragma warning restore SYSLIB1054
    }
}
