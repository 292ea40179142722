"""Time check-llm-calls on crafted repositories of many star imports (a stall before 0.1.x).

Usage (from the repository root):
    python benchmarks/star_imports.py [--modules N] [--names N] [--timeout S] [CHECKER ...]

CHECKER: paths of ``check-llm-calls`` executables to compare (default: the one beside the
running Python).  Each repository is written into a temporary directory: ``hub.py``
star-imports N modules (each imports an SDK and binds 30 clients, so the project layer reads
it), and ``app.py`` star-imports ``hub`` and reads N names bound nowhere, then calls one client.
The shapes: the modules as they are; each also star-importing one more module; the modules in
a package whose docstring names them all; each module with a ``__getattr__``.  A run over the
timeout is shown as such.  Prints a Markdown table: wall and CPU seconds, peak MiB, and the
checker's last output line (the finding, or LLM900 if the step budget ran out).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

SHAPES = ('star imports', 'star imports of star imports', 'a package naming its modules', 'modules with __getattr__')


def write(root: str, shape: str, modules: int, names: int) -> None:
    package = 'pkg/' if shape == 'a package naming its modules' else ''
    head = {
        'star imports of star imports': 'from empty import *\n',
        'modules with __getattr__': 'def __getattr__(name):\n    return None\n',
    }.get(shape, '')
    files = {
        f'{package}p{i}.py': head + 'import openai\n' + ''.join(f'n{i}_{j} = openai.OpenAI()\n' for j in range(30))
        for i in range(modules)
    }
    files['pkg/__init__.py'] = '"""The modules: ' + ', '.join(f'p{i}' for i in range(modules)) + '."""\n'
    files['empty.py'] = 'nothing = 0\n'
    files['hub.py'] = ''.join(f'from {package.replace("/", ".")}p{i} import *\n' for i in range(modules))
    files['app.py'] = (
        'from hub import *\nimport openai\n' + ''.join(f'send(x{i})\n' for i in range(names))
        + 'n0_0.chat.completions.create(model="m", messages=[])\n'
    )
    for name, text in files.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    os.mkdir(os.path.join(root, '.git'))  # the project layer's top


def run(checker: str, cwd: str, timeout: float) -> tuple[str, str, str, str]:
    start = time.perf_counter()
    process = subprocess.Popen([checker, '-q', 'app.py'], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    stopped = False
    while True:
        pid, _, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - start > timeout and not stopped:
            process.kill()
            stopped = True
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    if stopped:
        return f'> {timeout:.0f} (stopped)', '', '', ''
    out = process.stdout.read().decode(errors='replace').strip().splitlines() if process.stdout else []
    return f'{seconds:.2f}', f'{usage.ru_utime + usage.ru_stime:.2f}', f'{usage.ru_maxrss / 1024:.0f}', (out or [''])[-1][:90]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--modules', type=int, default=1500)
    parser.add_argument('--names', type=int, default=20)
    parser.add_argument('--timeout', type=float, default=120)
    parser.add_argument('checkers', nargs='*', default=[os.path.join(os.path.dirname(sys.executable), 'check-llm-calls')])
    args = parser.parse_args()
    print(f'{args.modules} star-imported modules, {args.names} names read\n')
    print('| shape | checker | wall s | CPU s | peak MiB | last line |\n|---|---|---|---|---|---|')
    with tempfile.TemporaryDirectory() as scratch:
        for shape in SHAPES:
            root = os.path.join(scratch, shape.replace(' ', '_'))
            write(root, shape, args.modules, args.names)
            for checker in args.checkers:
                row = (shape, checker, *run(os.path.abspath(checker), root, args.timeout))
                print('| ' + ' | '.join(row) + ' |', flush=True)


if __name__ == '__main__':
    main()
