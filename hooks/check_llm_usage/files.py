"""Which files to check: the arguments, a walk of directories, or the git repository."""
from __future__ import annotations

import functools
import os
import stat
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence

# directories a walk never enters: VCS data, caches, installed environments
_SKIP_DIRS = frozenset(('__pycache__', 'node_modules', 'site-packages'))


class UsageError(Exception):
    """Something the user asked for that cannot be done (exit 2)."""


def is_python(path: str) -> bool:
    """True if pre-commit's ``types: [python]`` would select ``path`` (tags by identify)."""
    from identify.identify import tags_from_path

    try:
        return 'python' in tags_from_path(path)
    except (ValueError, OSError):
        return False


def git_files() -> list[str]:
    """The files git tracks under the current directory, as relative paths."""
    import subprocess  # only this way of finding files needs it

    try:
        out = subprocess.run(
            ('git', 'ls-files', '-z'), capture_output=True, check=True,
        ).stdout
    except FileNotFoundError:
        raise UsageError('git is not installed; pass files or directories to check') from None
    except subprocess.CalledProcessError:
        raise UsageError('not inside a git repository; pass files or directories to check') from None
    return [os.fsdecode(p) for p in out.split(b'\0') if p]


def walk(directory: str, unlisted: list[tuple[str, str]] | None = None) -> Iterator[os.DirEntry[str]]:
    """The files below ``directory`` (not directories), skipping hidden directories, caches and
    virtualenvs; a directory that cannot be listed is skipped, with its reason in ``unlisted``."""
    pending = [directory]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            if unlisted is not None:
                unlisted.append((current, exc.strerror or str(exc)))
            continue
        inside = []
        for entry in entries:
            if not entry.is_dir(follow_symlinks=False):
                yield entry
            elif not (
                entry.name.startswith('.') or entry.name in _SKIP_DIRS
                or os.path.exists(os.path.join(entry.path, 'pyvenv.cfg'))
            ):
                inside.append(entry.path)
        pending.extend(reversed(inside))  # depth first, in name order


def _is_python_entry(entry: os.DirEntry[str]) -> bool:
    """``is_python`` for a walked file, without a system call when its name decides."""
    # identify reads a regular file only when its name gives no tags (a shebang, text or binary);
    # a .py extension always gives python (its name tags can only add to that)
    if entry.is_file(follow_symlinks=False):
        if entry.name.endswith('.py'):
            return True
        from identify.identify import tags_from_filename

        tags = tags_from_filename(entry.name)
        if tags:
            return 'python' in tags
    return is_python(entry.path)


def collect(
    arguments: Iterable[str], respect_gitignore: bool = True, unlisted: list[tuple[str, str]] | None = None,
) -> list[str]:
    """The paths to check: files as given, Python files in directories, or the repository.

    Inside a git repository a directory yields what the walk would, less what git ignores
    (``.gitignore``, ``.git/info/exclude``, the global excludes file), as ruff does.
    Directories a walk cannot list go to ``unlisted`` with the reason.
    """
    arguments = list(arguments)
    if not arguments:
        return [p for p in git_files() if os.path.lexists(p) and is_python(p)]
    paths: list[str] = []
    for argument in arguments:
        if not os.path.isdir(argument):
            paths.append(argument)
            continue
        listed = _git_walk(argument) if respect_gitignore else None
        if listed is None:
            paths.extend(entry.path for entry in walk(argument, unlisted) if _is_python_entry(entry))
        else:
            paths.extend(listed)
    return paths


