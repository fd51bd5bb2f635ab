using System.CommandLine;
using System.CommandLine.Help;

namespace ItaSite.Cli;

/// <summary>
/// The command line (the commands are listed in <see cref="CliCommands"/>). Diagnostics go to stderr, the summary to stdout.
/// Exit codes: <see cref="ExitCodes"/>.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var commands = CliCommands.All(stdout, stderr);
        if (args is ["--version"] or ["-V"])
        {
            await stdout.WriteLineAsync(CliHelp.Version());
            return ExitCodes.Success;
        }

        if (args is [] or ["--help"] or ["-h"] or ["-?"] or ["help"])
        {
            await (args is [] ? stderr : stdout).WriteAsync(CliHelp.Overview(commands));
            return args is [] ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args is ["help", var name] && commands.FirstOrDefault(c => c.Command.Name == name) is { } named)
        {
            args = [name, "--help"];
        }

        var root = new RootCommand("ItaSite: builds the ITA/OIT transparency section of a Thai public agency's website (สร้างเว็บไซต์เปิดเผยข้อมูล ITA)");
        foreach (var command in commands)
        {
            root.Subcommands.Add(command.Command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"itasite: error ITA0001: {error.Message}");
            }

            var failed = commands.FirstOrDefault(c => c.Command == parse.CommandResult.Command);
            await stderr.WriteLineAsync(failed is null ? "usage: itasite <command> [options]; 'itasite --help' lists the commands" : $"usage: see 'itasite {failed.Command.Name} --help'");
            return ExitCodes.Usage;
        }

        try
        {
            var exit = await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            if (parse.Action is HelpAction && commands.FirstOrDefault(c => c.Command == parse.CommandResult.Command) is { } shown)
            {
                await stdout.WriteAsync(CliHelp.Examples(shown));
            }

            return exit;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await stderr.WriteLineAsync($"itasite: error ITA9999: internal error ({ex.GetType().Name}: {ex.Message}); the previous output is unchanged. Please report this with the content that caused it.");
            return ExitCodes.Internal;
        }
    }
}
