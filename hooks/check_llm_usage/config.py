"""``[tool.check-llm-usage]`` in pyproject.toml: find it, read it, validate every key."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable

from check_llm_usage import catalogue
from check_llm_usage import files
from check_llm_usage.checker import DEFAULT_TOKEN_ATTRIBUTES
from check_llm_usage.checker import Options
from check_llm_usage.records import NamedTuple
from check_llm_usage.source import DEFAULT_MAX_FILE_SIZE
from check_llm_usage.source import pyprojects
from check_llm_usage.source import read_settings

# typing.TYPE_CHECKING without importing typing (the hook's start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from check_llm_usage.findings import Advice

TABLE = 'check-llm-usage'


class ConfigError(Exception):
    """A configuration that cannot be used; the message is one line naming the key."""


class Config(NamedTuple):
    """The settings of a run, from the config file, then overridden by the command line."""

    tracker_context_managers: tuple[str, ...] = (catalogue.DEFAULT_TRACKER,)
    tracker_decorators: tuple[str, ...] = ()
    exclude: tuple[str, ...] = catalogue.DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    allowed_base_urls: tuple[str, ...] = ()
    token_attributes: tuple[str, ...] = DEFAULT_TOKEN_ATTRIBUTES
    # the team's usage-tracked path, named in every finding's advice
    use_instead: str = catalogue.TRACKED_PATH
    # follow names imported from the repository's own modules; more directories to find them in
    follow_imports: bool = True
    roots: tuple[str, ...] = ()
    # objects whose method calls are LLM calls, for what no static reading sees (a DI container)
    llm_objects: tuple[str, ...] = ()
    # inside git, a walked directory leaves out what git ignores
    respect_gitignore: bool = True
    # the directory that exclude and per-file-ignores patterns (and roots) are relative to
    root: str = '.'


_LISTS = {
    'tracker-context-managers': 'tracker_context_managers',
    'tracker-decorators': 'tracker_decorators',
    'exclude': 'exclude',
    'extend-exclude': 'extend_exclude',
    'select': 'select',
    'ignore': 'ignore',
    'allowed-base-urls': 'allowed_base_urls',
    'token-attributes': 'token_attributes',
    'llm-objects': 'llm_objects',
}
_BOOLEANS = {'follow-imports': 'follow_imports', 'respect-gitignore': 'respect_gitignore'}
KEYS = (*_LISTS, 'per-file-ignores', 'use-instead', *_BOOLEANS, 'roots')
# find() parses the file it returns; load() must not parse it again
_PARSED: dict[tuple[str, bytes], dict[str, Any]] = {}


def find(start: str, unreadable: list[str] | None = None) -> str | None:
    """The nearest pyproject.toml at or above ``start`` that has a ``[tool.check-llm-usage]`` table.

    One that cannot be read is passed over (often a parent directory's, nothing to do with us),
    with a note in ``unreadable``.
    """
    for candidate in pyprojects(start):
        try:
            data = read_settings(candidate)
        except OSError as exc:
            if unreadable is not None:
                unreadable.append(f'{candidate}: cannot read it ({exc.strerror or exc}); settings in it, if any, are not used')
            continue
        # most projects have a pyproject.toml; parse only one that names our table (or a misspelling)
        if mentions_table(data):
            tool = _parse(candidate).get('tool', {})
            if isinstance(tool, dict) and (TABLE in tool or _misspelt(tool)):
                return candidate
    return None


def mentions_table(data: bytes) -> bool:
    """True if a TOML file's bytes could hold our table, also as ``check_llm_usage`` or in capitals."""
    return TABLE.encode() in data.lower().replace(b'_', b'-')


def _misspelt(tool: dict[str, Any]) -> list[str]:
    return [name for name in tool if name != TABLE and name.lower().replace('_', '-') == TABLE]


def load(path: str) -> Config:
    """The validated settings of ``[tool.check-llm-usage]`` in the TOML file ``path``."""
    tool = _parse(path).get('tool', {})
    for name in _misspelt(tool) if isinstance(tool, dict) else ():
        raise ConfigError(f'{path}: [tool.{name}] is not read; the table is [tool.{TABLE}]')
    table = tool.get(TABLE) if isinstance(tool, dict) else None
    if not isinstance(table, dict):
        raise ConfigError(f'{path}: no [tool.{TABLE}] table')
    settings: dict[str, Any] = {'root': os.path.dirname(os.path.abspath(path))}
    for key, value in table.items():
        where = f'{path}: [tool.{TABLE}] {key!r}'
        if key == 'per-file-ignores':
            settings['per_file_ignores'] = _per_file_ignores(value, where)
        elif key in _BOOLEANS:
            if not isinstance(value, bool):
                raise ConfigError(f'{where} must be true or false, not {_toml_type(value)}')
            settings[_BOOLEANS[key]] = value
        elif key == 'roots':
            settings['roots'] = tuple(os.path.join(settings['root'], r) for r in _strings(value, where))
        elif key in _LISTS:
            settings[_LISTS[key]] = _strings(value, where)
            for pattern in settings[_LISTS[key]] if key in ('exclude', 'extend-exclude') else ():
                _require_pattern(pattern, f'{where} {pattern!r}')
        elif key == 'use-instead':
            settings['use_instead'] = _name(value, where)
        else:
            raise ConfigError(f'{path}: [tool.{TABLE}] unknown key {key!r} (known keys: {", ".join(KEYS)})')
    config = Config(**settings)
    for key in ('select', 'ignore'):
        codes(getattr(config, key) or (), f'{path}: [tool.{TABLE}] {key!r}')
    if config.select == ():
        raise ConfigError(f"{path}: [tool.{TABLE}] 'select' is empty; it would report nothing")
    if not config.token_attributes:
        raise ConfigError(f'{path}: [tool.{TABLE}] \'token-attributes\' must not be empty')
    return config


def codes(names: Iterable[str], where: str) -> frozenset[str]:
    """Rule codes for codes and group names (``LLM001``, ``openai``, ``ALL``)."""
    from check_llm_usage import rules

    found: set[str] = set()
    for name in names:
        if name.upper() == 'ALL':
            found.update(rules.BY_CODE)
        elif name.upper() in rules.BY_CODE:
            found.add(name.upper())
        elif name in rules.GROUPS:
            found.update(r.code for r in rules.RULES if r.group == name)
        else:
            raise ConfigError(
                f'{where}: unknown rule {name!r} (a code like LLM001, a group like openai, '
                'or ALL; see --list-rules)'
            )
    return frozenset(found)


def enabled(config: Config) -> frozenset[str] | None:
    """The codes a run reports: ``select`` (or the default rules) minus ``ignore``.

    None when neither is set: every code the checker reports by default.
    """
    if config.select is None and not config.ignore:
        return None
    from check_llm_usage import rules

    if config.select is None:
        selected = frozenset(r.code for r in rules.RULES if r.default)
    else:
        selected = codes(config.select, 'select')
    return selected - codes(config.ignore, 'ignore')


def _read(path: str) -> bytes:
    try:
        return read_settings(path)
    except OSError as exc:
        raise ConfigError(f'{path}: cannot read it ({exc.strerror or exc})') from None


def _parse(path: str) -> dict[str, Any]:
    data = _read(path)
    key = (os.path.abspath(path), data)
    if key not in _PARSED:
        _PARSED[key] = _parse_toml(path, data)
    return _PARSED[key]


def _parse_toml(path: str, data: bytes) -> dict[str, Any]:
    # imported only when there is a file to parse: start-up time matters for a hook
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    try:
        return tomllib.loads(data.decode('utf-8'))
    except UnicodeDecodeError:
        raise ConfigError(f'{path}: invalid TOML: not UTF-8') from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f'{path}: invalid TOML: {" ".join(str(exc).split())}') from None
    except RecursionError:
        raise ConfigError(f'{path}: invalid TOML: nested too deeply') from None


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        found = 'an array with a non-string item' if isinstance(value, list) else _toml_type(value)
        raise ConfigError(f'{where} must be a list of strings, not {found}')
    return tuple(value)


