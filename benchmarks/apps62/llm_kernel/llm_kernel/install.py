"""Install the llm_kernel kernelspec: ``python -m llm_kernel.install --user``."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile

from jupyter_client.kernelspec import KernelSpecManager

KERNEL_NAME = "llm"

kernel_json = {
    "argv": [sys.executable, "-m", "llm_kernel", "-f", "{connection_file}"],
    "display_name": "LLM Chat",
    "language": "markdown",
    "interrupt_mode": "message",
    "env": {},
    "metadata": {"debugger": False},
}


def install_my_kernel_spec(user: bool = True, prefix: str | None = None, env: dict | None = None) -> str:
    spec = dict(kernel_json)
    if env:
        spec["env"] = env
    with tempfile.TemporaryDirectory() as td:
        os.chmod(td, 0o755)
        with open(os.path.join(td, "kernel.json"), "w") as f:
            json.dump(spec, f, sort_keys=True, indent=2)
        logo = os.path.join(os.path.dirname(__file__), "resources", "logo-64x64.png")
        if os.path.exists(logo):
            shutil.copy(logo, td)
        print(f"Installing Jupyter kernel spec {KERNEL_NAME!r}")
        return KernelSpecManager().install_kernel_spec(td, KERNEL_NAME, user=user, prefix=prefix)


def _is_root() -> bool:
    try:
        return os.geteuid() == 0
    except AttributeError:
        return False


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Install the LLM kernelspec")
    ap.add_argument("--user", action="store_true", help="install to the per-user kernels registry (default if not root)")
    ap.add_argument("--sys-prefix", action="store_true", help="install to sys.prefix (e.g. a virtualenv or conda env)")
    ap.add_argument("--prefix", help="install to the given prefix")
    ap.add_argument("--provider", help="default provider baked into the kernelspec env")
    args = ap.parse_args(argv)

    if args.sys_prefix:
        args.prefix = sys.prefix
    if not args.prefix and not _is_root():
        args.user = True
    env = {"LLM_KERNEL_PROVIDER": args.provider} if args.provider else None
    dest = install_my_kernel_spec(user=args.user, prefix=args.prefix, env=env)
    print(f"installed to {dest}")


if __name__ == "__main__":
    main()
