namespace BriefingBot.Core.Speakers;

/// <summary>The people and organisations the bot knows, by name, alias, role and affiliation; learns from articles.</summary>
/// <remarks>Thread-safe: chat questions read it while an ingest may teach it.</remarks>
public sealed class SpeakerDirectory : ISpeakerLookup
{
    private readonly Lock _gate = new();
    private readonly List<Speaker> _speakers = [];
    private readonly Dictionary<string, List<Speaker>> _byNameKey = new(StringComparer.Ordinal);

    // Roles and affiliations repeat across speakers ("spokesman", "Kremlin"); their keys are worked out once, under _gate.
    private readonly Dictionary<string, string> _keyOf = new(StringComparer.Ordinal);

    // Role keys, each under itself and under every ending that starts a word ("kremlin spokesman" also under "spokesman"), and
    // under itself alone: a role asked for matches a known one equal to it or ending in it (the first map) or that it ends in
    // (the second, looked up with each ending of the question), so FindByRole reads a few entries instead of every speaker.
    private readonly Dictionary<string, List<Speaker>> _byRoleEnding = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Speaker>> _byRole = new(StringComparer.Ordinal);
    private readonly Dictionary<Speaker, int> _position = new(ReferenceEqualityComparer.Instance);

    // The name keys for FindSimilar to scan; made again after names change.
    private NameScan? _nameScan;

    // The names as sorted suffixes for suggestions by what was typed; made again after names change.
    private SpeakerNameIndex? _nameIndex;

    public SpeakerDirectory(IEnumerable<Speaker> speakers)
    {
        foreach (var speaker in speakers)
        {
            AddUnlocked(speaker);
        }
    }

    /// <summary>The speakers by what their names start with or contain, for suggestions (built once per change of names).</summary>
    public SpeakerNameIndex NameIndex()
    {
        lock (_gate)
        {
            return _nameIndex ??= SpeakerNameIndex.Build(_speakers);
        }
    }

    public IReadOnlyList<Speaker> All
    {
        get
        {
            lock (_gate)
            {
                return _speakers.ToList();
            }
        }
    }

    public Speaker? FindById(int id)
    {
        lock (_gate)
        {
            return _speakers.FirstOrDefault(s => s.Id == id);
        }
    }

