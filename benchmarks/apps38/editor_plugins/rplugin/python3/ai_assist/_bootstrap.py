"""Make the vendored ``core`` importable.

Release builds copy core/ into ``ai_assist/_vendor``; in a dev checkout we
fall back to the repository root (three levels up).
"""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_CANDIDATES = [
    os.path.join(_HERE, "_vendor"),
    os.path.abspath(os.path.join(_HERE, "..", "..", "..")),
]


def ensure_core_on_path():
    for path in _CANDIDATES:
        if os.path.isdir(os.path.join(path, "core")) and path not in sys.path:
            sys.path.insert(0, path)
            return path
    return None


ensure_core_on_path()
