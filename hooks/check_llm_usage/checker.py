"""Check one file: read its bytes, pre-filter, parse, and turn direct calls into findings."""
from __future__ import annotations

import ast
import os
import sys
from collections.abc import Sequence

from check_llm_usage import catalogue
from check_llm_usage.findings import TOKENS
from check_llm_usage.findings import UNCHECKED
from check_llm_usage.findings import TooComplex
from check_llm_usage.findings import Finding
from check_llm_usage.parsing import PARSE_ERRORS
from check_llm_usage.parsing import parse
from check_llm_usage.prefilter import cookie_lines
from check_llm_usage.prefilter import has_suppressions
from check_llm_usage.prefilter import may_share
from check_llm_usage.prefilter import needs_parse
from check_llm_usage.records import NamedTuple
from check_llm_usage.source import DEFAULT_MAX_FILE_SIZE
from check_llm_usage.source import FileTooLarge
from check_llm_usage.source import read_source

# typing.TYPE_CHECKING without importing typing (the hook's start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from check_llm_usage.project import Project
    from check_llm_usage.scopes import ModuleScopes

# what a tracker block bound with ``as usage_log`` must assign (LLM100)
DEFAULT_TOKEN_ATTRIBUTES = ('input_tokens', 'output_tokens')
_MAX_CALL_TEXT = 160
# below this many files a forked worker costs more than it saves: on 2 cores, 20 files took
# as long either way, 50 took 0.6x as long in two processes (stdlib and LLM-heavy files alike)
PARALLEL_FROM = 50
# chunk starts handed to workers: 4 bytes each, at most 4 KiB, what any pipe holds (one page)
_START_BYTES = 4
_MAX_CHUNKS = 1024
# runs of neighbouring chunks per process (_check_in_workers), fewer past _MAX_RUNS in all
# (each is a pipe): the files two processes share at the end are at most a run's
_RUNS = 8
_MAX_RUNS = 64
# where an undecodable byte is: ``in position 12`` or ``in position 12-13``
_POSITION = r' in position \d+(-\d+)?'


class Options(NamedTuple):
    """What a check needs to know beyond the file itself."""

    trackers: tuple[str, ...] = (catalogue.DEFAULT_TRACKER,)
    max_bytes: int = DEFAULT_MAX_FILE_SIZE
    decorators: tuple[str, ...] = ()
    allowed_base_urls: tuple[str, ...] = ()
    token_attributes: tuple[str, ...] = DEFAULT_TOKEN_ATTRIBUTES
    # also return tracked and suppressed call sites (with their status), for --inventory
    inventory: bool = False
    # the rule codes to report; None: the catalogue's enabled ones
    codes: frozenset[str] | None = None
    # follow names imported from the repository's own modules; extra roots to find them in
    follow_imports: bool = True
    roots: tuple[str, ...] = ()
    # dotted names of objects whose method calls are reported (LLM040)
    llm_objects: tuple[str, ...] = ()


def message_for(target: str) -> str:
    """The text of a direct-call finding (what to write instead is the report's ``help``)."""
    return f'direct {target}() call bypasses LLM usage tracking'


def check_source(path: str, data: bytes, options: Options, on_disk: bool | None = None) -> list[Finding]:
    """Findings for one file's contents (``path`` names it; ``on_disk``: whether ``data`` was
    just read from it, None if unknown); never raises."""
    try:
        return _check_source(path, data, options, on_disk)
    except Exception as exc:  # the per-file boundary: one bad file never stops the others
        reason = ' '.join(f'{type(exc).__name__}: {exc}'.split())
        return [Finding(path, 1, 1, UNCHECKED, f'file not checked: internal error ({reason})')]


def _check_source(path: str, data: bytes, options: Options, on_disk: bool | None) -> list[Finding]:
    findings: list[Finding] = []
    # a configured LLM object is, like a tracker, used through its last name
    if needs_parse(data, (*options.trackers, *options.llm_objects)) or _imports_llm_values(path, data, options, on_disk):
        project = _project(options)
        # a file as it is on disk is a module of the repository too: its scope model is shared
        shared = project if on_disk else None
        try:
            parsed = (shared and shared.take(path, data)) or parse(data, path)
        except PARSE_ERRORS as exc:
            return [_unparsable(path, exc)]
        try:
            findings = _call_findings(path, data, parsed, options, project, shared is not None)
        except TooComplex as exc:
            return [Finding(path, 1, 1, UNCHECKED, f'file not checked: too complex ({exc})')]
    if has_suppressions(data):
        from check_llm_usage import suppressions

        # a tracked call needs no suppression: one on its line stays unused, as without --inventory
        tracked = [f for f in findings if f.status == 'tracked']
        reported, suppressed = suppressions.apply(
            path, [f for f in findings if f.status != 'tracked'], suppressions.find(data),
        )
        findings = tracked + reported
        if options.inventory:
            findings += [f._replace(status='suppressed') for f in suppressed]
    return findings