def _name(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f'{where} must be a string, not {_toml_type(value)}')
    if not value.strip():
        raise ConfigError(f'{where} must not be empty')
    return value.strip()


def options(config: Config, inventory: bool = False, max_bytes: int = DEFAULT_MAX_FILE_SIZE) -> Options:
    """What the checker needs from these settings."""
    return Options(
        trackers=config.tracker_context_managers, decorators=config.tracker_decorators,
        allowed_base_urls=config.allowed_base_urls, token_attributes=config.token_attributes,
        inventory=inventory, codes=enabled(config), max_bytes=max_bytes,
        follow_imports=config.follow_imports, roots=config.roots, llm_objects=config.llm_objects,
    )


class PathRules:
    """Which paths ``exclude`` / ``extend-exclude`` skip, and which codes ``per-file-ignores`` drop where."""

    def __init__(self, config: Config) -> None:
        self._excluded = files.compile_patterns((*config.exclude, *config.extend_exclude))
        self._per_file = [(files.compile_patterns([p]), codes(c, p)) for p, c in config.per_file_ignores]
        # paths are already relative to the current directory; relpath on each costs more than its check
        self._root = None if os.path.abspath(config.root) == os.getcwd() else config.root

    def excludes(self, path: str) -> bool:
        """True if ``path`` is not to be checked."""
        return self._excluded is not None and self._excluded(files.relative(path, self._root))

    def ignores(self, path: str) -> frozenset[str]:
        """The codes not reported in ``path``."""
        if not self._per_file:
            return frozenset()
        where = files.relative(path, self._root)
        return frozenset(c for pattern, ignored in self._per_file if pattern and pattern(where) for c in ignored)


def advice(config: Config) -> Advice:
    """What findings tell people to write instead: the team's path and its first tracker."""
    from check_llm_usage.findings import Advice

    tracker = config.tracker_context_managers[0] if config.tracker_context_managers else catalogue.DEFAULT_TRACKER
    return Advice(config.use_instead, tracker)


def _per_file_ignores(value: object, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f'{where} must be a table of pattern = [codes], not {_toml_type(value)}')
    table = []
    for pattern, names in value.items():
        inner = f'{where} {pattern!r}'
        _require_pattern(pattern, inner)
        ignored = _strings(names, inner)
        codes(ignored, inner)
        table.append((pattern, ignored))
    return tuple(table)


def _require_pattern(pattern: str, where: str) -> None:
    if not pattern.strip('/'):  # gitignore reads it as no pattern at all: say so, not nothing
        raise ConfigError(f'{where}: an empty pattern matches nothing ("**" matches every path)')


def _toml_type(value: object) -> str:
    names = {bool: 'a boolean', int: 'an integer', float: 'a float', str: 'a string', dict: 'a table', list: 'an array'}
    return names.get(type(value), type(value).__name__)
