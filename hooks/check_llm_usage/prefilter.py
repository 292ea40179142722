"""A sound byte-level pre-filter: parse a file only if some rule could match it.

Each rule of the catalogue needs certain words in the source to match at all: a provider
module (every resolved name starts at an import of it), every attribute of a distinctive
chain tail, or a bare litellm function name.  The words are whole identifiers, so a file
whose bytes do not contain all the words of at least one rule cannot produce a finding.
A module rule also needs its first word in an import statement, or ``import_module`` somewhere
in the file, or the module's name as a whole string beside ``__import__`` or ``sys.modules``
(the only other ways the analyzer binds a module), and one of the SDK's call words
(``call_words``) where a call can name it: as an attribute, or among the words of the import
statements.  Raw HTTP needs the literal pieces of an LLM API host, or an LLM API's path
(``chat/completions``, ``openai/deployments``) whatever the host.

The scan is staged for speed: a substring search for one anchor word per rule and two
literal-prefixed searches for import statements reject almost every file; only the rest
are checked word by word.
"""
from __future__ import annotations

import itertools
import keyword

from check_llm_usage import catalogue

# typing.TYPE_CHECKING without importing typing: re is imported only when a regex is needed
TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections import Counter
    from collections.abc import Callable
    from collections.abc import Collection
    from collections.abc import Iterator
    from typing import Any

# files with this text may hold suppression comments (see suppressions.py)
MARKER = b'llm-usage:'


class Rule(tuple):
    """What one way of matching needs in the source: ``(words, imported, host)``.

    ``words``: whole identifiers (a frozenset of bytes), all present; ``imported``: the first
    of them is a module root that an import statement names; ``host``: the words are the
    literal pieces of an LLM API host, present anywhere as bytes (a URL is a string).
    """

    # a tuple by hand: collections.namedtuple adds a tenth to the hook's start-up time
    __slots__ = ()

    def __new__(cls, words: frozenset[bytes], imported: bytes = b'', host: bool = False) -> Rule:
        return tuple.__new__(cls, (words, imported, host))

    @property
    def words(self) -> frozenset[bytes]:
        return self[0]

    @property
    def imported(self) -> bytes:
        return self[1]

    @property
    def host(self) -> bool:
        return self[2]


def rules() -> list[Rule]:
    """The rules, derived from the catalogue (every group, enabled or not)."""
    found = _unreduced_rules()
    # a rule needing more words than another (models.generate_content) adds nothing
    kept = [r for r in found if not _subsumed(r, found)]
    return sorted(kept, key=lambda r: (r.host, r.imported, sorted(r.words)))


def _unreduced_rules(hosts: bool = True) -> set[Rule]:
    found = set(_host_rules()) if hosts else set()
    for provider in catalogue.PROVIDERS:
        for module in provider.modules:  # every resolved SDK name starts at an import of one
            parts = module.encode().split(b'.')
            found.add(Rule(frozenset(parts), parts[0]))
        for tail in provider.distinctive_tails:
            found.add(Rule(frozenset(w.encode() for w in tail.split('.'))))
    for name in catalogue.UNBOUND_LITELLM_NAMES:
        found.add(Rule(frozenset((name.encode(),))))
    return found


def _host_rules() -> list[Rule]:
    # the raw-HTTP list holds every provider's hosts (a base_url names the provider through
    # its SDK's module rule, so the host rules serve raw HTTP only)
    return [
        Rule(frozenset(f.encode() for f in catalogue.host_fragments(host)), host=True)
        for host in catalogue.RAW_HTTP.hosts
    ]


def _subsumed(rule: Rule, found: set[Rule]) -> bool:
    """True if a rule needing a subset of ``rule``'s words (and no other import) is found."""
    for n in range(1, len(rule.words)):
        for words in itertools.combinations(sorted(rule.words), n):
            subset = frozenset(words)
            if Rule(subset, b'', rule.host) in found or Rule(subset, rule.imported, rule.host) in found:
                return True
    return False


def _minimal(words: set[bytes]) -> list[bytes]:
    """The words that contain no other: finding those finds every word containing one."""
    if not words:
        return []
    # kept words by their first n bytes: a word is looked up at each of its offsets, not
    # compared with every kept word (the hook builds this for every run)
    n = min(map(len, words))
    kept: dict[bytes, list[bytes]] = {}
    for word in sorted(words, key=len):  # a word can contain only shorter ones
        if not any(word.startswith(k, i) for i in range(len(word) - n + 1) for k in kept.get(word[i:i + n], ())):
            kept.setdefault(word[:n], []).append(word)
    return sorted(w for found in kept.values() for w in found)


def _anchors(rules: list[Rule]) -> list[bytes]:
    """The rules' longest words (usually the rarest), less any containing another."""
    return _minimal({max(sorted(r.words), key=len) for r in rules})


def _anchored(rules: list[Rule]) -> list[tuple[bytes, list[Rule]]]:
    """Each anchor with the rules it can start: those with a word containing it.  The other
    words are checked only after a hit."""
    return [(a, [r for r in rules if any(a in w for w in r.words)]) for a in _anchors(rules)]


def _grouped(anchored: list[tuple[bytes, list[Rule]]]) -> list[tuple[bytes, list[tuple[bytes, list[Rule]]]]]:
    """The anchors under long pieces they share (``api.``, ``_content``): one scan of a
    piece that is absent rules out every anchor containing it."""
    import collections  # here: the hook's fast path never groups

    groups: list[tuple[bytes, list[tuple[bytes, list[Rule]]]]] = []
    left = list(anchored)
    while left:
        shared: Counter[bytes] = collections.Counter()  # piece -> how many anchors contain it
        for a, _ in left:
            shared.update({a[i:j] for i in range(len(a)) for j in range(i + 4, len(a) + 1)})
        # the scans a piece saves, weighted by its length (a long piece is rarer): shared
        # pieces first, then each anchor alone
        common = max(shared, key=lambda piece: ((shared[piece] - 1) * len(piece), len(piece), piece))
        groups.append((common, [entry for entry in left if common in entry[0]]))
        left = [entry for entry in left if common not in entry[0]]
    return groups


