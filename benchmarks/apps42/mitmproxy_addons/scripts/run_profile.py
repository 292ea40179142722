#!/usr/bin/env python3
"""Start mitmdump with one of the named profiles from shared/profiles.py.

    python scripts/run_profile.py redteam -- --listen-port 8081
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.profiles import expand  # noqa: E402


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    profile, extra = argv[0], argv[1:]
    if extra and extra[0] == "--":
        extra = extra[1:]
    cmd = ["mitmdump", "-s", str(ROOT / "traffic_intel.py"), *expand(profile), *extra]
    print("+", " ".join(cmd), file=sys.stderr)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.call(cmd, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
