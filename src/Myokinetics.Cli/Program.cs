using Myokinetics.Cli;

return await CliApplication.RunAsync(args).ConfigureAwait(false);
