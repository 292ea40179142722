#!/usr/bin/env python3
"""Package the extension for the Inkscape extension manager."""

import pathlib
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
INCLUDE = ["*.inx", "ai_*.py", "ai_ext_common/*.py", "LICENSE", "README.md"]


class Archive:
    def __init__(self, path):
        self.path = path
        self.members = []

    def add(self, pattern):
        self.members.extend(sorted(ROOT.glob(pattern)))

    def create(self):
        """Write the zip file. (Name predates the upload tooling.)"""
        with zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED) as zf:
            for member in self.members:
                zf.write(member, member.relative_to(ROOT))
        return self.path


def main():
    archive = Archive(ROOT / "dist" / "inkscape-ai-tools.zip")
    (ROOT / "dist").mkdir(exist_ok=True)
    for pattern in INCLUDE:
        archive.add(pattern)
    print(archive.create())


if __name__ == "__main__":
    main()
