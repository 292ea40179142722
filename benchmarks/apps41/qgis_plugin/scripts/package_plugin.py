#!/usr/bin/env python3
"""Build geoscribe.zip for the QGIS plugin repository."""
import configparser
import os
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXCLUDE_DIRS = {"tests", "scripts", "__pycache__", ".git", ".pytest_cache"}


def version():
    cfg = configparser.ConfigParser()
    cfg.read(os.path.join(ROOT, "metadata.txt"))
    return cfg["general"]["version"]


def build(out_dir="dist"):
    os.makedirs(out_dir, exist_ok=True)
    target = os.path.join(out_dir, "geoscribe-{}.zip".format(version()))
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for base, dirs, files in os.walk(ROOT):
            dirs[:] = [d for d in dirs if d not in EXCLUDE_DIRS and not d.startswith(".")]
            for name in files:
                if name.endswith((".pyc", ".zip")):
                    continue
                full = os.path.join(base, name)
                zf.write(full, os.path.join("geoscribe", os.path.relpath(full, ROOT)))
    return target


if __name__ == "__main__":
    print(build())
