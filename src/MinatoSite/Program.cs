using MinatoSite.Cli;
using MinatoSite.Diagnostics;

// Staff see messages, never a stack trace: what the program did not foresee is printed as one line.
try
{
    return Commands.Create().Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    // Said in Japanese, the staff's language: the failure may have come before the language was chosen.
    Console.Error.WriteLine(Messages.Error(Messages.Unexpected(ex.GetType().Name, ex.Message)).In(MessageCatalogue.Japanese));
    return ExitCodes.Unexpected;
}
