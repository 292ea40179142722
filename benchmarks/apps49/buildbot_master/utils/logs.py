"""Helpers for fetching and trimming step logs via the data API."""
import re

from twisted.internet import defer

ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
PYTEST_FAIL_RE = re.compile(r"^FAILED (?P<test>\S+)(?: - (?P<reason>.*))?$", re.M)
GTEST_FAIL_RE = re.compile(r"^\[  FAILED  \] (?P<test>[\w./]+)", re.M)


def strip_ansi(text):
    return ANSI_RE.sub("", text)


def tail(text, max_chars):
    if len(text) <= max_chars:
        return text
    cut = text[-max_chars:]
    nl = cut.find("\n")
    return cut[nl + 1:] if nl != -1 else cut


def failed_tests(text):
    names = [m.group("test") for m in PYTEST_FAIL_RE.finditer(text)]
    names += [m.group("test") for m in GTEST_FAIL_RE.finditer(text)]
    seen = set()
    return [n for n in names if not (n in seen or seen.add(n))]


def decode_log_content(content):
    # stdio logs come back with a one-char stream prefix per line
    lines = []
    for line in content.splitlines():
        if line[:1] in ("o", "e", "h"):
            lines.append(line[1:])
        else:
            lines.append(line)
    return "\n".join(lines)


@defer.inlineCallbacks
def fetch_failed_step_logs(master, buildid, max_chars=24000):
    """Return [(step_name, text)] for failed steps of a build."""
    steps = yield master.data.get(("builds", buildid, "steps"))
    out = []
    for step in steps:
        if step["results"] not in (2, 4):  # FAILURE, EXCEPTION
            continue
        logs = yield master.data.get(("steps", step["stepid"], "logs"))
        for lg in logs:
            if lg["name"] not in ("stdio", "err.text"):
                continue
            content = yield master.data.get(("logs", lg["logid"], "contents"))
            if not content:
                continue
            text = strip_ansi(decode_log_content(content["content"]))
            out.append((step["name"], tail(text, max_chars)))
    return out
