#!/usr/bin/env python3
"""Zip the extension into dist/writerai.oxt."""
import os
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = ("description.xml", "Addons.xcu", "META-INF", "Scripts", "dialogs", "registry")


def build(out=os.path.join(ROOT, "dist", "writerai.oxt")):
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for entry in INCLUDE:
            path = os.path.join(ROOT, entry)
            if os.path.isfile(path):
                zf.write(path, entry)
                continue
            for dirpath, _dirs, files in os.walk(path):
                if "__pycache__" in dirpath:
                    continue
                for name in files:
                    full = os.path.join(dirpath, name)
                    zf.write(full, os.path.relpath(full, ROOT))
    return out


if __name__ == "__main__":
    print(build())