def _git_walk(directory: str) -> list[str] | None:
    """The Python files below ``directory`` that git tracks or would track (not ignored), with the
    walk's skips; None outside git, or for a directory that git ignores as a whole."""
    if not _below_a_git_directory(directory):
        return None  # no git process at all (it costs 5 ms, and file descriptors)
    import subprocess

    command = ('git', '-C', directory, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
    try:
        out = subprocess.run(command, capture_output=True, check=True).stdout
        if not out and subprocess.run(('git', '-C', directory, 'check-ignore', '-q', '.'), capture_output=True).returncode == 0:
            return None  # named on the command line: walked as outside git
    except (OSError, subprocess.CalledProcessError):  # no git, or not a repository
        return None
    paths: list[str] = []
    skipped: dict[str, bool] = {}
    for name in sorted({os.fsdecode(p).rstrip('/') for p in out.split(b'\0') if p}):
        parts = name.split('/')
        if any(_skipped(directory, parts[:i], skipped) for i in range(1, len(parts))):
            continue
        path = os.path.join(directory, *parts)
        if os.path.isdir(path) and not os.path.islink(path):
            # a repository inside this one (untracked, or a submodule): its own files and ignores
            if not _skipped(directory, parts, skipped):
                paths.extend(_git_walk(path) or ())
        elif _is_python_file(path):
            paths.append(path)
    return paths


def _below_a_git_directory(directory: str) -> bool:
    """True if ``directory`` or a parent holds ``.git`` (git itself then decides)."""
    path = os.path.abspath(directory)
    while not os.path.exists(os.path.join(path, '.git')):
        parent = os.path.dirname(path)
        if parent == path:
            return False
        path = parent
    return True


def _skipped(root: str, parts: list[str], known: dict[str, bool]) -> bool:
    """True if ``walk`` never enters the directory ``root/parts...`` (hidden, a cache, a virtualenv)."""
    key = '/'.join(parts)
    if key not in known:
        known[key] = (
            parts[-1].startswith('.') or parts[-1] in _SKIP_DIRS
            or os.path.exists(os.path.join(root, *parts, 'pyvenv.cfg'))
        )
    return known[key]


def _is_python_file(path: str) -> bool:
    """``is_python`` without identify for a regular ``.py`` file (its name decides)."""
    try:
        if path.endswith('.py') and stat.S_ISREG(os.lstat(path).st_mode):
            return True
    except OSError:  # tracked, but deleted in the work tree
        return False
    return is_python(path)


def compile_patterns(patterns: Iterable[str]) -> Callable[[str], bool] | None:
    """A test of ``/``-separated relative paths against gitignore-style patterns (None: no patterns).

    ``dir/`` matches a directory at any depth, ``a/b.py`` matches that path at any depth,
    a leading ``/`` anchors to the project root; ``*``, ``?``, ``[a-z]``, ``[!a-z]``, ``\\``
    escapes and ``**`` work as in git (``**`` alone: every path).  Wildcards are matched by a
    greedy scan with one backtrack point per level (at most patterns x path steps), never by a
    regex that a hostile pattern could make backtrack for minutes.
    """
    compiled = [items for items in map(_pattern, patterns) if items]
    literal = [names for names in map(_literal, compiled) if names is not None]
    wild = [items for items in compiled if _literal(items) is None]
    if not compiled:
        return None
    # literal names (the default skip list, ``tests/``): string tests of '/' + path (no regex to
    # import or compile: the hook's start-up time; nothing that could backtrack)
    anchored = tuple(f'{names}/' for names, at_root, _ in literal if at_root)
    whole = frozenset(names for names, at_root, directory_only in literal if at_root and not directory_only)
    inside = tuple(f'{names}/' for names, at_root, _ in literal if not at_root)
    last = tuple(names for names, at_root, directory_only in literal if not at_root and not directory_only)

    def test(path: str) -> bool:
        slashed = f'/{path}'
        if slashed.startswith(anchored) or slashed in whole or slashed.endswith(last):
            return True
        for names in inside:  # a loop: a generator costs more than these few tests
            if names in slashed:
                return True
        return bool(wild) and any(_match(items, path.split('/'), _name_matches) for items in wild)

    return test


def _literal(items: list[object]) -> tuple[str, bool, bool] | None:
    """A pattern of plain names (``**`` at most at either end) as ``('/a/b', anchored,
    directory_only)``: it matches those names followed by a ``/`` or, unless directory_only,
    the end of the path; else None."""
    directory_only = items[-2:] == [_ANY_NAME, _ANY]
    names = items[1 if items[0] is _ANY else 0:-2 if directory_only else -1]
    if not names or not all(isinstance(name, str) for name in names):
        return None
    return '/' + '/'.join(names), items[0] is not _ANY, directory_only  # type: ignore[arg-type]


# a pattern item matching any number of path components (``**``), or of characters (``*``)
_ANY = object()
_ONE_CHAR = object()
_ANY_NAME = (_ANY,)  # ``*``: any one name


def _pattern(pattern: str) -> list[object]:
    """The items a path's components must match in order: ``_ANY`` or one name's pattern."""
    anchored = pattern.startswith('/')
    directory_only = pattern.endswith('/')
    parts = [p for p in pattern.strip('/').split('/') if p]
    if parts and parts[-1] == '**':
        parts.pop()
        directory_only = True
    if not parts:  # '' and '/' match nothing (config refuses them); '**' every path, '**/' every one in a directory
        if not pattern.strip('/'):
            return []
        return [_ANY_NAME, _ANY_NAME, _ANY] if pattern.endswith('/') else [_ANY]
    items: list[object] = [] if anchored else [_ANY]
    for part in parts:
        items.append(_ANY if part == '**' else _name(part))
    # a match may end at a directory: what follows it is inside
    items += [_ANY_NAME, _ANY] if directory_only else [_ANY]
    return [item for i, item in enumerate(items) if not (item is _ANY and i and items[i - 1] is _ANY)]


def _name(part: str) -> object:
    """One component's pattern: a plain string, or a tuple of ``_ANY`` / ``_ONE_CHAR`` / chars / classes."""
    tokens: list[object] = []
    i = 0
    while i < len(part):
        c = part[i]
        if c == '\\' and i + 1 < len(part):
            tokens.append(part[i + 1])
            i += 2
            continue
        if c == '[':
            end = part.find(']', i + 2)  # a ']' right after '[' (or '[!') is a member
            if part[i + 1:i + 2] in ('!', '^'):
                end = part.find(']', i + 3)
            if end > 0:
                tokens.append(_CharClass(part[i + 1:end]))
                i = end + 1
                continue
        if c == '*':
            if not tokens or tokens[-1] is not _ANY:
                tokens.append(_ANY)
        else:
            tokens.append(_ONE_CHAR if c == '?' else c)
        i += 1
    if all(isinstance(t, str) for t in tokens):
        return ''.join(tokens)  # type: ignore[arg-type]
    return tuple(tokens)


class _CharClass:
    """``[abc]``, ``[a-z]``, ``[!abc]``: one character in (or not in) the set."""

    def __init__(self, spec: str) -> None:
        self.negated = spec[:1] in ('!', '^')
        spec = spec[1:] if self.negated else spec
        self.ranges = []
        i = 0
        while i < len(spec):
            if i + 2 < len(spec) and spec[i + 1] == '-':
                self.ranges.append((spec[i], spec[i + 2]))
                i += 3
            else:
                self.ranges.append((spec[i], spec[i]))
                i += 1

    def __eq__(self, char: object) -> bool:
        inside = any(low <= char <= high for low, high in self.ranges)  # type: ignore[operator]
        return inside != self.negated

    __hash__ = None  # type: ignore[assignment]


def _name_matches(pattern: object, name: str) -> bool:
    if isinstance(pattern, str):
        return pattern == name
    return _match(pattern, name, _char_matches)  # type: ignore[arg-type]


def _char_matches(token: object, char: str) -> bool:
    return token is _ONE_CHAR or token == char


def _match(items: Sequence[object], subject: Sequence[str], matches: Callable[[object, str], bool]) -> bool:
    """True if ``subject`` matches ``items`` whole, ``_ANY`` matching any run of its elements.

    The classic wildcard scan: on a mismatch, only the latest ``_ANY`` takes one more element,
    so the work is at most len(items) * len(subject) comparisons.
    """
    i = j = 0
    star = -1
    resume = 0
    while j < len(subject):
        if i < len(items) and items[i] is _ANY:
            star, resume = i, j
            i += 1
        elif i < len(items) and matches(items[i], subject[j]):
            i += 1
            j += 1
        elif star >= 0:
            resume += 1
            i, j = star + 1, resume
        else:
            return False
    return all(item is _ANY for item in items[i:])


def relative(path: str, root: str | None = None) -> str:
    """``path`` relative to ``root`` (default: the current directory), with ``/`` separators."""
    normal = os.path.normpath(path)
    if os.path.isabs(normal) or root is not None:
        directory, name = os.path.split(normal)
        normal = os.path.normpath(os.path.join(_relative_directory(directory, root, os.getcwd()), name))
    return normal.replace(os.sep, '/')


@functools.lru_cache(maxsize=None)
def _relative_directory(directory: str, root: str | None, cwd: str) -> str:
    # once per directory: relpath costs more than the check of a file that needs no parsing;
    # ``cwd`` is part of the cache key because abspath and relpath read it
    try:
        return os.path.relpath(os.path.abspath(directory), root)
    except ValueError:  # another drive on Windows
        return directory