    /// <inheritdoc />
    public Speaker? FindByName(string name)
    {
        var key = NameNormalizer.Key(name);
        if (key.Length == 0)
        {
            return null;
        }

        lock (_gate)
        {
            if (_byNameKey.TryGetValue(key, out var exact))
            {
                // Two speakers sharing a surname alias: a bare surname is then ambiguous.
                return exact.Count == 1 ? exact[0] : null;
            }

            // "Aleksei A. Navalny" vs "Alexei Navalny": same surname, and the first names agree.
            var surname = NameNormalizer.Surname(key);
            if (key.Contains(' ') && _byNameKey.TryGetValue(surname, out var bySurname) && bySurname.Count == 1)
            {
                var candidate = bySurname[0];
                var candidateKey = NameNormalizer.Key(candidate.Name);
                var onlySurnameKnown = !candidateKey.Contains(' ');
                if (candidate.Type != SpeakerType.Organisation
                    && (onlySurnameKnown || NameSimilarity.FirstNamesAgree(key.Split(' ')[0], candidateKey.Split(' ')[0])))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Speaker> FindByRole(string role)
    {
        var key = NameNormalizer.Key(role);
        lock (_gate)
        {
            var found = new HashSet<Speaker>(ReferenceEqualityComparer.Instance);
            if (_byRoleEnding.TryGetValue(key, out var endingIn))
            {
                found.UnionWith(endingIn);
            }

            for (var space = key.IndexOf(' '); space >= 0; space = key.IndexOf(' ', space + 1))
            {
                if (_byRole.TryGetValue(key[(space + 1)..], out var endOfKey))
                {
                    found.UnionWith(endOfKey);
                }
            }

            // In the directory's order, as a scan of every speaker would give them.
            return found.OrderBy(s => _position[s]).ToList();
        }
    }

    /// <summary>Speakers who speak for an organisation ("Kremlin" finds the Kremlin's spokesman and the president).</summary>
    public IReadOnlyList<Speaker> FindByAffiliation(string affiliation)
    {
        var key = NameNormalizer.Key(affiliation);
        if (key.Length == 0)
        {
            return [];
        }

        lock (_gate)
        {
            var found = new List<Speaker>();
            foreach (var (speaker, keys) in Scan().Affiliated)
            {
                foreach (var known in keys)
                {
                    if (AffiliationMatches(known, key))
                    {
                        found.Add(speaker);
                        break;
                    }
                }
            }

            return found;
        }
    }

    /// <summary>Known names close to a misspelt one ("pesckov" → Dmitry Peskov), best first.</summary>
    public IReadOnlyList<(Speaker Speaker, double Similarity)> FindSimilar(string name, double minimum, int max)
    {
        var key = NameNormalizer.Key(name);
        if (key.Length < 3)
        {
            return [];
        }

        // A scan is never changed once made (a change of names makes a new one), so it is read outside the lock: a long
        // search must not hold up the lookups of requests beside it.
        NameScan scan;
        lock (_gate)
        {
            scan = Scan();
        }

        var letters = NameSimilarity.Letters(key);
        // Most keys are ruled out by their counts, length and first character, without reading them.
        var candidates = new List<int>();
        scan.Candidates(key, letters, minimum, candidates);

        // The rest best first by their bound: once `max` speakers are found at or above the next key's bound, no key left
        // can enter or tie, and each key compared must reach the worst of them.
        var bounded = new List<(double Bound, int Key)>(candidates.Count);
        foreach (var k in candidates)
        {
            var bound = NameSimilarity.Bound(key, letters, scan.Keys[k], scan.LettersOf(k));
            if (bound >= minimum)
            {
                bounded.Add((bound, k));
            }
        }

        bounded.Sort((x, y) => x.Bound != y.Bound ? y.Bound.CompareTo(x.Bound) : x.Key.CompareTo(y.Key));

        // Each speaker once, with its best similarity and the key (and place among the key's speakers) that gave it.
        var best = new Dictionary<Speaker, (double Similarity, int Key, int Place)>();
        var floor = minimum;
        foreach (var (bound, k) in bounded)
        {
            if (best.Count >= max && bound < floor)
            {
                break;
            }

            if (!NameSimilarity.IsAtLeast(key, letters, scan.Keys[k], scan.LettersOf(k), floor, out var similarity))
            {
                continue;
            }

            var speakers = scan.Speakers[k];
            for (var place = 0; place < speakers.Length; place++)
            {
                if (!best.TryGetValue(speakers[place], out var previous) || similarity > previous.Similarity)
                {
                    best[speakers[place]] = (similarity, k, place);
                }
            }

            if (best.Count >= max)
            {
                floor = best.Values.Select(v => v.Similarity).OrderDescending().ElementAt(max - 1);
            }
        }

        return best
            .OrderByDescending(p => p.Value.Similarity).ThenBy(p => p.Value.Key).ThenBy(p => p.Value.Place)
            .Take(max)
            .Select(p => (p.Key, p.Value.Similarity))
            .ToList();
    }

    /// <summary>
    /// Speakers with a name (canonical or alias) whose key holds <paramref name="key"/> as whole words, in order ("sean fraser"
    /// in "mp sean fraser"); read in place, without copying the names.
    /// </summary>
    public IReadOnlyList<Speaker> FindByNameContaining(string key)
    {
        if (key.Length == 0)
        {
            return [];
        }

        lock (_gate)
        {
            // Only the keys that hold the first word asked can hold them all.
            var scan = Scan();
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            List<Speaker>? found = null;
            foreach (var k in scan.KeysWithWord(space < 0 ? key : key[..space]))
            {
                if (!ContainsWords(scan.Keys[k], key))
                {
                    continue;
                }

                found ??= [];
                foreach (var speaker in scan.Speakers[k])
                {
                    if (!found.Contains(speaker))
                    {
                        found.Add(speaker);
                    }
                }
            }

            return found ?? (IReadOnlyList<Speaker>)[];
        }
    }

    // The keys and affiliations as they are now; the caller holds the lock.
    private NameScan Scan() => _nameScan ??= new NameScan(_byNameKey, _speakers, KeyOf);

    // Whether words (single-spaced, as keys are) occur in text as whole words.
    private static bool ContainsWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes in what an article says of a speaker; returns the speaker, new or updated, and whether it changed.</summary>
    public (Speaker Speaker, bool Changed) Learn(SpeakerFact fact)
    {
        var existing = FindByName(fact.Name);
        lock (_gate)
        {
            if (existing is null)
            {
                var created = new Speaker
                {
                    Name = fact.Name.Trim(),
                    Type = fact.Type,
                    Gender = fact.Gender,
                };
                Speaker.AddMissing(created.Roles, fact.Role);
                Speaker.AddMissing(created.Affiliations, fact.Affiliation);
                AddUnlocked(created);
                return (created, true);
            }

            var changed = false;
            var factKey = NameNormalizer.Key(fact.Name);
            var alreadyKnown = _byNameKey.TryGetValue(factKey, out var holders) && holders.Contains(existing);
            if (!alreadyKnown)
            {
                // A fuller name than the one we had becomes canonical ("Medvedev" learnt, then "Dmitry Medvedev").
                var existingKey = NameNormalizer.Key(existing.Name);
                var fuller = factKey.Length > existingKey.Length && factKey.EndsWith(" " + existingKey, StringComparison.Ordinal);
                var alias = fuller ? existing.Name : fact.Name.Trim();
                if (fuller)
                {
                    existing.Name = fact.Name.Trim();
                }

                changed |= Speaker.AddMissing(existing.Aliases, alias);
                IndexNames(existing);
            }

            changed |= existing.FillUnknown(fact.Type, fact.Gender);
            if (Speaker.AddMissing(existing.Roles, fact.Role))
            {
                IndexRoles(existing);
                changed = true;
            }

            if (Speaker.AddMissing(existing.Affiliations, fact.Affiliation))
            {
                _nameScan = null;
                changed = true;
            }

            return (existing, changed);
        }
    }

    /// <summary>
    /// Copies of the given speakers as they are now, taken under the directory's lock (which guards every change it makes to
    /// them), for storing while the directory goes on learning; <see cref="TakeIds"/> hands the stored ids back.
    /// </summary>
    internal IReadOnlyList<Speaker> CopyOf(IEnumerable<Speaker> speakers)
    {
        lock (_gate)
        {
            return speakers.Select(s => new Speaker
            {
                Id = s.Id,
                Name = s.Name,
                Type = s.Type,
                Gender = s.Gender,
                Aliases = [.. s.Aliases],
                Roles = [.. s.Roles],
                Affiliations = [.. s.Affiliations],
            }).ToList();
        }
    }

    /// <summary>Gives each speaker that had none the id its stored copy got.</summary>
    internal void TakeIds(IReadOnlyList<Speaker> speakers, IReadOnlyList<Speaker> stored)
    {
        lock (_gate)
        {
            for (var i = 0; i < speakers.Count; i++)
            {
                if (speakers[i].Id == 0)
                {
                    speakers[i].Id = stored[i].Id;
                }
            }
        }
    }

    /// <summary>Replaces everything known with the given speakers (the store's, after an import rewrote them).</summary>
    public void Reset(IEnumerable<Speaker> speakers)
    {
        lock (_gate)
        {
            _speakers.Clear();
            _byNameKey.Clear();
            _nameScan = null;
            _nameIndex = null;
            _byRoleEnding.Clear();
            _byRole.Clear();
            _position.Clear();
            foreach (var speaker in speakers)
            {
                AddUnlocked(speaker);
            }
        }
    }

    /// <summary>Changes a speaker it holds (a moderator's alias or role) under its lock, then indexes the speaker's names and roles again.</summary>
    internal void Change(Speaker speaker, Action<Speaker> change)
    {
        lock (_gate)
        {
            change(speaker);
            IndexNames(speaker);
        }
    }

    /// <summary>Takes in a speaker stored from outside (one a moderator named), to be found by its names from now on.</summary>
    internal void Adopt(Speaker speaker)
    {
        lock (_gate)
        {
            if (!_position.ContainsKey(speaker))
            {
                AddUnlocked(speaker);
            }
        }
    }

    /// <summary>Forgets a speaker (merged into another): it is no longer found by any name, role or id.</summary>
    internal void Forget(Speaker speaker)
    {
        lock (_gate)
        {
            if (!_speakers.Remove(speaker))
            {
                return;
            }

            foreach (var map in new[] { _byNameKey, _byRole, _byRoleEnding })
            {
                foreach (var (key, list) in map.ToList())
                {
                    if (list.Remove(speaker) && list.Count == 0)
                    {
                        map.Remove(key);
                    }
                }
            }

            _position.Clear();
            for (var i = 0; i < _speakers.Count; i++)
            {
                _position[_speakers[i]] = i;
            }

            _nameScan = null;
        }
    }

    /// <summary>Indexes the names of a speaker whose aliases were changed from outside.</summary>
    public void Reindex(Speaker speaker)
    {
        lock (_gate)
        {
            IndexNames(speaker);
        }
    }

    private void AddUnlocked(Speaker speaker)
    {
        _position[speaker] = _speakers.Count;
        _speakers.Add(speaker);
        IndexNames(speaker);
    }

    private void IndexRoles(Speaker speaker)
    {
        foreach (var role in speaker.Roles)
        {
            var key = KeyOf(role);
            AddOnce(_byRole, key, speaker);
            AddOnce(_byRoleEnding, key, speaker);
            for (var space = key.IndexOf(' '); space >= 0; space = key.IndexOf(' ', space + 1))
            {
                AddOnce(_byRoleEnding, key[(space + 1)..], speaker);
            }
        }
    }

    private static void AddOnce(Dictionary<string, List<Speaker>> map, string key, Speaker speaker)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(speaker))
        {
            list.Add(speaker);
        }
    }

    private void IndexNames(Speaker speaker)
    {
        IndexRoles(speaker);
        _nameScan = null;
        _nameIndex = null;
        var keys = new HashSet<string>(StringComparer.Ordinal) { NameNormalizer.Key(speaker.Name) };
        foreach (var alias in speaker.Aliases)
        {
            keys.Add(NameNormalizer.Key(alias));
        }

        // A person is also found by surname alone ("Peskov"), unless two people share it.
        if (speaker.Type != SpeakerType.Organisation)
        {
            foreach (var key in keys.ToList().Where(k => k.Contains(' ')))
            {
                keys.Add(NameNormalizer.Surname(key));
            }
        }

        foreach (var key in keys.Where(k => k.Length > 0))
        {
            if (!_byNameKey.TryGetValue(key, out var list))
            {
                _byNameKey[key] = list = [];
            }

            if (!list.Contains(speaker))
            {
                list.Add(speaker);
            }
        }
    }

    private string KeyOf(string value)
    {
        if (!_keyOf.TryGetValue(value, out var key))
        {
            _keyOf[value] = key = NameNormalizer.Key(value);
        }

        return key;
    }

    // "spokesman" matches "kremlin spokesman" and "press secretary" matches itself.
    internal static bool RoleMatches(string known, string asked) =>
        known == asked || EndsWithWord(known, asked) || EndsWithWord(asked, known);

    // text ends with " " + word, without building that string.
    private static bool EndsWithWord(string text, string word) =>
        text.Length > word.Length && text[text.Length - word.Length - 1] == ' ' && text.EndsWith(word, StringComparison.Ordinal);

    private static bool AffiliationMatches(string known, string asked) =>
        known == asked || IsWordOf(asked, known) || IsWordOf(known, asked);

    // Whether a one-word key is one of the words of another key.
    private static bool IsWordOf(string word, string key) => !word.Contains(' ', StringComparison.Ordinal) && ContainsWords(key, word);
}
