from __future__ import annotations

from check_llm_usage.cli import script

if __name__ == '__main__':
    script()
