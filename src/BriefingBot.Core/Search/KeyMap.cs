namespace BriefingBot.Core.Search;

/// <summary>
/// Int keys to slots: ids are small and dense (store ids), so a plain array indexed by key, filled in one pass after a load
/// instead of a million hash insertions; keys outside its range go to a dictionary.
/// </summary>
internal sealed class KeyMap
{
    private const int DenseLimit = 1 << 26;

    private readonly Dictionary<int, int> _sparse = [];

    // Slot + 1 by key; 0 for none.
    private int[] _dense = [];

    public bool TryGetValue(int key, out int slot)
    {
        if ((uint)key < (uint)_dense.Length)
        {
            slot = _dense[key] - 1;
            return slot >= 0;
        }

        if (key is >= 0 and < DenseLimit)
        {
            slot = -1;
            return false;
        }

        return _sparse.TryGetValue(key, out slot);
    }

    public void Set(int key, int slot)
    {
        if (key is >= 0 and < DenseLimit)
        {
            if (key >= _dense.Length)
            {
                Array.Resize(ref _dense, (int)Math.Min(DenseLimit, Math.Max(key + 1L, Math.Max(16L, _dense.Length * 2L))));
            }

            _dense[key] = slot + 1;
        }
        else
        {
            _sparse[key] = slot;
        }
    }

    public void Remove(int key)
    {
        if ((uint)key < (uint)_dense.Length)
        {
            _dense[key] = 0;
        }
        else
        {
            _sparse.Remove(key);
        }
    }

    public bool Remove(int key, out int slot)
    {
        if (!TryGetValue(key, out slot))
        {
            return false;
        }

        Remove(key);
        return true;
    }

    public void Clear()
    {
        Array.Clear(_dense);
        _sparse.Clear();
    }
}
