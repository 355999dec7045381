using MinatoSite.Cli;
using MinatoSite.Diagnostics;

// Staff see messages, never a stack trace: what the program did not foresee is printed as one line.
try
{
    var say = MessageLanguage.BeforeParsing(args);
    var command = Commands.Create(say).Parse(args);
    // A command line that cannot be read (a missing --title, an unknown option) is said as the program's other
    // mistakes are, with the library's own words in brackets.
    if (command.Errors.Count > 0 && command.Action is not System.CommandLine.Help.HelpAction)
    {
        var name = command.CommandResult.Command is System.CommandLine.RootCommand ? "check" : command.CommandResult.Command.Name;
        Console.Error.WriteLine(Messages.Error(Messages.CommandLineWrong(command.Errors.Select(e => e.Message), name)).In(say));
        return ExitCodes.ContentErrors;
    }
    return command.Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    // In the language the command chose, else in Japanese, the staff's; should the messages themselves be what
    // failed, in fixed words of both.
    try
    {
        Console.Error.WriteLine(Messages.Error(Messages.Unexpected(ex.GetType().Name, ex.Message)).In(MessageLanguage.Chosen ?? MessageCatalogue.Japanese));
    }
    catch (Exception)
    {
        Console.Error.WriteLine($"エラー: 予期しない問題でプログラムが止まりました。何も書き込んでいません。 / error: an unexpected problem stopped the program ({ex.GetType().Name}). Nothing was written.");
    }
    return ExitCodes.Unexpected;
}
