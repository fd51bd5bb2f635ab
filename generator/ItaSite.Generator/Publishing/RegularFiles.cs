using Mono.Unix;

namespace ItaSite.Generator.Publishing;

/// <summary>
/// Only regular files are ever opened. A named pipe (FIFO) blocks <c>open()</c> until some writer appears — a build that reads
/// one waits forever — and a device or socket is no document either. The file type is looked up with <c>stat</c> (following
/// links, whose targets the loader has already kept inside content/) through Mono.Unix, without opening the file.
/// </summary>
public static class RegularFiles
{
    /// <summary>What <paramref name="path"/> is when it is not a regular file ("a named pipe (FIFO)"…), or null when it is one.</summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null; // no FIFOs or device nodes inside a Windows folder; named pipes live under \\.\pipe\
        }

        try
        {
            var info = new UnixFileInfo(path);
            if (!info.Exists)
            {
                return null; // reading it reports the missing file as usual
            }

            return info.FileType switch
            {
                FileTypes.RegularFile => null,
                FileTypes.Fifo => "a named pipe (FIFO)",
                FileTypes.Socket => "a socket",
                FileTypes.CharacterDevice => "a character device",
                FileTypes.BlockDevice => "a block device",
                FileTypes.Directory => "a folder",
                _ => "not a regular file",
            };
        }
        catch (Exception ex) when (ex is InvalidOperationException or UnixIOException or IOException or UnauthorizedAccessException)
        {
            return null; // vanished between listing and checking: the read that follows reports it
        }
    }

    /// <summary>The message of the ITA3014 error for such a file.</summary>
    public static string Message(string what) =>
        $"this is {what}, not a regular file; only regular files are read or published, so it is ignored (ไม่ใช่ไฟล์ปกติ ระบบจะไม่อ่านไฟล์นี้)";
}
