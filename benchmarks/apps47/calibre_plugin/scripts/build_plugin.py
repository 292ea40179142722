#!/usr/bin/env python3
"""Build the plugin zip: sources + vendored SDKs under deps/.

    python scripts/build_plugin.py --out dist/AI_Book_Assistant.zip
"""

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENDORED = ['openai', 'anthropic', 'google-genai', 'mistralai', 'httpx', 'pydantic']
SKIP_DIRS = {'tests', 'scripts', '__pycache__', '.git', 'dist'}


def vendor(target):
    cmd = [sys.executable, '-m', 'pip', 'install', '--target', target, '--no-compile'] + VENDORED
    subprocess.check_call(cmd)


def add_tree(zf, base, prefix=''):
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for fn in filenames:
            if fn.endswith(('.pyc', '.pyo')):
                continue
            full = os.path.join(dirpath, fn)
            rel = os.path.relpath(full, base)
            zf.write(full, os.path.join(prefix, rel))


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--out', default=os.path.join(ROOT, 'dist', 'AI_Book_Assistant.zip'))
    p.add_argument('--no-vendor', action='store_true')
    a = p.parse_args()
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with zipfile.ZipFile(a.out, 'w', zipfile.ZIP_DEFLATED) as zf:
        add_tree(zf, ROOT)
        zf.writestr('plugin-import-name-ai_book_assistant.txt', '')
        if not a.no_vendor:
            with tempfile.TemporaryDirectory() as tmp:
                vendor(tmp)
                add_tree(zf, tmp, 'deps')
    print('built', a.out)


if __name__ == '__main__':
    main()
