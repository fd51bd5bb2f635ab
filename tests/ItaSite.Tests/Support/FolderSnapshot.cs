using System.Security.Cryptography;

namespace ItaSite.Tests.Support;

/// <summary>What a folder holds: each file's path ('/'-separated, relative to the folder) and the SHA-256 of its bytes.</summary>
internal static class FolderSnapshot
{
    public static Dictionary<string, string> Of(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
