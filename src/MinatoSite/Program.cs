using MinatoSite.Cli;

// Staff see messages, never a stack trace: what the program did not foresee is printed as one line.
try
{
    return Commands.Create().Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    Console.Error.WriteLine($"error: an unexpected problem stopped the program ({ex.GetType().Name}: {ex.Message}). Nothing was written; please report it with the command you ran.");
    return ExitCodes.Unexpected;
}
