using System.Diagnostics;
using System.Globalization;
using ItaSite.Fuzz;

// itasite-fuzz [--iterations N] [--seed S] [--content DIR] [--full-every K] [--timeout-ms T] [--findings DIR]
// Mutates the example content and runs each input through the generator; any exception escaping the generator, a hang past
// the time limit, or hostile markup in what would be published is a finding, saved under --findings. Prints the figures.
var options = ParseArgs(args);
var iterations = int.Parse(options.GetValueOrDefault("iterations", "10000"), CultureInfo.InvariantCulture);
var seed = int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture);
var fullEvery = int.Parse(options.GetValueOrDefault("full-every", "50"), CultureInfo.InvariantCulture);
var fileEvery = int.Parse(options.GetValueOrDefault("file-every", "4"), CultureInfo.InvariantCulture);
var timeout = TimeSpan.FromMilliseconds(int.Parse(options.GetValueOrDefault("timeout-ms", "10000"), CultureInfo.InvariantCulture));
var findingsDir = options.GetValueOrDefault("findings", "fuzz/findings");
var corpus = SeedCorpus.Load(options.GetValueOrDefault("content", "content"));
var texts = corpus.Keys.Where(k => k.EndsWith(".md", StringComparison.Ordinal) || k.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
var scratch = Path.Combine(Path.GetTempPath(), $"itasite-fuzz-{Environment.ProcessId}");
Directory.CreateDirectory(scratch);

var random = new Random(seed);
var mutator = new Mutator(random, [.. texts.Select(t => corpus[t])]);
var target = new FuzzTarget(corpus, scratch);
var fileTarget = new FileTarget(scratch);
var assets = corpus.Keys.Except(texts).Order(StringComparer.Ordinal).ToList();
int crashes = 0, hangs = 0, leaks = 0, full = 0, files = 0;
var slowest = TimeSpan.Zero;
var watch = Stopwatch.StartNew();
for (var i = 1; i <= iterations; i++)
{
    var path = texts[random.Next(texts.Count)];
    var source = path.EndsWith(".yaml", StringComparison.Ordinal) && random.Next(3) == 0 ? YamlUrlMutator.Mutate(random, corpus[path]) : corpus[path];
    var input = random.Next(4) == 0 && source != corpus[path] ? source : mutator.Mutate(source);
    var runFull = fullEvery > 0 && i % fullEvery == 0;
    var runFile = !runFull && fileEvery > 0 && i % fileEvery == 0;
    full += runFull ? 1 : 0;
    files += runFile ? 1 : 0;
    (string, byte[])? hostileAsset = runFull && assets.Count > 0 && random.Next(2) == 0
        ? (assets[random.Next(assets.Count)], HostileFiles.Samples[random.Next(HostileFiles.Samples.Length)])
        : null;
    if (runFile)
    {
        var (fileName, fileBytes) = FileTarget.Next(random, mutator);
        (path, input) = ("files/" + fileName, fileBytes);
    }

    // A stack overflow ends the process without a finding; the input that caused it is left here.
    File.WriteAllBytes(Path.Combine(scratch, "..", $"itasite-fuzz-last-input-seed{seed}"), input);
    var started = Stopwatch.StartNew();
    var work = Task.Factory.StartNew(() => runFull ? target.RunFullAsync(path, input, hostileAsset).GetAwaiter().GetResult() : runFile ? fileTarget.Check(Path.GetFileName(path), input) : target.RunFast(path, input), TaskCreationOptions.LongRunning);
    string? finding = null;
    if (!Task.WhenAny(work, Task.Delay(timeout)).GetAwaiter().GetResult().Equals(work))
    {
        hangs++;
        finding = $"hang (> {timeout.TotalMilliseconds} ms)";
    }
    else if (work.IsFaulted)
    {
        crashes++;
        var ex = work.Exception!.InnerException!;
        finding = $"crash: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}";
    }
    else if (work.Result is { } leak)
    {
        leaks++;
        finding = $"hostile markup published: {leak}";
    }

    slowest = started.Elapsed > slowest ? started.Elapsed : slowest;
    if (finding is not null)
    {
        Directory.CreateDirectory(findingsDir);
        var name = $"seed{seed}-{i}-{path.Replace('/', '_')}";
        File.WriteAllBytes(Path.Combine(findingsDir, name), input);
        File.WriteAllText(Path.Combine(findingsDir, name + ".txt"), $"{path}\n{finding}\n");
        Console.Error.WriteLine($"input {i} ({path}): {finding.Split('\n')[0]}");
    }

    if (i % 5000 == 0)
    {
        Console.WriteLine($"  {i:N0} inputs, {crashes} crashes, {hangs} hangs, {leaks} leaks, {watch.Elapsed.TotalSeconds:0} s");
    }
}

try
{
    Directory.Delete(scratch, recursive: true);
}
catch (IOException)
{
}

Console.WriteLine($"fuzz seed {seed}: {iterations:N0} inputs ({full:N0} full builds, {files:N0} files through the file policy) from {texts.Count} seed files in {watch.Elapsed.TotalSeconds:0.0} s: {crashes} crashes, {hangs} hangs, {leaks} leaks; slowest input {slowest.TotalMilliseconds:0} ms");
return crashes + hangs + leaks == 0 ? 0 : 1;

static Dictionary<string, string> ParseArgs(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        result[args[i].TrimStart('-')] = args[i + 1];
    }

    return result;
}
