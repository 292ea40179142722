"""Read g:ai_assist_* variables into CoreSettings."""
from . import _bootstrap  # noqa: F401

from core.config import CoreSettings, load_settings_from_dict

PREFIX = "ai_assist_"


def from_nvim(nvim) -> CoreSettings:
    raw = nvim.vars
    data = {}
    for key in CoreSettings.__dataclass_fields__:
        value = raw.get(PREFIX + key)
        if value is not None:
            data[key] = value
    return load_settings_from_dict(data)


def buffer_text(buf):
    return "\n".join(buf[:])


def cursor_offset(nvim, buf):
    row, col = nvim.current.window.cursor
    lines = buf[:]
    return sum(len(l) + 1 for l in lines[: row - 1]) + col
