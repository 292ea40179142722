#!/usr/bin/env python3
"""Install (symlink or copy) the plug-ins into a GIMP 3 profile."""
import argparse
import os
import shutil
import stat
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(os.path.dirname(HERE), "plug-ins")


def default_target():
    if sys.platform == "win32":
        base = os.path.join(os.environ["APPDATA"], "GIMP", "3.0")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Application Support/GIMP/3.0")
    else:
        base = os.path.expanduser("~/.config/GIMP/3.0")
    return os.path.join(base, "plug-ins")


def install(target, link=False):
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(SRC)):
        src = os.path.join(SRC, name)
        if not os.path.isdir(src) or name.startswith((".", "__")):
            continue
        dst = os.path.join(target, name)
        if os.path.islink(dst) or os.path.exists(dst):
            if os.path.islink(dst) or os.path.isfile(dst):
                os.unlink(dst)
            else:
                shutil.rmtree(dst)
        if link:
            os.symlink(src, dst)
        else:
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        entry = os.path.join(dst, name + ".py")
        if os.path.exists(entry):
            mode = os.stat(entry).st_mode
            os.chmod(entry, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        print("installed", name)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--target", default=default_target())
    parser.add_argument("--link", action="store_true", help="symlink for development")
    args = parser.parse_args()
    install(args.target, link=args.link)


if __name__ == "__main__":
    main()
