using SovietInterventions.Importer;

return await Cli.RunAsync(args, Console.Out, Console.Error);
