"""Text helpers: chunking log files so they fit a context window."""
import re

try:
    import tiktoken
except ImportError:  # pragma: no cover
    tiktoken = None

ANSI = re.compile(r"\x1b\[[0-9;]*m")
TS = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")


def strip_ansi(line):
    return ANSI.sub("", line)


def count_tokens(text, model="gpt-4o-mini"):
    if tiktoken is None:
        return len(text) // 4
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def chunk_lines(lines, max_tokens=6000, model="gpt-4o-mini"):
    chunk, size = [], 0
    for line in lines:
        line = strip_ansi(line.rstrip("\n"))
        n = count_tokens(line, model) + 1
        if chunk and size + n > max_tokens:
            yield "\n".join(chunk)
            chunk, size = [], 0
        chunk.append(line)
        size += n
    if chunk:
        yield "\n".join(chunk)


def dedupe_noise(lines, threshold=20):
    """Collapse repeated lines (after removing timestamps) into one with a count."""
    seen = {}
    order = []
    for line in lines:
        key = TS.sub("", line).strip()
        if key not in seen:
            order.append(key)
            seen[key] = 0
        seen[key] += 1
    out = []
    for key in order:
        if seen[key] >= threshold:
            out.append(f"{key}  [x{seen[key]}]")
        else:
            out.extend([key] * seen[key])
    return out


def truncate(text, limit=3500):
    return text if len(text) <= limit else text[: limit - 20] + "\n...[truncated]"


LEVELS = ("DEBUG", "INFO", "WARN", "WARNING", "ERROR", "CRITICAL", "FATAL")


def parse_level(line):
    for lvl in LEVELS:
        if f" {lvl} " in line or line.startswith(lvl):
            return lvl
    return None


def level_histogram(lines):
    hist = {}
    for line in lines:
        lvl = parse_level(line) or "OTHER"
        hist[lvl] = hist.get(lvl, 0) + 1
    return hist


def extract_tracebacks(lines, max_frames=30):
    """Yield python tracebacks found in a log as single strings."""
    buf = []
    inside = False
    for line in lines:
        if line.startswith("Traceback (most recent call last)"):
            if buf:
                yield "".join(buf)
            buf, inside = [line], True
            continue
        if inside:
            buf.append(line)
            if not line.startswith((" ", "\t")) and len(buf) > 1:
                inside = False
                yield "".join(buf[: max_frames + 2])
                buf = []
    if buf:
        yield "".join(buf)
