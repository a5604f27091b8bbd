"""Rebuild bench/data/real/: real books and non-Latin prose for the speed benchmark (issue 12).

Usage: ``python tools/build_real_corpus.py [--mirror DIR] [--out DIR] [--kinds KIND...]``

Each file is one file of a public GitHub repository at a fixed commit, read from a bare
git snapshot of that repository (``DIR/<owner>+<name>/repo``, as the session tool ``fetch``
lays them out; ``git clone --bare`` works too). Its bytes are kept exactly as distributed:
Project Gutenberg header and footer, CRLF line ends, byte-order mark and ISO-8859-1
encoding included. The git blob id of every file is checked before it is written, so a
rebuilt file is the file recorded in ``bench/data/real/README.md``. Files are stored with
``gzip -9n`` (no name, no time stamp: the same bytes on every machine).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "real"
MIRROR = Path("/work/.mirror")
KINDS = ("books", "nonlatin", "held-out")


@dataclass(frozen=True)
class Source:
    """One file of the corpus: where it comes from and the git blob id it must have."""

    kind: str  # "books", "nonlatin" or "held-out": the folder under bench/data/real/
    name: str  # the file name, without .txt.gz
    repo: str  # owner/name on GitHub
    commit: str
    path: str  # the file's path in the repository at that commit
    blob: str  # its git blob id (``git hash-object``), checked before writing


SOURCES = (
    Source("books", "melville_moby_dick_en", "GITenberg/Moby-Dick--Or-The-Whale_2701",
           "bdf1948e6cd00963730971e5624e764a35f238c3", "2701-0.txt",
           "f50127206f5b53eb48eceb1f75974656a8521199"),
    Source("books", "dickens_tale_of_two_cities_en", "GITenberg/A-Tale-of-Two-Cities_98",
           "0f6111bc7237af7375295ec1754c2e57e19f67f1", "98-0.txt",
           "ad708806871035a97c675912bed9f4b385ec90ef"),
    Source("books", "austen_pride_and_prejudice_en", "GITenberg/Pride-and-Prejudice_1342",
           "81db45c9c48c592f0b77f01fc59e677ad0a5634e", "1342-0.txt",
           "20c3737a33af2501e4c0597285ad630ef42e8e46"),
    Source("books", "tolstoy_war_and_peace_en", "GITenberg/War-and-Peace_2600",
           "fa22ab90f00f627e83d14acabe32d91602d2365d", "2600-0.txt",
           "1fee19aa79250cb1a8d71f722514f4f513b1f4fd"),
    Source("books", "verne_voyage_au_centre_de_la_terre_fr",
           "GITenberg/Voyage-au-Centre-de-la-Terre_4791",
           "d1e9a0a0f5f9163c4b1782f3b1e07fb3f423d2e2", "4791-8.txt",
           "9d51170eb16b8a9431648faa27b693f04e44f24d"),
    Source("books", "kafka_die_verwandlung_de", "GITenberg/Die-Verwandlung_22367",
           "dd2beec59176851bfb071689539d6091b3d95d11", "22367-8.txt",
           "54a6f9296a436d71c6db6350d58a4b3c0dccd48a"),
    Source("books", "nietzsche_also_sprach_zarathustra_de",
           "GITenberg/Also-sprach-Zarathustra--Ein-Buch-f-r-Alle-und-Keinen_7205",
           "9500ad9de2fb3f690d0517b3213a229aef6b73bf", "7205-8.txt",
           "e295abe97cdfd436eb236789889b73e8576e5f02"),
    Source("nonlatin", "cao_hong_lou_meng_zh", "gutenbergbooks/24264",
           "1eabcbb135f18e31dc1141927ab634811ef18701", "24264-0.txt",
           "5b7270aa26c401ecf8c57fb1e06008645006f9a9"),
    Source("nonlatin", "wu_xi_you_ji_zh", "gutenbergbooks/23962",
           "a36b0b10ed4eb7218574f08edfd3e01b07cbb07e", "23962-0.txt",
           "14c004fa286da786f3f390f8589cf6694b984b9c"),
    Source("nonlatin", "dostoevsky_bratya_karamazovy_ru", "d0rj/RusLit",
           "4509680428729da225a73a22008133660f92bb7e",
           "prose/Dostoevsky/Братья Карамазовы.txt",
           "a157a2e4baaaec087b2a819674c00e8357145f3c"),
    Source("nonlatin", "tolstoy_anna_karenina_ru", "d0rj/RusLit",
           "4509680428729da225a73a22008133660f92bb7e", "prose/Tolstoy/Анна Каренина.txt",
           "f8ab63f5a26d30ee8b85f167e5997482bc86b04c"),
    Source("nonlatin", "greek_law_4782_2021_el", "kafidas/just-text",
           "e45dc9e219252c5fb478e315a43248b65ceaaed5", "2021/n4782.txt",
           "8ea22c4bb424a1a431f77a614477b5604fc12494"),
    Source("nonlatin", "greek_law_4781_2021_el", "kafidas/just-text",
           "e45dc9e219252c5fb478e315a43248b65ceaaed5", "2021/n4781.txt",
           "b8472514ab4cff63a628f62827ab33fc5f84a72e"),
    # Held out of speed tuning (bench/bench_held_out_books.py): books in verse, archaic or
    # coined English, and five other languages, timed once a session, never tuned on.
    Source("held-out", "joyce_ulysses_en", "GITenberg/Ulysses_4300",
           "fcbee188040e6c75e114f867829f0ab172b1941e", "4300-0.txt",
           "b2300b64c6517c83b5a367943448b1c0208d813f"),
    Source("held-out", "chaucer_canterbury_tales_en",
           "GITenberg/The-Canterbury-Tales-and-Other-Poems_2383",
           "4906141bf9fa87973dab4b2922bfe55e67c5d812", "2383.txt",
           "49c76adca693c7199a5e9c2f0ae5aba873aed128"),
    Source("held-out", "homer_iliad_pope_en", "GITenberg/The-Iliad_6130",
           "8642a61c8d78e627f6b8d2289d748d53d2276a16", "6130-0.txt",
           "ce844f29c2b3363672a8fdee2272ad33fbdc078e"),
    Source("held-out", "milton_paradise_lost_en", "GITenberg/Paradise-Lost_26",
           "f8a842d2545f1233125ec09293293f0c3b8fd718", "26.txt",
           "e792b429a8533f2696136af342bdaee87698e035"),
    Source("held-out", "sun_tzu_art_of_war_en", "GITenberg/The-Art-of-War_132",
           "20f54ddcd9792348e59b3e87e1e694f76e19fb53", "132.txt",
           "43ca671c7408a29533c53705b50293095f99d707"),
    Source("held-out", "cervantes_don_quijote_es", "GITenberg/Don-Quijote_2000",
           "7879f2c1653ec515d125f49b177c3ef7f596bc3f", "2000-8.txt",
           "9e70755484d8ba0335892d8bb25fca7678ba3f68"),
    Source("held-out", "dante_divina_commedia_it", "GITenberg/La-Divina-Commedia-di-Dante_1012",
           "fefdc3a2d26e9fb3882d0e8deed620f98c5ede5e", "1012-0.txt",
           "75474ef18b731f6483773c2857913a44b7f52518"),
    Source("held-out", "camoes_os_lusiadas_pt", "GITenberg/Os-Lus-adas_3333",
           "622e600b9786f83b117a1770eeb45e4be1b0a9fc", "3333-8.txt",
           "14e5fa52c4bde4b867351039f60c954a14a855b8"),
    Source("held-out", "voltaire_candide_fr", "GITenberg/Candide_4650",
           "3460a8007cb70647d58967f12ff6b97015b73949", "4650-8.txt",
           "1f333615aacad3be01fd2e1871f009fb82513a2f"),
    Source("held-out", "mann_der_tod_in_venedig_de", "GITenberg/Der-Tod-in-Venedig_12108",
           "c87897729c56b6454ebb2ea20fb1e764faeb5f4a", "12108-8.txt",
           "491a29d1815821618f9d1ba91c54b69913119c44"),
)  # fmt: skip


def git_blob_id(data: bytes) -> str:
    """The id git gives a file with these bytes (``git hash-object``).

    >>> git_blob_id(b"")
    'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'
    """
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def read_source(source: Source, mirror: Path) -> bytes:
    """The file's bytes at its commit, checked against its recorded blob id."""
    git_dir = mirror / source.repo.replace("/", "+") / "repo"
    if (git_dir / ".git").is_dir():  # (a snapshot with a work tree's layout)
        git_dir = git_dir / ".git"
    data = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{source.commit}:{source.path}"],
        check=True,
        capture_output=True,
    ).stdout
    if git_blob_id(data) != source.blob:
        raise ValueError(f"{source.repo}:{source.path}: not the recorded file")
    return data


