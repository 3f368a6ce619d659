using BriefingBot.Cli;

return await BriefingCli.RunAsync(args);
