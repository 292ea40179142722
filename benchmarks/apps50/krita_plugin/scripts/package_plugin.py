#!/usr/bin/env python3
"""Build art_muse-<version>.zip for 'Tools > Scripts > Import Python Plugin from File'."""
import argparse
import os
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYKRITA = os.path.join(ROOT, "pykrita")
SKIP_DIRS = {"__pycache__", ".pytest_cache"}


def build(version, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    target = os.path.join(out_dir, f"art_muse-{version}.zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(os.path.join(PYKRITA, "art_muse.desktop"), "art_muse.desktop")
        for base, dirs, files in os.walk(os.path.join(PYKRITA, "art_muse")):
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
            for name in files:
                if name.endswith((".pyc", ".pyo")):
                    continue
                full = os.path.join(base, name)
                zf.write(full, os.path.relpath(full, PYKRITA))
    return target


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("version")
    ap.add_argument("-o", "--out", default=os.path.join(ROOT, "dist"))
    print(build(**vars(ap.parse_args())))
