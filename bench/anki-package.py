#!/usr/bin/env python3
"""Writes a large current-layout Anki package (collection.anki21b, schema 18, zstd) for timing deck import.

Usage: bench/anki-package.py NOTES OUT.apkg   (needs the zstd command; one note in ten is a cloze note)
"""
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import zipfile


def main():
    notes, out = int(sys.argv[1]), sys.argv[2]
    work = tempfile.mkdtemp()
    db = os.path.join(work, "collection")
    c = sqlite3.connect(db)
    c.create_collation("unicase", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
    c.executescript("""
        create table col (id integer primary key, crt integer, mod integer, scm integer, ver integer,
            dty integer, usn integer, ls integer, conf text, models text, decks text, dconf text, tags text);
        create table notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text,
            flds text, sfld integer, csum integer, flags integer, data text);
        create table cards (id integer primary key, nid integer, did integer, ord integer, mod integer,
            usn integer, type integer, queue integer, due integer, ivl integer, factor integer, reps integer,
            lapses integer, left integer, odue integer, odid integer, flags integer, data text);
        create index ix_cards_nid on cards (nid);
        create table fields (ntid integer, ord integer, name text collate unicase, config blob,
            primary key (ntid, ord)) without rowid;
        create table notetypes (id integer primary key, name text collate unicase, mtime_secs integer,
            usn integer, config blob);
        create table decks (name text primary key collate unicase, id integer, mtime_secs integer, usn integer,
            common blob, kind blob);
        insert into col values (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '');
        insert into notetypes values (1, 'Basic', 0, 0, x''), (2, 'Cloze', 0, 0, x'0801');
        insert into fields values (1, 0, 'Front', x''), (1, 1, 'Back', x''), (2, 0, 'Text', x''),
            (2, 1, 'Back Extra', x'');
        insert into decks values ('Big', 10, 0, 0, x'', x''), ('Big' || char(31) || 'Part', 11, 0, 0, x'', x'');
    """)
    rng = random.Random(7)
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
    for i in range(notes):
        name = "Term %d %s" % (i, rng.choice(words))
        if i % 10 == 0:
            mid, flds = 2, "{{c1::%s}} is <b>used</b> for %s\x1fextra" % (name, " ".join(rng.choices(words, k=12)))
        else:
            mid, flds = 1, "%s\x1f<div>%s</div><br>More &amp; more." % (name, " ".join(rng.choices(words, k=25)))
        c.execute("insert into notes values (?, ?, ?, 0, 0, ' tag1 tag2 ', ?, ?, 0, 0, '')",
                  (i + 1, "g%08d" % i, mid, flds, name))
        c.execute("insert into cards values (?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                  (i + 1, i + 1, 10 + i % 2))
    c.commit()
    c.close()
    subprocess.run(["zstd", "-q", "-f", db, "-o", db + ".zst"], check=True)
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("meta"), b"\x08\x03")
        z.write(db + ".zst", "collection.anki21b")
    for name in (db, db + ".zst"):
        os.remove(name)
    os.rmdir(work)


if __name__ == "__main__":
    main()