class _once:
    """``functools.cached_property`` without importing functools (the hook's start-up time)."""

    def __init__(self, build: Callable[[_Tables], Any]) -> None:
        self.build = build

    def __get__(self, tables: _Tables, owner: type) -> Any:
        value = tables.__dict__[self.build.__name__] = self.build(tables)
        return value


class _Tables:
    """The rules and the scan tables derived from them: built on first use, not at import.

    The first files past the anchor test are checked rule by rule (each rule's words looked
    for in turn); once more bytes than ``_DIRECT_BYTES`` have been, the scan is staged over
    tables that cost milliseconds to build and repay it over many files.  Both find exactly
    the rules all of whose words are in the file.  A run whose files mention no rule word
    needs no table beyond the anchors, nor a regex.
    """

    def __init__(self) -> None:
        # every rule but the host rules (built when a file has a URL), unreduced: a rule that
        # rules() drops needs a superset of the words (and the same or no import) of one it
        # keeps, so it never decides an answer, and reducing costs more than it saves when a
        # few small files are checked
        self.unreduced = list(_unreduced_rules(hosts=False))
        # the longest word of a rule is usually its rarest; a found anchor also finds every word
        # containing it.  Host rules count only in a file with a URL.
        self.code_anchors = _anchors(self.unreduced)
        self.scanned = 0  # bytes checked word by word so far
        self.anchors_of: dict[bytes, list[tuple[bytes, frozenset[bytes]]]] = {}

    @property
    def staged(self) -> bool:
        """True once the staged scan's tables pay for themselves."""
        return self.scanned > _DIRECT_BYTES

    @_once
    def rules(self) -> list[Rule]:
        return rules()

    @_once
    def client_path_words(self) -> dict[bytes, list[frozenset[bytes]]]:
        """The names of each endpoint's path (``catalogue.client_paths``), by its last name."""
        found: dict[bytes, set[frozenset[bytes]]] = {}
        for path in catalogue.client_paths():
            found.setdefault(path[-1].encode(), set()).add(frozenset(name.encode() for name in path))
        return {last: list(paths) for last, paths in found.items()}

    @_once
    def direct_word_rules(self) -> list[Rule]:
        return [rule for rule in self.unreduced if not rule.imported]

    @_once
    def direct_host_rules(self) -> list[Rule]:
        return _host_rules()

    @_once
    def rules_by_root(self) -> dict[bytes, list[Rule]]:
        found: dict[bytes, list[Rule]] = {}
        for rule in self.unreduced:
            if rule.imported:
                found.setdefault(rule.imported, []).append(rule)
        return found

    @_once
    def call_words(self) -> dict[bytes, frozenset[bytes]]:
        return call_words()

    def call_anchors(self, root: bytes) -> list[tuple[bytes, frozenset[bytes]]]:
        """The anchors of an SDK root's call words, each with the words containing it: built
        for the roots a run meets (all of them take longer than checking a large file)."""
        if root not in self.anchors_of:
            words = self.call_words.get(root, frozenset())
            self.anchors_of[root] = [(a, frozenset(w for w in words if a in w)) for a in _minimal(set(words))]
        return self.anchors_of[root]

    @_once
    def string_roots(self) -> frozenset[bytes]:
        return frozenset(self.rules_by_root)

    @_once
    def service_names(self) -> tuple[bytes, ...]:
        return tuple(name.encode() for name in catalogue.SERVICE_CLIENTS)

    @_once
    def host_groups(self) -> list[tuple[bytes, list[tuple[bytes, list[Rule]]]]]:
        return _grouped(_anchored([rule for rule in self.rules if rule.host]))

    @_once
    def root_anchors(self) -> list[bytes]:
        return _minimal(set(self.string_roots))

    @_once
    def word_groups(self) -> list[tuple[bytes, list[tuple[bytes, list[Rule]]]]]:
        return _grouped(_anchored([rule for rule in self.rules if not rule.imported and not rule.host]))

    # literal prefixes keep these scans fast; ``from M import`` and ``import a, M as b`` name M here
    @_once
    def from_statement(self) -> re.Pattern[bytes]:
        return _compile(rb'from' + _SPACE + rb'+([^\s;#\\]+)')

    @_once
    def import_statement(self) -> re.Pattern[bytes]:
        return _compile(
            rb'import' + _SPACE + rb'+(' + _NAME + rb'(?:' + _SPACE + rb'*,' + _SPACE + rb'*' + _NAME + rb')*)'
        )

    @_once
    def url_roots(self) -> frozenset[str]:
        """The SDK and HTTP client roots: a module importing one ``reads_urls``."""
        return frozenset(r.decode() for r in (*self.http_roots, *self.string_roots))

    @_once
    def http_roots(self) -> frozenset[bytes]:
        return frozenset(name.partition('.')[0].encode() for name in catalogue.HTTP_CLIENTS)

    @_once
    def sdk_modules(self) -> frozenset[bytes]:
        return frozenset(m.encode() for p in catalogue.PROVIDERS for m in p.modules)

    @_once
    def quoted_modules(self) -> tuple[re.Pattern[bytes], ...]:
        # a whole string that is a dotted name, one pattern per quote: a search for one literal
        # character is three times faster than for either; the closing quote, not consumed,
        # may open the next string
        return tuple(_compile(q + rb'([A-Za-z_][\w.]*)(?=' + q + rb')') for q in (b'"', b"'"))

    @_once
    def quoted_roots(self) -> tuple[bytes, ...]:
        return tuple(quote + root for root in sorted(self.string_roots) for quote in (b'"', b"'"))

    @_once
    def quoted_names(self) -> re.Pattern[bytes]:
        return _compile(rb'[\'"]([A-Za-z_]\w*)')


def _compile(pattern: bytes) -> re.Pattern[bytes]:
    import re  # here, not at the top: the hook's fast path rejects most files without a regex

    return re.compile(pattern)


_BUILT: list[_Tables] = []


def _tables() -> _Tables:
    if not _BUILT:
        _BUILT.append(_Tables())
    return _BUILT[0]


