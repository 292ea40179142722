from __future__ import annotations

from check_llm_usage.cli import main

if __name__ == '__main__':
    raise SystemExit(main())
