using System.CommandLine;

namespace ItaSite.Cli;

/// <summary>The command line: <c>build</c>, <c>check</c>, <c>serve</c>. Diagnostics go to stderr, the summary to stdout.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ItaSite: builds the ITA/OIT transparency section of a Thai public agency's website (สร้างเว็บไซต์เปิดเผยข้อมูล ITA)");
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(Serve.ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(FrameworkCommand.Create(stdout, stderr));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"itasite: error ITA0001: {error.Message}");
            }

            await stderr.WriteLineAsync("usage: itasite build [--content content] [--output output] | itasite check [--content content]");
            return ExitCodes.Usage;
        }

        if (parse.CommandResult.Command == root)
        {
            await stdout.WriteLineAsync("usage: itasite build [--content content] [--output output] | itasite check [--content content]  (--help for more)");
            return args.Contains("--help") || args.Contains("-h") || args.Contains("-?") ? ExitCodes.Success : ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await stderr.WriteLineAsync($"itasite: error ITA9999: internal error ({ex.GetType().Name}: {ex.Message}); the previous output is unchanged. Please report this with the content that caused it.");
            return ExitCodes.Errors;
        }
    }
}
