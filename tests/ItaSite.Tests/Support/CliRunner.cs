using ItaSite.Cli;

namespace ItaSite.Tests.Support;

/// <summary>Runs the CLI in process and captures its exit code, stdout and stderr.</summary>
public static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
