"""A baseline of accepted findings, for adopting the strict hook on an existing codebase.

Entries are fingerprints without line numbers: (path, code, enclosing function, normalised
call text) with a count.  Moving or reformatting code keeps it baselined; a second identical
call in the same function is new.  Paths are relative to the baseline file's directory.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from collections import Counter
from collections.abc import Iterable
from collections.abc import Sequence

from check_llm_usage.findings import Finding
from check_llm_usage.files import relative
from check_llm_usage.records import NamedTuple
from check_llm_usage.source import read_settings
from check_llm_usage.source import require_regular_file

VERSION = 1
Key = tuple[str, str, str, str]
_FIELDS = ('path', 'code', 'function', 'call')


class BaselineError(Exception):
    """A baseline file that cannot be read; the message is one line."""


class Stale(NamedTuple):
    """A baseline entry that matches fewer findings than its count."""

    key: Key
    count: int
    missing: int


def key(finding: Finding, root: str) -> Key:
    """The fingerprint of a finding: no line, no column, the path relative to ``root``."""
    return (relative(finding.path, root), finding.code, finding.function, finding.call or finding.message)


def root_of(path: str) -> str:
    """The directory a baseline file's paths are relative to."""
    return os.path.dirname(os.path.abspath(path))


def dumps(findings: Iterable[Finding], root: str) -> str:
    """The baseline JSON for ``findings``: sorted entries, one count per fingerprint."""
    counts = Counter(key(f, root) for f in findings)
    entries = [{**dict(zip(_FIELDS, k)), 'count': n} for k, n in sorted(counts.items())]
    return json.dumps({'version': VERSION, 'entries': entries}, indent=2, ensure_ascii=False) + '\n'


def write(path: str, findings: Sequence[Finding]) -> int:
    """Write the baseline of ``findings`` to ``path``; the number of findings recorded.

    The new file replaces the old one only when complete (a failed write keeps the old
    baseline), and only a regular file (or nothing) is replaced, also through a symlink.
    """
    # undecodable file-name bytes (lone surrogates) become \udcXX escapes: valid UTF-8 that loads back
    data = dumps(findings, root_of(path)).encode('utf-8', 'backslashreplace')
    target = os.path.realpath(path)
    try:
        mode = _mode_for(target)
        descriptor, temporary = tempfile.mkstemp(
            prefix=f'.{os.path.basename(target)}.', suffix='.tmp', dir=os.path.dirname(target),
        )
        try:
            with open(descriptor, 'wb') as f:
                f.write(data)
            os.chmod(temporary, mode)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as exc:
        raise BaselineError(f'{path}: cannot write it ({exc.strerror or exc})') from None
    return len(findings)


def _mode_for(target: str) -> int:
    """The permission bits of the file replacing ``target``: its own, or what umask gives a new file."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
    require_regular_file(info.st_mode)
    return stat.S_IMODE(info.st_mode)


def load(path: str) -> Counter[Key]:
    """The entries of a baseline file, as fingerprint counts."""
    try:
        data = json.loads(read_settings(path).decode('utf-8'))
    except OSError as exc:
        raise BaselineError(f'{path}: cannot read it ({exc.strerror or exc})') from None
    except ValueError as exc:  # UnicodeDecodeError too
        raise BaselineError(f'{path}: not a baseline file (invalid JSON: {exc})') from None
    except RecursionError:
        raise BaselineError(f'{path}: not a baseline file (nested too deeply)') from None
    entries = data.get('entries') if isinstance(data, dict) else None
    if not isinstance(entries, list) or data.get('version') != VERSION:
        raise BaselineError(f'{path}: not a version {VERSION} baseline file (write one with --write-baseline)')
    counts: Counter[Key] = Counter()
    for number, entry in enumerate(entries, 1):
        valid = isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in _FIELDS)
        if not valid or not isinstance(entry.get('count'), int) or entry['count'] < 1:
            raise BaselineError(f'{path}: entry {number} needs string path, code, function, call and a count >= 1')
        counts[tuple(entry[k] for k in _FIELDS)] += entry['count']  # type: ignore[index]
    return counts


def split(findings: Sequence[Finding], accepted: Counter[Key], root: str) -> tuple[list[Finding], list[Finding]]:
    """(new, baselined): each entry absorbs up to its count of matching findings, first lines first."""
    remaining = accepted.copy()
    new, baselined = [], []
    for finding in sorted(findings, key=lambda f: (f.path, f.line, f.column, f.code)):
        k = key(finding, root)
        if remaining[k] > 0:
            remaining[k] -= 1
            baselined.append(finding)
        else:
            new.append(finding)
    return new, baselined


def stale(accepted: Counter[Key], findings: Sequence[Finding], checked: Iterable[str], root: str) -> list[Stale]:
    """Entries for the checked files that match fewer findings than their count."""
    paths = {relative(p, root) for p in checked}
    found = Counter(key(f, root) for f in findings)
    return [
        Stale(k, n, n - found[k]) for k, n in sorted(accepted.items())
        if k[0] in paths and found[k] < n
    ]


def describe(entry: Stale) -> str:
    """One line for a stale entry."""
    path, code, function, call = entry.key
    where = f' in {function}' if function else ''
    return f'{path}: {code}{where}: {call} ({entry.missing} of {entry.count} no longer found)'


def occurrence_fingerprints(findings: Sequence[Finding]) -> list[str]:
    """A stable hash per finding: its baseline key plus its rank among identical ones."""
    seen: Counter[Key] = Counter()
    hashes = []
    for finding in findings:
        k = key(finding, os.getcwd())
        hashes.append(hashlib.sha256(json.dumps([*k, seen[k]]).encode('utf-8')).hexdigest()[:32])
        seen[k] += 1
    return hashes
