namespace ItaSite.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int Usage = 2;
}
