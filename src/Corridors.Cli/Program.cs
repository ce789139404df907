using Corridors.Cli;

return CorridorsApp.Run(args, CliConsole.FromProcess());
