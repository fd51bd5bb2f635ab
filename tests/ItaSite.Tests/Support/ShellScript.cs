namespace ItaSite.Tests.Support;

/// <summary>Writes small executable shell scripts: stand-ins for external programs such as pdftotext.</summary>
internal static class ShellScript
{
    public static string Write(string path, string body)
    {
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
