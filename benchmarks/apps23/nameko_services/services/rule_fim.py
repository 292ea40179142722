"""Fill-in-the-middle for the rules editor.

Claims ops write fraud/triage rules in a small Python DSL; the editor asks DeepSeek to
complete the rule body between the cursor's prefix and suffix.
"""
from common.clients import get_deepseek_client

FIM_MODEL = "deepseek-chat"
MAX_FIM_TOKENS = 128


def complete_rule_snippet(prefix: str, suffix: str = "") -> str:
    client = get_deepseek_client(beta=True)
    completion = client.completions.create(
        model=FIM_MODEL,
        prompt=prefix,
        suffix=suffix or None,
        max_tokens=MAX_FIM_TOKENS,
        temperature=0,
    )
    return completion.choices[0].text


def strip_fences(snippet: str) -> str:
    lines = [line for line in snippet.splitlines() if not line.strip().startswith("```")]
    return "\n".join(lines)
