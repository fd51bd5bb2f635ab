using ItaSite.Generator.Publishing;

namespace ItaSite.Fuzz;

/// <summary>
/// Attachments through the file policy: a hostile or polyglot sample, mutated, under a random (often misleading) name, is
/// decided on as a build would; whatever the policy lets through is checked by <see cref="FileOracle"/>.
/// </summary>
public sealed class FileTarget(string scratch)
{
    /// <summary>The next input: a file name with a random extension and a (possibly mutated) hostile sample.</summary>
    public static (string Name, byte[] Bytes) Next(Random random, Mutator mutator)
    {
        var sample = HostileFiles.Samples[random.Next(HostileFiles.Samples.Length)];
        var bytes = random.Next(3) == 0 ? sample : mutator.Mutate(sample);
        return ("attachment" + HostileFiles.Extensions[random.Next(HostileFiles.Extensions.Length)], bytes);
    }

    /// <summary>Decides on the file as a build would; returns what the oracle finds in whatever would be published.</summary>
    public string? Check(string name, byte[] input)
    {
        var folder = Path.Combine(scratch, "files");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, input);
        var verdict = new PublishedFilePolicy().Verdict(new AssetFile("files/" + name, "files/" + name, path, input.Length));
        return verdict.Allowed ? FileOracle.Find(name, verdict.Content ?? input) : null;
    }
}