def gzip_9n(data: bytes) -> bytes:
    """``gzip -9n``: reproducible bytes, no file name or time stamp in the header."""
    return subprocess.run(["gzip", "-9n", "-c"], input=data, check=True, capture_output=True).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=MIRROR, help="folder of bare snapshots")
    parser.add_argument("--out", type=Path, default=OUT, help="where the .txt.gz files go")
    parser.add_argument(
        "--kinds", nargs="+", default=KINDS, choices=KINDS, help="which folders to build"
    )
    args = parser.parse_args(argv)
    print("| file | bytes | .gz bytes | sha256 of the text | sha256 of the .gz |")
    print("| --- | ---: | ---: | --- | --- |")
    for source in (source for source in SOURCES if source.kind in args.kinds):
        try:
            data = read_source(source, args.mirror)
        except (OSError, ValueError, subprocess.CalledProcessError) as error:
            print(f"build_real_corpus: error: {source.repo}: {error}", file=sys.stderr)
            return 1
        packed = gzip_9n(data)
        target = args.out / source.kind / f"{source.name}.txt.gz"
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_bytes(packed)
        temporary.replace(target)
        print(
            f"| {source.kind}/{target.name} | {len(data):,} | {len(packed):,} "
            f"| `{hashlib.sha256(data).hexdigest()}` | `{hashlib.sha256(packed).hexdigest()}` |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
