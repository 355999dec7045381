using MinatoSite.Cli;
using MinatoSite.Diagnostics;

// Staff see messages, never a stack trace: what the program did not foresee is printed as one line.
try
{
    return Commands.Create().Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
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
