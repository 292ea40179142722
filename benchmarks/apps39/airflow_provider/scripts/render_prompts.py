#!/usr/bin/env python
"""Print rendered prompts so reviewers can eyeball them in PRs."""
from __future__ import annotations

from acme_airflow_llm.utils import prompts


def main() -> None:
    tmpl = prompts.PromptTemplate.create("adhoc", "Hello $name")
    print(tmpl.render(name="world"))
    for name in ("SUMMARIZE", "CLASSIFY_TICKET", "EXTRACT_ENTITIES"):
        t = getattr(prompts, name)
        print(f"--- {t.name} ---")
        for m in t.messages(document="<doc>", ticket="<ticket>", text="<text>"):
            print(f"[{m['role']}] {m['content']}")


if __name__ == "__main__":
    main()
