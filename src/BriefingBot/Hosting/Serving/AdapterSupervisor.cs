using BriefingBot.Chat.Adapters;
using BriefingBot.Chat.Health;
using BriefingBot.Cli;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Hosting.Serving;

/// <summary>
/// Keeps `serve`'s chat adapters apart: an adapter whose service ends with an unexpected error is marked failed while the
/// others keep running, and once every configured adapter has failed for good the process stops, with
/// <see cref="Failure"/> saying why.
/// </summary>
public sealed class AdapterSupervisor : IDisposable
{
    private readonly AdapterHealth _health;
    private readonly IReadOnlyList<IChatAdapter> _adapters;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<AdapterSupervisor> _logger;

    public AdapterSupervisor(AdapterHealth health, IEnumerable<IChatAdapter> adapters, IHostApplicationLifetime lifetime, ILogger<AdapterSupervisor> logger)
    {
        _health = health;
        _adapters = adapters.ToList();
        _lifetime = lifetime;
        _logger = logger;
        _health.Changed += OnChanged;
    }

    /// <summary>Why every configured adapter failed, one reason each; null while any of them runs (or after a normal stop).</summary>
    public string? Failure => _health.AllFailed ? string.Join("; ", _health.Adapters.Select(a => a.Reason)) : null;

    /// <summary>Watches the adapters among the started hosted services: one whose background task faults is marked failed.</summary>
    public void Watch(IEnumerable<IHostedService> services)
    {
        foreach (var service in services)
        {
            if (service is BackgroundService { ExecuteTask: { } task } && _adapters.FirstOrDefault(a => a.ServiceType.IsInstanceOfType(service)) is { } adapter)
            {
                _ = WatchAsync(adapter.Name, task);
            }
        }
    }

    public void Dispose() => _health.Changed -= OnChanged;

    private async Task WatchAsync(string name, Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reason = $"the {name} adapter stopped: {CommandRunner.OneLine(e)}";
            _logger.LogCritical("{Reason}", reason);
            _health.Failed(name, reason);
        }
    }

    private void OnChanged(AdapterStatus status)
    {
        if (status.State == AdapterState.Failed && _health.AllFailed)
        {
            _logger.LogCritical("Every configured chat adapter has failed; stopping");
            _lifetime.StopApplication();
        }
    }
}
