import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for sub in ("dags", "plugins", ""):
    path = os.path.join(ROOT, sub)
    if path not in sys.path:
        sys.path.insert(0, path)

os.environ.setdefault("TOGETHER_API_KEY", "test")
os.environ.setdefault("DEEPSEEK_API_KEY", "test")
os.environ.setdefault("FIREWORKS_API_KEY", "test")
os.environ.setdefault("HF_TOKEN", "test")
