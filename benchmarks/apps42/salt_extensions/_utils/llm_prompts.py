"""
Prompt templates shared by the llm execution modules, runners and returners.
"""
import textwrap

import salt.utils.json
import salt.utils.stringutils

__virtualname__ = "llm_prompts"

MAX_CHARS = 24000

SYSTEM_OPS = textwrap.dedent(
    """\
    You are a senior SRE reviewing SaltStack output for a platform team.
    Be concise. Use bullet points. Never invent hostnames or state IDs.
    """
)


def __virtual__():
    return __virtualname__


def truncate(text, limit=MAX_CHARS):
    text = salt.utils.stringutils.to_unicode(text or "")
    if len(text) <= limit:
        return text
    head = text[: limit // 2]
    tail = text[-limit // 2 :]
    return "{}\n...[{} chars truncated]...\n{}".format(head, len(text) - limit, tail)


def summarize_prompt(text, style="bullets"):
    styles = {
        "bullets": "Summarize the following as at most 8 bullet points.",
        "oneline": "Summarize the following in a single sentence.",
        "changelog": "Rewrite the following as a changelog entry.",
    }
    return "{}\n\n---\n{}".format(styles.get(style, styles["bullets"]), truncate(text))


def highstate_prompt(minion_id, ret):
    failed = {
        k: v for k, v in (ret or {}).items() if isinstance(v, dict) and not v.get("result", True)
    }
    changed = [k for k, v in (ret or {}).items() if isinstance(v, dict) and v.get("changes")]
    body = {
        "minion": minion_id,
        "failed_states": failed,
        "changed_state_ids": changed[:200],
    }
    return (
        "Explain why these Salt states failed on {} and suggest fixes.\n\n{}".format(
            minion_id, truncate(salt.utils.json.dumps(body, indent=2))
        )
    )


def job_review_prompt(jid, fun, returns):
    return (
        "Review the returns of Salt job {} ({}). Group minions by failure cause "
        "and list remediation steps.\n\n{}".format(
            jid, fun, truncate(salt.utils.json.dumps(returns, indent=1, default=str))
        )
    )


def config_review_prompt(path, contents):
    return (
        "Review this configuration file ({}) for security problems and obvious "
        "mistakes. Answer with JSON: {{\"ok\": bool, \"findings\": [str]}}.\n\n{}".format(
            path, truncate(contents)
        )
    )


def as_messages(prompt, system=SYSTEM_OPS):
    msgs = []
    if system:
        msgs.append({"role": "system", "content": system})
    msgs.append({"role": "user", "content": prompt})
    return msgs
