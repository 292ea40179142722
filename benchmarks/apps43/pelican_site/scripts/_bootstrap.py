"""Make ``llm_common`` and the namespace plugins importable from scripts and
load pelicanconf as a plain dict."""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "plugins"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))


def load_settings(conf: str = "pelicanconf.py") -> dict:
    ns = runpy.run_path(str(ROOT / conf))
    return {k: v for k, v in ns.items() if k.isupper()}