def _call_findings(
    path: str, data: bytes, parsed: ast.Module | ModuleScopes, options: Options, project: Project | None,
    keep: bool,
) -> list[Finding]:
    """The findings of a parsed file (its tree, or the scope model ``project`` kept of it);
    with ``keep`` (the file as it is on disk), its scope model is then kept by ``project``
    for the modules importing it."""
    # the analyzer is needed only for files that passed the pre-filter
    from check_llm_usage import tracking
    from check_llm_usage.matching import shown
    from check_llm_usage.scopes import ModuleScopes

    policy = tracking.Policy(
        options.trackers, options.decorators, options.allowed_base_urls, options.token_attributes,
        options.codes, options.llm_objects,
    )
    module = parsed if isinstance(parsed, ModuleScopes) else ModuleScopes(parsed, path)
    try:
        sites, gaps = tracking.call_sites(module, policy, project, data)
    finally:
        if keep and project is not None:
            project.keep(path, module, data)
        else:  # what it built is freed at once, not left to a collection
            module.close()
    if not sites and not gaps:
        return []
    lines = decoded_lines(data)

    def finding(node: ast.expr, code: str, message: str, target: str, function: str) -> Finding:
        return Finding(
            path, node.lineno, _column(lines, node.lineno, node.col_offset), code, message, target,
            node.end_lineno or node.lineno,
            _column(lines, node.end_lineno or node.lineno, node.end_col_offset or 0),
            function, normalised(node),
        )

    findings = []
    for site in sites:
        if site.tracked_by and not options.inventory:
            continue
        message = message_for(site.target)
        if site.origin is not None:
            described, where, line = site.origin
            message += f' ({described} from {where}:{line})'
        found = finding(site.node, site.provider.code, message, site.target, site.function)
        if site.origin is not None:
            found = found._replace(origin=f'{site.origin[1]}:{site.origin[2]}')
        if options.inventory:
            found = found._replace(model=_model(site.node), status='tracked' if site.tracked_by else 'untracked')
        findings.append(found)
    for gap in gaps:
        attributes = ' and '.join(f'{gap.variable}.{a}' for a in gap.missing)
        message = (
            f'tracker block never sets {attributes}; record the token counts from the '
            "response's usage, or the call's cost is not tracked"
        )
        findings.append(finding(gap.node, TOKENS, message, shown(gap.node.func), gap.function))
    return findings


def _imports_llm_values(path: str, data: bytes, options: Options, on_disk: bool | None = None) -> bool:
    """Whether the file imports, from the repository, modules that could bind LLM values."""
    project = _project(options) if may_share(data) else None
    return project is not None and project.imports_llm_values(path, data, on_disk)


def _project(options: Options) -> Project | None:
    """The run's project layer (one per process and settings: it memoises what it read)."""
    if not options.follow_imports:
        return None
    from check_llm_usage.project import Project
    from check_llm_usage.project import top_directory

    key = (os.getcwd(), options.roots, options.max_bytes, options.llm_objects)
    if key not in _PROJECTS:
        _PROJECTS[key] = Project(top_directory(), options.roots, options.max_bytes, options.llm_objects)
    return _PROJECTS[key]


_PROJECTS: dict[tuple[str, tuple[str, ...], int, tuple[str, ...]], Project] = {}


def normalised(node: ast.AST) -> str:
    """A call's text without layout: the same after reformatting or moving it (long ones hashed)."""
    try:
        text = ' '.join(ast.unparse(node).split())
    except RecursionError:  # ast.unparse recurses: a deep call is known by its attribute tail
        names: list[str] = []
        func = node.func if isinstance(node, ast.Call) else node
        while isinstance(func, ast.Attribute) and len(names) < 5:
            names.append(func.attr)
            func = func.value
        text = '.'.join(['(...)', *reversed(names)]) + '(...)'
    if len(text) <= _MAX_CALL_TEXT:
        return text
    import hashlib

    digest = hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]
    return f'{text[:_MAX_CALL_TEXT - 20]}... #{digest}'


