"""Export every notebook to static HTML for the wiki (no API calls: --no-include-code)."""
from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

from nbutils.cache import KeyGenerator

ROOT = Path(__file__).resolve().parents[1]
SKIP = {"legacy_triage_v1.py"}


def export(nb: Path, out_dir: Path) -> Path:
    target = out_dir / nb.with_suffix(".html").name
    subprocess.run(
        [sys.executable, "-m", "marimo", "export", "html", str(nb), "-o", str(target), "--no-include-code"],
        check=True,
    )
    return target


def main() -> None:
    out_dir = ROOT / "dist"
    out_dir.mkdir(exist_ok=True)
    ids = KeyGenerator("export")
    exported = [export(nb, out_dir) for nb in sorted((ROOT / "notebooks").glob("*.py")) if nb.name not in SKIP]
    bundle = out_dir / f"{ids.generate()}.tar.gz"
    with tarfile.open(bundle, "w:gz") as tar:
        for path in exported:
            tar.add(path, arcname=path.name)
    print(f"bundle: {bundle}")


if __name__ == "__main__":
    main()
