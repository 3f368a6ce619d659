using System.Collections;
using System.Reflection;
using LiteDB.Engine;

namespace BriefingBot.Core.Storage;

/// <summary>The transactions a LiteDB engine still lists as open, so that they can be kept from being finalized once it is closed.</summary>
/// <remarks>
/// LiteDB 5's TransactionService has a finalizer that releases its pages again. When a damaged file makes a read fail, disposing
/// the transaction can throw part way ("share counter must be &gt; 0 in Release()"), which leaves it listed and its finalizer
/// armed; the finalizer then throws on the garbage collector's thread, which ends the process. LiteDB has no public way to reach
/// them, hence reflection over its (pinned) internals; a closed engine's transactions own nothing the finalizer needs to free.
/// </remarks>
internal static class LeftoverTransactions
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;

    private static readonly FieldInfo MonitorField = typeof(LiteEngine).GetField("_monitor", Private)
        ?? throw new InvalidOperationException("LiteEngine has no _monitor field: check LeftoverTransactions against this LiteDB version.");

    private static readonly FieldInfo TransactionsField = MonitorField.FieldType.GetField("_transactions", Private)
        ?? throw new InvalidOperationException("TransactionMonitor has no _transactions field: check LeftoverTransactions against this LiteDB version.");

    /// <summary>The transactions <paramref name="engine"/> lists as open (none before it has a transaction monitor).</summary>
    public static IReadOnlyList<object> Of(LiteEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (MonitorField.GetValue(engine) is not { } monitor || TransactionsField.GetValue(monitor) is not IDictionary transactions)
        {
            return [];
        }

        // LiteDB locks this dictionary itself while changing it.
        lock (transactions)
        {
            return transactions.Values.Cast<object>().ToList();
        }
    }

    /// <summary>Keeps the transactions <paramref name="engine"/> still lists from being finalized; call only once it is closed.</summary>
    public static void Disarm(LiteEngine engine)
    {
        foreach (var transaction in Of(engine))
        {
#pragma warning disable CA1816 // on purpose: another object's finalizer would touch the closed file
            GC.SuppressFinalize(transaction);
#pragma warning restore CA1816
        }
    }
}