def __getattr__(name: str) -> object:
    """``RULES``, ``RULE_WORDS`` and ``ANCHORS``, derived on first use (PEP 562)."""
    if name == 'RULES':
        return _tables().rules
    if name == 'RULE_WORDS':
        return [rule.words for rule in _tables().rules]
    if name == 'ANCHORS':
        return [anchor for _, group in _tables().word_groups for anchor, _ in group]
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


_LLM_API_PATH = catalogue.LLM_API_PATH.encode()
_AZURE_PATH = catalogue.AZURE_DEPLOYMENTS_PATH.strip('/').encode()
_WATSONX_PATH = catalogue.WATSONX_API_PATH.strip('/').encode()
_OLLAMA_PORT = catalogue.OLLAMA_PORT.encode()
_OLLAMA_PATHS = tuple(p.encode() for p in catalogue.OLLAMA_API_PATHS)
# every keyword and soft keyword
_KEYWORDS = tuple(k.encode() for k in (*keyword.kwlist, 'match', 'case', 'type', '_'))
_ASCII = bytes(range(128))
_CODEC_NAME_BYTES = frozenset(b'-._0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
_WORD_BYTES = frozenset(b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz')
_IDENTIFIER_START = _WORD_BYTES - frozenset(b'0123456789')
_WORDS_ONLY = bytes(c if c in _WORD_BYTES else 32 for c in range(256))  # the rest become spaces
# bytes checked rule by rule before the staged scan's tables are built (see _Tables): on the
# stdlib that costs 56 ns a byte, staged 14, and the staged tables take 10 ms to build
_DIRECT_BYTES = 256 * 1024
_SPACE = rb'(?:[ \t\f]|\\\r?\n|\\\r)'
# what may stand for the dot before an attribute's name, in code or in a string parsed as code
_ATTRIBUTE_AFTER = b'.\'"}'
_NAME = rb'[^\s,;#()\\]+(?:' + _SPACE + rb'+as' + _SPACE + rb'+[^\s,;#()\\]+)?'


def needs_parse(data: bytes, trackers: tuple[str, ...]) -> bool:
    """True if checking ``data`` means parsing it: a rule could match, or it names a tracker."""
    # a tracker block with no LLM call in it still needs its token counts (LLM100)
    return could_match(data) or any(t.rpartition('.')[2].encode() in data for t in trackers)


def could_report(data: bytes, trackers: tuple[str, ...]) -> bool:
    """False only when checking ``data`` finds nothing: no call, no tracker, no suppression comment."""
    return has_suppressions(data) or needs_parse(data, trackers)


def has_suppressions(data: bytes) -> bool:
    """False only when ``data`` has no ``# llm-usage: ignore`` and no ``# noqa: LLM...`` comment."""
    if MARKER in data:
        return True
    # a comment is on one line: ``noqa`` and an LLM code on the same one (``\n`` ends every
    # line); only the lines with ``noqa`` are looked at (splitting every line cost 0.23 s on litellm)
    for word in (b'noqa', b'NOQA'):
        at = data.find(word)
        while at >= 0:
            end = data.find(b'\n', at)
            end = len(data) if end < 0 else end
            if _names_our_code(data[data.rfind(b'\n', 0, at) + 1:end]):
                return True
            at = data.find(word, end)
    return False


def _names_our_code(line: bytes) -> bool:
    """Whether ``line`` holds ``LLM`` or ``llm`` starting a word, as our codes in a ``noqa``
    list do (after ``:``, ``,`` or a blank): ``from litellm import ...  # noqa: F401`` holds none."""
    for prefix in (b'LLM', b'llm'):
        at = line.find(prefix)
        while at >= 0:
            if not at or line[at - 1] not in _WORD_BYTES:
                return True
            at = line.find(prefix, at + 3)
    return False


def may_share(data: bytes) -> bool:
    """Whether a file may take values from the repository's other modules: it imports, or it
    defines a class or function (``def``, a dispatch table's ``lambda``) that a module wiring
    it may give a client (``Project.constructors``)."""
    return b'import' in data or b'def' in data or b'lambda' in data


def names_a_client_path(data: bytes) -> bool:
    """Whether every name of some endpoint's path (``messages.create``) is a word of the file,
    in a form the parser reads it: what a call on a client that a module wiring the file gives
    it needs (``Project.constructors``)."""
    table = _tables().client_path_words
    for form in source_forms(data):
        words = ascii_words(form)
        for last in words.intersection(table):
            if any(path <= words for path in table[last]):
                return True
    return False


def could_match(data: bytes) -> bool:
    """False only when no rule can match ``data``."""
    if _could_match(data):
        return True
    for text in _texts(data):
        # a codec that rewrites ASCII (utf-7, unicode_escape, iso2022_jp) hides words from the bytes
        encoded = text.encode('utf-8', errors='surrogatepass')
        if encoded != data and _could_match(encoded):
            return True
        # the parser NFKC-normalizes identifiers: ``ｏｐｅｎａｉ`` is ``openai``
        folded = None if text.isascii() else _nfkc(text)
        if folded is not None and _could_match(folded):
            return True
    return False


def source_forms(data: bytes) -> list[bytes]:
    """``data``, and the same source as the parser reads it when that differs: decoded by its
    PEP 263 codec, identifiers NFKC-folded (each re-encoded as UTF-8 for the byte scans)."""
    forms = [data]
    for text in _texts(data):
        encoded = text.encode('utf-8', errors='surrogatepass')
        folded = None if text.isascii() else _nfkc(text)
        forms += [f for f in (encoded, folded) if f is not None and f not in forms]
    return forms


def _texts(data: bytes) -> list[str]:
    """The source as the parser may decode it: by each codec a PEP 263 cookie could declare,
    else as UTF-8; none for ASCII without a cookie (the bytes are the text)."""
    names = _declared_codecs(data)
    if not names and data.isascii():
        return []
    texts = []
    for name in names or ['utf-8-sig']:
        try:
            texts.append(data.decode(name))
        except (LookupError, ValueError):  # the parser rejects it too: nothing in it can match
            pass
    return texts


def cookie_lines(data: bytes) -> bytes:
    """The first two lines of ``data`` (split at ``\\n`` only, as ``tokenize`` reads them): where
    a PEP 263 coding cookie can be."""
    first = data.find(b'\n')
    second = data.find(b'\n', first + 1) if first >= 0 else -1
    return data if second < 0 else data[:second]


def _declared_codecs(data: bytes) -> list[str]:
    """The codec named by a coding cookie on each of the first two lines (as the parser reads them:
    a comment line, ``coding`` then ``:`` or ``=``), UTF-8 spelt ``utf-8-sig``."""
    head = cookie_lines(data)
    if b'coding' not in head:
        return []
    names = []
    for line in head.replace(b'\r\n', b'\n').replace(b'\r', b'\n').split(b'\n', 2)[:2]:
        comment = line.lstrip(b' \t\f')
        at = comment.find(b'coding') if comment.startswith(b'#') else -1
        while at >= 0:
            start = at + 7
            if comment[at + 6:start] in (b':', b'='):
                while comment[start:start + 1] in (b' ', b'\t'):
                    start += 1
                end = start
                while end < len(comment) and comment[end] in _CODEC_NAME_BYTES:
                    end += 1
                name = comment[start:end].decode('ascii')
                if name:
                    utf8 = name.lower().replace('_', '-')[:12]
                    names.append('utf-8-sig' if utf8 == 'utf-8' or utf8.startswith('utf-8-') else name)
                    break
            at = comment.find(b'coding', at + 1)
    return names


def _could_match(data: bytes) -> bool:
    tables = _tables()
    if _LLM_API_PATH in data or _AZURE_PATH in data or _WATSONX_PATH in data:  # a POST to an LLM API's path, whatever the host
        return True
    # Ollama's API on a URL built from a name spelling it (``f"{OLLAMA_URL}/api/generate"``)
    if b'/api/' in data and any(map(data.__contains__, _OLLAMA_PATHS)) and b'ollama' in data.lower():
        return True
    # every rule needs all its words: a file with no rule's longest word needs no more.  Once
    # staged, the scan below rejects files faster than this does.
    if not tables.staged:
        if b'://' not in data and not any(map(data.__contains__, tables.code_anchors)):
            return False
        tables.scanned += len(data)
    # every URL the analyzer reads starts with a scheme: ``https://``, ``wss://``
    if names_llm_host(data):
        return True
    if tables.staged:
        words = [rule for rules in _found(data, tables.word_groups) for rule in rules]
    else:
        words = [rule for rule in tables.direct_word_rules if all(map(data.__contains__, rule.words))]
    # a word outside prose is needed in any case; import statements (the regexes) only when
    # the words fail and a statement can matter: it names an SDK root, or importlib
    if _any_found(data, words, prose=True):
        return True
    rooted = tables.staged or any(map(data.__contains__, tables.root_anchors))
    if not rooted and b'import_module' not in data:
        return False
    statements = b' '.join([*tables.from_statement.findall(data), *tables.import_statement.findall(data)])
    roots = ascii_words(statements) & tables.string_roots if rooted else set()
    # importlib.import_module('openai') names a module in a string (imported importlib only)
    dynamic = b'importlib' in statements and b'import_module' in data
    if dynamic and rooted:
        roots.update(tables.string_roots.intersection(tables.quoted_names.findall(data)))
    elif rooted and (b'__import__' in data or b'modules' in data):
        # so do __import__('openai') and sys.modules['openai']: the whole string
        modules = _quoted_modules(data)
        roots.update(tables.string_roots.intersection(m.partition(b'.')[0] for m in modules))
    # an imported SDK counts only where one of its calls is named (``import litellm`` alone calls
    # nothing): as an attribute, or as a name an import statement binds; anywhere with a star
    # import (``from litellm import *``, then ``completion(...)``) or import_module
    imported: list[set[bytes] | None] = []  # read on the first call word that is no attribute's name

    def named(word: bytes) -> bool:
        if not imported:
            imported.append(None if imports_star(data) else import_words(data))
        return imported[0] is None or word in imported[0]

    candidates = [
        rule for root in roots
        if any(
            _has_word(data, anchor, words, not dynamic, None if dynamic else named)
            for anchor, words in tables.call_anchors(root)
        )
        for rule in tables.rules_by_root[root]
    ]
    # with import_module, a word in any string may be a module name: read every occurrence there
    return _any_found(data, candidates + words if dynamic else candidates, prose=not dynamic)


def ascii_words(text: bytes) -> set[bytes]:
    """The maximal runs of ASCII word bytes in ``text``: a word is one iff ``\\bword\\b`` finds it."""
    return set(text.translate(_WORDS_ONLY).split())


def _names_a_host(data: bytes, tables: _Tables) -> bool:
    """True if ``data`` holds every literal piece of an LLM API host, or Ollama's port."""
    if _OLLAMA_PORT in data:
        return True
    if tables.staged:
        return any(all(map(data.__contains__, r.words)) for rules in _found(data, tables.host_groups) for r in rules)
    return any(all(map(data.__contains__, rule.words)) for rule in tables.direct_host_rules)


def _any_found(data: bytes, rules: list[Rule], prose: bool) -> bool:
    """True if every word of one of ``rules`` is in ``data`` as an identifier (``prose``: outside prose)."""
    # each word once: rules share words (``chat``, ``create``)
    present = {w for w in {w for rule in rules for w in rule.words} if w in data}
    return any(rule.words <= present and all(_has_word(data, w, (w,), prose) for w in rule.words) for rule in rules)


def call_words() -> dict[bytes, frozenset[bytes]]:
    """For each SDK module root, the names its calls can end with: the last name of each
    function, endpoint and tail of every provider reached from it (by its modules, or by an
    object a call of it returns), and the class of a client called itself (``dspy.LM(...)(x)``).

    A call the analyzer reports on something imported from the root names one of them in the
    file, as an attribute (``client.chat.completions.create``) or an imported name
    (``from litellm import completion``), or behind a star import; with ``import_module``, in
    a string (``import_module("litellm.completion")``).  It reads no attribute a string names
    (``getattr(litellm, "completion")``).
    """
    def words(provider: catalogue.Provider) -> set[bytes]:
        names = [*provider.functions, *provider.endpoints, *provider.distinctive_tails]
        if '__call__' in provider.endpoints:
            names += provider.constructors
        return {name.rpartition('.')[2].encode() for name in names}

    by_constructor = {c: p for p in catalogue.PROVIDERS for c in p.constructors}
    made = [*catalogue.RESULT_TYPES.items()]  # ``chats.create(...)`` returns a ``Chat``
    factories = (*catalogue.SERVICE_FACTORIES, *catalogue.SESSION_CONSTRUCTORS)  # boto3.client("bedrock-runtime")
    made += [(f, c) for f in factories for c in catalogue.SERVICE_CLIENTS.values()]
    found: dict[bytes, set[bytes]] = {}
    for provider in catalogue.PROVIDERS:
        for module in provider.modules:
            found.setdefault(module.partition('.')[0].encode(), set()).update(words(provider))
    for name, constructor in made:
        if constructor in by_constructor:
            found.setdefault(name.partition('.')[0].encode(), set()).update(words(by_constructor[constructor]))
    return {root: frozenset(names) for root, names in found.items()}


def could_export(data: bytes, imported: list[str]) -> bool:
    """False only when no top-level name of ``data`` (whose import statements name the modules
    ``imported``) can hold an LLM value for a module importing it.

    Such a value starts at an import of an SDK module, at a Bedrock service name, or at a
    client given a literal LLM API host.  A dynamic import needs the SDK's name in a string:
    the project layer asks ``names_sdk_in_a_string`` of the module (``import_module("openai")``)
    or of another one (a helper importing what its caller passes, ``imports_dynamically``).  Values that are only attribute paths on something
    unknown, and SDK names used unimported, do not cross modules (see ``values``).
    """
    tables = _tables()
    roots = {name.partition('.')[0].encode() for name in imported}
    if not roots.isdisjoint(tables.string_roots) or any(map(data.__contains__, tables.service_names)):
        return True
    # an HTTP client made with a literal ``base_url=`` (SDK clients are covered by their import)
    return b'://' in data and not roots.isdisjoint(tables.http_roots) and _names_a_host(data, tables)


def reads_urls(imported: list[str]) -> bool:
    """True if a module whose import statements name the modules ``imported`` may post to a URL
    constant of another module (``requests.post(API_URL)``, ``OpenAI(base_url=API_URL)``): it
    imports an HTTP client or an SDK.  Only there does ``values`` read such a constant."""
    roots = _tables().url_roots
    return any(name.partition('.')[0] in roots for name in imported)


def names_llm_host(data: bytes) -> bool:
    """True if ``data`` may hold a URL of an LLM API host, or of an LLM API's path whatever the
    host (a URL constant another module posts to)."""
    return b'://' in data and (
        _LLM_API_PATH in data or _AZURE_PATH in data or _WATSONX_PATH in data or _names_a_host(data, _tables())
    )


def imports_dynamically(data: bytes) -> bool:
    """True if ``data`` may call ``importlib.import_module`` or ``__import__``, or read
    ``sys.modules``, with a name that is not a string literal (a helper importing what its
    caller names)."""
    for word in (b'import_module', b'__import__'):
        start = data.find(word)
        while start >= 0:
            rest = data[start + len(word):start + len(word) + 64].lstrip()
            if rest[:1] != b'(' or rest[1:].lstrip()[:1] not in (b'"', b"'"):
                if not data[max(start - 4, 0):start] == b'def ':  # the definition is no call
                    return True
            start = data.find(word, start + 1)
    # ``sys.modules[name]``, ``sys.modules.get(name)``, or the table itself handed on
    start = data.find(b'modules') if b'sys' in data else -1
    while start >= 0:
        end = start + 7
        if not (start and data[start - 1] in _WORD_BYTES or end < len(data) and data[end] in _WORD_BYTES):
            rest = data[end:end + 64].lstrip()
            rest = rest[4:] if rest[:5] == b'.get(' else rest
            if rest[:1] not in (b'[', b'(') or rest[1:].lstrip()[:1] not in (b'"', b"'"):
                return True
        start = data.find(b'modules', end)
    return False


# how ``name_bindings`` sees an occurrence of a name: a top-level def or class, an indented
# one, another that may bind it to a value (``name = v``, ``for name in``, ``as name``); a
# def; one that may bind it otherwise (``a, name = v``, ``del name``)
TOP_DEFINITION, DEFINITION, OTHER, FUNCTION, STORE = 1, 2, 4, 8, 32
_DEFINING = (b'def', b'class')
# a name the scope model binds to a value (``name = v``, ``name: T``, ``name := v``, ``for name
# in``, ``with x as name``, ``(name) = v``; imports aside) is never right before these bytes
# or words, nor right after these bytes or a keyword (``a, name = v``, ``name += 1`` and
# ``del name`` bind no value)
_USE_AFTER = frozenset(b'([.]},;+-*/%@&|^~<>!`')
_USE_WORDS_AFTER = frozenset((b'if', b'else', b'for', b'and', b'or', b'is', b'not', b'as'))
_USE_BEFORE = frozenset(b'=,[{+-*/%@&|^~<>!`\'":')
_BINDING_WORDS = (b'for', b'as')


def name_bindings(data: bytes, name: bytes) -> int:
    """How the identifier ``name`` occurs in ``data``, as ``scopes`` would bind it: the union
    of ``TOP_DEFINITION`` (``def name`` or ``class name`` starting a line), ``DEFINITION`` (the
    same, indented), ``FUNCTION`` (one is a ``def``), ``OTHER`` (an occurrence that may bind
    it to a value) and ``STORE`` (any occurrence but a call, an attribute or a subscript of
    it: it may bind it to no value).  Import statements are not told apart (``import_words``).

    An occurrence binds nothing after a ``.``, in prose (a comment, a sentence), or between
    bytes and words that make it an expression read (``name(``, ``name.x``, ``= name``,
    ``f(a, name)``, ``return name``, ``name if``).  Scanning is linear: what is looked at
    around each occurrence is blanks, one word and one byte each side.
    """
    found = 0
    size = len(name)
    line = _Line(data)
    start = data.find(name)
    while start >= 0:
        end = start + size
        before = data[start - 1] if start else 10
        after = data[end] if end < len(data) else 10
        if before in _WORD_BYTES or before >= 0x80 or after in _WORD_BYTES or after >= 0x80:
            pass  # part of a longer identifier
        elif before != 46 and not _in_prose(line, start, end):  # 46: ``.``
            found |= _occurrence(data, start, end)
            if not found & STORE and data[end:end + 1] not in (b'(', b'.', b'['):
                found |= STORE
        start = data.find(name, end)
    return found


def _occurrence(data: bytes, start: int, end: int) -> int:
    """``name_bindings`` of the one occurrence of a name at ``start:end``."""
    first = _blanks_before(data, start)
    word = data[_word_start(data, first):first]
    if word in _DEFINING and first < start:
        return _definition(data, first - len(word)) | (FUNCTION if word == b'def' else 0)
    after = end
    while after < len(data) and data[after] in b' \t':
        after += 1
    following = data[after:after + 2]
    if following[:1] == b'=' and following != b'==' or following == b':=' or word in _BINDING_WORDS:
        return OTHER
    if following[:1] and following[0] in _USE_AFTER or following == b'==':
        return 0
    if following[:1] in (b"'", b'"') and end - start > 2:  # a quote after code starts a string
        return 0  # after a string prefix (``rb``)
    word_end = after
    while word_end < len(data) and data[word_end] in _WORD_BYTES:
        word_end += 1
    if word_end > after and data[after:word_end] in _USE_WORDS_AFTER:
        return 0
    previous = data[first - 1] if first and not word else 10
    if following[:1] == b'\\' or (previous == 58 and following[:1] == b':'):  # ``else: name: T``
        return OTHER
    if (word and _keyword_like(word)) or previous in _USE_BEFORE:
        return 0
    if previous == 40:  # ``(name``: a call's argument, or a target in parentheses
        if following[:1] == b')':
            opener = _blanks_before(data, first - 1)
            callee = data[_word_start(data, opener):opener]
            called = (callee and not _keyword_like(callee)) or data[opener - 1:opener] in (b')', b']')
            return 0 if called else OTHER
        return 0 if following[:1] not in (b'', b'\r', b'\n', b'#') else OTHER
    return OTHER


def _blanks_before(data: bytes, at: int) -> int:
    """Where the spaces, tabs and backslash continuations before ``at`` start."""
    while at:
        if data[at - 1] in b' \t':
            at -= 1
        elif data[at - 2:at] in (b'\\\n', b'\\\r'):
            at -= 2
        elif data[at - 3:at] == b'\\\r\n':
            at -= 3
        else:
            return at
    return at


def _word_start(data: bytes, at: int) -> int:
    """Where the run of word bytes ending at ``at`` starts."""
    while at and data[at - 1] in _WORD_BYTES:
        at -= 1
    return at


def _definition(data: bytes, keyword: int) -> int:
    """``TOP_DEFINITION`` or ``DEFINITION`` for the ``def``/``class`` keyword at ``keyword``
    (or the ``async`` before it), by the blanks before it on its line; else ``OTHER``."""
    start = keyword
    if data[keyword:keyword + 3] == b'def':
        blank = _blanks_before(data, keyword)
        if blank < keyword and data[blank - 5:blank] == b'async':
            start = blank - 5
    if start == 0 or data[start - 1] in b'\r\n':
        return TOP_DEFINITION
    line = _blanks_before(data, start)
    return DEFINITION if line == 0 or data[line - 1] in b'\r\n' else OTHER


def imports_star(data: bytes) -> bool:
    """True if ``data`` may hold ``from module import *`` (``import`` then ``*``, blanks between)."""
    start = data.find(b'import')
    while start >= 0:
        at = start + 6
        while at < len(data) and data[at] in b' \t\f\\\r\n':
            at += 1
        if data[at:at + 1] == b'*':
            return True
        start = data.find(b'import', at)
    return False


def names_sdk_in_a_string(data: bytes) -> bool:
    """True if a string of ``data`` is the name of an SDK module (what a dynamic import reads)."""
    tables = _tables()
    # such a string starts with a quote and an SDK root: while few bytes have been scanned, those
    # are looked for instead (importing re and compiling the regex costs more)
    if tables.scanned + len(data) <= _DIRECT_BYTES:
        tables.scanned += len(data)
        if not any(map(data.__contains__, tables.quoted_roots)):
            return False
    return any(
        m.partition(b'.')[0] in tables.string_roots and _in_sdk_modules(m, tables.sdk_modules)
        for m in _quoted_modules(data)
    )


def _quoted_modules(data: bytes) -> list[bytes]:
    """The text of each string of ``data`` that is a dotted name (and of some that are not:
    the scan does not tell code from strings)."""
    return [name for pattern in _tables().quoted_modules for name in pattern.findall(data)]


def _in_sdk_modules(name: bytes, modules: frozenset[bytes]) -> bool:
    parts = name.split(b'.')
    return any(b'.'.join(parts[:i]) in modules for i in range(1, len(parts) + 1))


def imported_names(data: bytes) -> list[str]:
    """The modules the import statements of ``data`` may name: ``a.b`` of ``import a.b``, and
    ``m`` and ``m.x`` of ``from m import x`` (``x`` may be a submodule); a superset, since the
    scan does not tell code from strings.  No regex: the hook's fast path calls it."""
    names = []
    for word, piece in _import_statements(data):
        if word == b'from':
            module, _, rest = _statement(piece).partition(b' import ')
            module = module.strip()
            if module and b' ' not in module:
                names.append(module)
                rest = _statement(piece.partition(b'import')[2]) if rest.lstrip()[:1] == b'(' else rest
                glue = b'' if module.endswith(b'.') else b'.'
                names += [module + glue + n for n in _names(rest) if n != b'*']
        else:
            names += _names(_statement(piece))
    return [n.decode('utf-8', 'replace') for n in names]


def app_config_labels(data: bytes) -> list[str]:
    """The string each ``get_app_config(`` of ``data`` is given first, in each form of its
    source (Django's ``apps.get_app_config("assistant")``: the app whose ``assistant/apps.py``
    ``values`` reads), blanks, line continuations and comments skipped; the analyzer reads
    only a label found here."""
    labels = []
    for form in source_forms(data):
        at = form.find(b'get_app_config')
        while at >= 0:
            at = _blanks_after(form, at + 14)
            if form[at:at + 1] == b'(':
                at = _blanks_after(form, at + 1)
                quote = form[at:at + 1]
                end = form.find(quote, at + 1) if quote in (b'"', b"'") else -1
                if end > 0:
                    labels.append(form[at + 1:end].decode('utf-8', 'replace'))
            at = form.find(b'get_app_config', at)
    return labels


def _blanks_after(data: bytes, at: int) -> int:
    """The first position from ``at`` that is not a blank, a line break, a line continuation
    or a comment."""
    while at < len(data):
        if data[at] in b' \t\f\r\n\\':
            at += 1
        elif data[at] == 35:  # ``#``: to the line's end
            end = data.find(b'\n', at)
            end = len(data) if end < 0 else end
            carriage = data.find(b'\r', at, end)
            at = end if carriage < 0 else carriage
        else:
            break
    return at


def import_words(data: bytes) -> set[bytes] | None:
    """Every word after ``import`` in the import statements of ``data`` (more than the names
    they bind); None when a statement is cut short where the next ``from`` or ``import`` is
    (``from m import from_dict``)."""
    found: set[bytes] = set()
    for word, piece in _import_statements(data):
        module, keyword, listed = piece.partition(b'import') if word == b'from' else (b'', b'', piece)
        if listed.lstrip()[:1] == b'(':  # ``from m import (...)``: read to its close
            if b')' not in listed:
                return None
        elif not _ends(listed if keyword or word == b'import' else module):
            return None
        found |= ascii_words(_statement(listed))
    return found


def _ends(piece: bytes) -> bool:
    """Whether the logical line ``piece`` starts ends in it: a line break no backslash
    continues (what ``_joined`` leaves), a ``;`` or a ``#``."""
    at = 0
    while True:  # the first line break is mostly the statement's end: no copy of the piece
        newline = piece.find(b'\n', at)
        limit = len(piece) if newline < 0 else newline
        carriage = piece.find(b'\r', at, limit)
        at = newline if carriage < 0 else carriage
        if at < 0:
            return b';' in piece or b'#' in piece
        continued = piece[at - 1:at] == b'\\' or (at == newline and piece[at - 2:at] == b'\\\r')
        if not continued:
            return True
        at += 1


def _import_statements(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """``(b'from' or b'import', what follows it)`` for each import statement of each form of
    ``data`` (``source_forms``) a scan can see, read up to the next one: through the same word
    inside a longer one (``from m import (from_dict, sub)``) or not starting a statement."""
    for form, word in [(f, w) for f in source_forms(data) for w in (b'from', b'import')]:
        pieces = form.split(word)  # each piece is read once: linear in the file
        statement: list[bytes] = []
        for before, piece in zip(pieces, pieces[1:]):
            inside = before[-1:] and before[-1] in _WORD_BYTES or not piece[:1].isspace() and piece[:1] != b'\\'
            # a statement starts a line, or follows ``;`` or ``:`` (``try: import x``)
            line = b'' if inside else before[max(before.rfind(b'\n'), before.rfind(b'\r')) + 1:].strip()
            if inside or line and line[-1:] not in (b';', b':'):
                statement += (word, piece)
            else:
                if statement:
                    yield word, b''.join(statement[1:])
                statement = [word, piece]
        if statement:
            yield word, b''.join(statement[1:])


def _joined(piece: bytes) -> bytes:
    """``piece`` with its backslash continuations joined."""
    return piece.replace(b'\\\r\n', b' ').replace(b'\\\n', b' ').replace(b'\\\r', b' ')


def _statement(piece: bytes) -> bytes:
    """The logical line ``piece`` starts (up to a parenthesis's close, or a newline not escaped),
    without its comment, as one line."""
    if piece.lstrip()[:1] == b'(':
        return piece.partition(b')')[0].replace(b'(', b' ').replace(b'\r', b' ').replace(b'\n', b' ')
    statement = piece.partition(b'\n')[0]
    if b'\\' in statement:  # maybe continued on the next line
        statement = _joined(piece)
    for end in (b'\n', b'\r', b';', b'#'):
        statement = statement.partition(end)[0]
    return statement.replace(b'\t', b' ').replace(b'\f', b' ')


def _names(listed: bytes) -> list[bytes]:
    """The first word of each comma-separated item: ``a.b`` of ``a.b as c, d``."""
    return [item.split()[0].strip(b'()') for item in listed.split(b',') if item.split()]


def sdk_roots() -> frozenset[bytes]:
    """The top-level names of the catalogue's SDK modules."""
    return _tables().string_roots


def _found(data: bytes, groups: list[tuple[bytes, list[tuple[bytes, list[Rule]]]]]) -> Iterator[list[Rule]]:
    """The rules of each anchor in ``data``, scanning for an anchor only if its group's piece is there."""
    for common, group in groups:
        if common in data:
            for anchor, rules in group:
                if anchor in data:
                    yield rules


def _has_word(
    data: bytes, anchor: bytes, words: Collection[bytes], prose: bool, named: Callable[[bytes], bool] | None = None,
) -> bool:
    """True if one of ``words`` (each containing ``anchor``) occurs in ``data`` as an identifier
    that code could use: each identifier holding the anchor is read once, whatever the number
    of words containing it.

    With ``prose``, occurrences in comments and between plain words are left out.  With
    ``named``, so is one that is no attribute's name (``_attribute_name``) unless ``named(word)``.
    """
    # a plain substring search is much faster than a regex starting with \b
    start = data.find(anchor)
    line = _Line(data)
    while start >= 0:
        first, end = start, start + len(anchor)
        while first and data[first - 1] in _WORD_BYTES:
            first -= 1
        while end < len(data) and data[end] in _WORD_BYTES:
            end += 1
        word = data[first:end]
        if word in words and not (prose and _in_prose(line, first, end)):
            if named is None or _attribute_name(data, first) or named(word):
                return True
        start = data.find(anchor, end)
    return False


def _attribute_name(data: bytes, start: int) -> bool:
    """Whether the identifier at ``start`` may be an attribute's name: a ``.`` before it (blanks
    and backslash continuations apart), or only blanks before it on its line while the line
    before ends in one, holds a comment or is blank (``(litellm.\n    completion(...))``).

    A string annotation is parsed as code, so a quote or an escape's ``}`` counts as a dot
    (``"client.embeddings." "create"``, ``"client.embeddings\\N{FULL STOP}create"``).
    """
    at = _blanks_before(data, start)
    if not at or data[at - 1] not in _ATTRIBUTE_AFTER + b'\r\n\f':  # the first line, or no dot
        return False
    if data[at - 1] in _ATTRIBUTE_AFTER + b'\f':  # a form feed is blank: the line before is not told
        return True
    end = at - 2 if data[at - 2:at] == b'\r\n' else at - 1  # where the line before ends
    before = data[_line_start(data, end):end].rstrip(b' \t\f')
    return not before or before[-1] in _ATTRIBUTE_AFTER or b'#' in before


def _line_start(data: bytes, end: int) -> int:
    """Where the line ending at ``end`` starts: looked for back over a window that doubles,
    so the search is as long as that line, not the file (lines may end in ``\n`` or ``\r``)."""
    width = 64
    while True:
        low = max(end - width, 0)
        found = max(data.rfind(b'\n', low, end), data.rfind(b'\r', low, end))
        if found >= 0 or not low:
            return found + 1
        width *= 2


def _line_end(data: bytes, start: int) -> int:
    """Where the line holding ``start`` ends (its ``\n`` or ``\r``, else the end of ``data``),
    found as ``_line_start`` finds a start."""
    width = 64
    while True:
        high = min(start + width, len(data))
        found = [at for at in (data.find(b'\n', start, high), data.find(b'\r', start, high)) if at >= 0]
        if found or high == len(data):
            return min(found, default=len(data))
        width *= 2


class _Line:
    """The line around the latest occurrence of a word, read once however many words it holds
    (a 2 MB comment line of one rule word would otherwise be rescanned per word)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.start = self.end = 0
        self.comment = self.opener = -1

    def around(self, position: int) -> None:
        """Move to the line holding ``position`` (positions only grow)."""
        if position < self.end:
            return
        data = self.data
        # the break before ``position`` is at or after the end of the line read before
        self.start = max(data.rfind(b'\n', self.end, position), data.rfind(b'\r', self.end, position)) + 1
        self.end = _line_end(data, position)
        self.comment = data.find(b'#', self.start, self.end)
        # the first quote or brace (a string, or an f-string's field)
        openers = [at for at in (data.find(c, self.start, self.end) for c in (b"'", b'"', b'{')) if at >= 0]
        self.opener = min(openers, default=self.end)


def _in_prose(line: _Line, start: int, end: int) -> bool:
    """True if the word at ``start:end`` is in a comment, or next to a word no code puts there.

    In a string, it then shares the string with a ``#`` or a space, so that string is no
    name the analyzer could resolve either.
    """
    line.around(start)
    # no quote or brace before the #: not in a string opened on this line, nor an f-string field
    if 0 <= line.comment < start <= line.opener:
        return True
    # ``x completion`` is valid code only after a keyword (``return completion``), or after a
    # number glued to one (``1if completion``); ``command completion`` is prose
    words = (_word_before(line, start), _word_after(line.data, end))
    return any(w is not None and not _keyword_like(w) for w in words)


def _word_before(line: _Line, start: int) -> bytes | None:
    """The word before ``start`` on its line, apart from it by blanks (``(\\w+)[ \\t\\f]+`` at the end)."""
    data = line.data
    blank = start
    while blank > line.start and data[blank - 1] in b' \t\f':
        blank -= 1
    first = blank
    while first > line.start and data[first - 1] in _WORD_BYTES:
        first -= 1
    # the word must start the line or follow a byte that is neither a word byte nor non-ASCII
    if blank == start or first == blank or (first > line.start and data[first - 1] >= 0x80):
        return None
    return data[first:blank]


def _word_after(data: bytes, end: int) -> bytes | None:
    """The identifier after blanks at ``end``, unless a word byte, a non-ASCII byte or a quote
    follows it: what ``[ \\t\\f]+([A-Za-z_]\\w*)(?![\\w\\x80-\\xff'"])`` matches there."""
    first = end
    while first < len(data) and data[first] in b' \t\f':
        first += 1
    if first == end or first == len(data) or data[first] not in _IDENTIFIER_START:
        return None
    stop = first + 1
    while stop < len(data) and data[stop] in _WORD_BYTES:
        stop += 1
    if stop < len(data) and (data[stop] >= 0x80 or data[stop] in b'\'"'):
        return None
    return data[first:stop]


def _keyword_like(word: bytes) -> bool:
    return word in _KEYWORDS or (word[:1].isdigit() and word.endswith(_KEYWORDS))


def _nfkc(text: str) -> bytes | None:
    """The source with identifiers NFKC-normalized, or None if that changes nothing."""
    import unicodedata

    if unicodedata.is_normalized('NFKC', text):
        return None

    # Fold each distinct non-ASCII character that folds into identifier characters: the parser
    # folds identifiers only, so one that folds into anything else (a no-break space into a
    # space, a fullwidth comma into a comma) is in a string or a comment.  Folding characters
    # one by one finds every word folding whole identifiers does (composing with a mark only
    # makes a non-ASCII letter), and the unfolded source is checked as well.
    encoded = text.encode('utf-8', errors='surrogatepass')
    others = set(encoded.translate(None, _ASCII).decode('utf-8', errors='surrogatepass'))
    changed = text
    for char in others:
        folded = unicodedata.normalize('NFKC', char)
        # rule words are ASCII: a fold with no ASCII in it (a micro sign into a mu) makes none
        if folded != char and ('_' + folded).isidentifier() and any(map(str.isascii, folded)):
            changed = changed.replace(char, folded)  # str.translate is ten times slower
    return None if changed is text else changed.encode('utf-8', errors='surrogatepass')