def _model(node: ast.expr) -> str | None:
    # a callable handed to another call (``to_thread(client.chat.completions.create, ...)``) has none
    for keyword in node.keywords if isinstance(node, ast.Call) else ():
        if keyword.arg in catalogue.MODEL_KEYWORDS and isinstance(keyword.value, ast.Constant):
            if isinstance(keyword.value.value, str):
                return keyword.value.value
    return None


# the file being checked, for the hook's last-resort error line
checking: str | None = None


def check_all(paths: Sequence[str], options: Options) -> list[list[Finding]]:
    """Each path's findings, in the order given; large scans use every core."""
    import gc

    # what the analyzer builds is freed by reference counting (ModuleScopes.close): collections
    # would only walk the live syntax trees again and again (a third of an LLM-heavy scan)
    collecting = gc.isenabled()
    gc.disable()
    try:
        workers = _cores()
        # forking is measured on Linux only; elsewhere (macOS: unsafe after some system calls) one process
        if len(paths) >= PARALLEL_FROM and workers > 1 and sys.platform == 'linux':
            return _check_in_workers(paths, options, workers)
        return _check_here(paths, options)
    finally:
        if collecting:
            gc.enable()


def _check_here(paths: Sequence[str], options: Options) -> list[list[Finding]]:
    global checking
    found = []
    for path in paths:
        checking = path
        found.append(check_path(path, options))
    checking = None
    return found


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _check_in_workers(paths: Sequence[str], options: Options, workers: int) -> list[list[Finding]]:
    """Check ``paths`` in this process and ``workers - 1`` forked children.

    The paths are cut into chunks of a few files, and the chunks into runs of neighbours, each
    run a pipe of chunk starts.  A process takes the next chunk as it becomes free, from its own
    runs, then from the others' (``_order``), so a few slow files do not hold the others up.
    Neighbours mostly import the same modules: each of those is parsed in fewer processes than
    when every process takes from one pipe (the accuracy corpus in two processes: 11.3 s of CPU
    that way, 9.9 s in runs).  A child sends its findings back through its own pipe.  A bare
    ``os.fork`` starts in a few milliseconds; a multiprocessing pool takes about 70 (importing
    it, starting its threads).
    """
    import marshal  # findings are tuples of str, int and None: no pickle needed

    size = -(-len(paths) // _MAX_CHUNKS)
    starts = range(0, len(paths), size)
    runs: list[tuple[int, int]] = []  # each run's pipe of chunk starts
    backs: list[tuple[int, int]] = []  # each child's pipe for its findings
    for child in range(workers):
        try:
            for _ in range(max(1, min(_RUNS, _MAX_RUNS // workers))):
                runs.append(os.pipe())
            if child:
                backs.append(os.pipe())
        except OSError:  # out of file descriptors (ulimit -n): fewer processes
            break
    if not runs:
        return _check_here(paths, options)
    for i, (_, feed) in enumerate(runs):
        run = starts[slice(*_share(len(starts), i, len(runs)))]
        os.write(feed, b''.join(start.to_bytes(_START_BYTES, 'little') for start in run))
        os.close(feed)  # all written (it fits in the pipe): the last read sees the end
    pipes = [tasks for tasks, _ in runs]
    children = []
    try:
        parent = os.getpid()
        for i, (read, write) in enumerate(backs, 1):
            try:
                pid = os.fork()
            except OSError:  # a process limit: the processes started check everything
                for unused in backs[i - 1:]:
                    os.close(unused[0])
                    os.close(unused[1])
                break
            if pid == 0:  # the child: never returns into the caller
                status = 1
                try:
                    os.close(read)
                    for _, later in backs[i:]:  # the later children's (the parent's are closed)
                        os.close(later)
                    done = _take(_order(pipes, i, len(backs) + 1), paths, size, options, parent)
                    with open(write, 'wb') as out:
                        marshal.dump({s: [list(map(tuple, f)) for f in found] for s, found in done.items()}, out)
                    status = 0
                finally:
                    os._exit(status)
            os.close(write)
            children.append((pid, read))
        done = _take(_order(pipes, 0, len(backs) + 1), paths, size, options)
        for _, read in children:
            with open(read, 'rb', closefd=False) as pipe:
                sent = pipe.read()
            try:
                done.update({s: [[Finding(*t) for t in f] for f in found] for s, found in marshal.loads(sent).items()})
            except (EOFError, ValueError, TypeError):  # the child died (killed, out of memory)
                pass
        for start in starts:
            if start not in done:  # the child that took it died
                done[start] = _check_here(paths[start:start + size], options)
        return [found for start in starts for found in done[start]]
    finally:
        import signal

        for tasks in pipes:
            os.close(tasks)
        for pid, read in children:
            os.close(read)
            os.kill(pid, signal.SIGKILL)  # done already, or its results are no longer wanted
            os.waitpid(pid, 0)


def _order(pipes: list[int], process: int, processes: int) -> list[int]:
    """The runs in the order ``process`` takes them: its own, then the others' from the last
    one back, so that it takes a run the process owning it has not begun, where there is one."""
    first, after = _share(len(pipes), process, processes)
    return [*pipes[first:after], *reversed(pipes[:first]), *reversed(pipes[after:])]


def _share(count: int, part: int, parts: int) -> tuple[int, int]:
    """Where part ``part`` of ``count`` items cut into ``parts`` near-equal parts starts and ends."""
    return part * count // parts, (part + 1) * count // parts


def _take(
    pipes: list[int], paths: Sequence[str], size: int, options: Options, parent: int | None = None,
) -> dict[int, list[list[Finding]]]:
    """Check chunks of ``size`` paths from each pipe in turn until all are empty: {start: findings}.

    A worker (``parent`` given) stops once its parent is gone (killed: nobody wants the rest).
    """
    done = {}
    for tasks in pipes:
        # a read of a few bytes from a pipe is atomic: no two processes get the same chunk
        while parent is None or os.getppid() == parent:
            task = os.read(tasks, _START_BYTES)
            if not task:
                break
            start = int.from_bytes(task, 'little')
            done[start] = _check_here(paths[start:start + size], options)
    return done


def check_path(path: str, options: Options) -> list[Finding]:
    """Findings for one file on disk; problems reading it become an LLM900 finding."""
    try:
        data = read_source(path, options.max_bytes)
    except OSError as exc:
        if isinstance(exc, FileTooLarge):
            return [Finding(path, 1, 1, UNCHECKED, f'file not checked: {exc}')]
        reason = exc.strerror or str(exc)
        if isinstance(exc, FileNotFoundError) and os.path.islink(path):
            reason = 'broken symbolic link'
        return [Finding(path, 1, 1, UNCHECKED, f'file not checked: cannot read it ({reason})')]
    return check_source(path, data, options, on_disk=True)


def _unparsable(path: str, exc: BaseException) -> Finding:
    if 'null bytes' in str(exc):  # a ValueError before 3.11, a SyntaxError since
        reason, line, column = 'contains NUL bytes', 1, 1
    elif isinstance(exc, SyntaxError) and exc.msg.startswith('(unicode error)'):
        import re  # here: only this message needs a regex

        # the offset and "in position N" of an undecodable byte differ between Pythons
        reason = 'syntax error: ' + re.sub(_POSITION, '', exc.msg)
        line, column = exc.lineno or 1, 1
    elif isinstance(exc, SyntaxError):
        reason = f'syntax error: {exc.msg}'
        line, column = exc.lineno or 1, (exc.offset or 1)
    elif isinstance(exc, (RecursionError, MemoryError)):
        reason, line, column = 'too deeply nested for the Python parser', 1, 1
    else:
        reason, line, column = f'{type(exc).__name__}: {exc}', 1, 1
    reason = ' '.join(reason.split())
    return Finding(path, max(line, 1), max(column, 1), UNCHECKED, f'file not checked: {reason}')


def decoded_lines(data: bytes) -> list[str]:
    """The source's lines as text, decoded as the parser would (undecodable bytes replaced)."""
    text = data.decode(_encoding(data), errors='replace')
    # \r\n, \r and \n end a line (str.splitlines also splits at \f, \v, \x85, \u2028 and more)
    return text.replace('\r\n', '\n').replace('\r', '\n').split('\n')


def _encoding(data: bytes) -> str:
    """The encoding ``tokenize.detect_encoding`` finds in ``data`` (UTF-8 if it refuses them)."""
    # only a UTF-8 BOM or a coding cookie on the first two lines (PEP 263) declares another
    if not data.startswith(b'\xef\xbb\xbf') and b'coding' not in cookie_lines(data):
        return 'utf-8'
    import io
    import tokenize  # only files with a cookie or a BOM need it

    try:
        return tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError:
        return 'utf-8'


def _column(lines: list[str], lineno: int, col_offset: int) -> int:
    """1-based character column from ast's UTF-8 byte offset."""
    if lineno > len(lines):
        return col_offset + 1
    prefix = lines[lineno - 1].encode('utf-8')[:col_offset]
    return len(prefix.decode('utf-8', errors='replace')) + 1
