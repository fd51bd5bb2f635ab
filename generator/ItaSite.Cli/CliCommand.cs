using System.CommandLine;

namespace ItaSite.Cli;

/// <summary>
/// One top-level command: the System.CommandLine command, the one line <c>itasite --help</c> shows for it, and the examples
/// <c>itasite &lt;command&gt; --help</c> ends with.
/// </summary>
public sealed record CliCommand(Command Command, string Summary, IReadOnlyList<string> Examples);
