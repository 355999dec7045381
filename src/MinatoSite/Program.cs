using MinatoSite.Cli;

return Commands.Create().Parse(args).Invoke();
