namespace ItaSite.Cli;

/// <summary>Process exit codes, the same for every command (docs/diagnostics.md, docs/deploy.md): scripts tell a content problem from a bug.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has errors (or warnings under --warnings-as-errors), or the output could not be written.</summary>
    public const int Errors = 1;

    /// <summary>The command line itself is wrong: unknown command or option, missing argument, bad value.</summary>
    public const int Usage = 2;

    /// <summary>A bug in ItaSite (an unexpected exception); the output is unchanged.</summary>
    public const int Internal = 70;
}
