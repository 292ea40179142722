"""Prompt templates. Plain strings; jinja was overkill."""

CHAT_SYSTEM = (
    "You are Lexicon Assist, a legal research helper. Cite sources when you can "
    "and say when you do not know."
)

SUMMARY_STYLES = {
    "brief": "Summarise the document in 3-4 sentences.",
    "detailed": "Write a detailed summary with one paragraph per section.",
    "bullets": "Summarise the document as 5-10 bullet points.",
}

CHUNK_SUMMARY = "Summarise this excerpt of a longer document. Keep defined terms.\n\n{chunk}"
MERGE_SUMMARIES = "Combine these partial summaries into one coherent summary.\n\n{parts}"

MODERATION_ESCALATION = (
    "Classify the following user text as ALLOW, REVIEW or BLOCK for a legal "
    "research product. Reply with one word.\n\n{text}"
)


def render_summary_prompt(style, text):
    return f"{SUMMARY_STYLES.get(style, SUMMARY_STYLES['brief'])}\n\n<document>\n{text}\n</document>"


def to_anthropic_messages(messages):
    """Split an OpenAI-style message list into (system, messages) for Anthropic."""
    system = "\n".join(m["content"] for m in messages if m["role"] == "system") or CHAT_SYSTEM
    rest = [{"role": m["role"], "content": m["content"]} for m in messages if m["role"] != "system"]
    return system, rest


def to_bedrock_converse(messages):
    system = [{"text": m["content"]} for m in messages if m["role"] == "system"]
    rest = [
        {"role": m["role"], "content": [{"text": m["content"]}]}
        for m in messages
        if m["role"] != "system"
    ]
    return system or [{"text": CHAT_SYSTEM}], rest


KEYWORDS_SYSTEM = 'Return {"keywords": [...]} with up to 12 keywords.'

TITLE_SYSTEM = "Write a 3-6 word title. No quotes."


def truncate_middle(text, limit=16000, marker="\n\n[...]\n\n"):
    """Keep the head and tail of long documents; the middle is usually boilerplate."""
    if len(text) <= limit:
        return text
    half = (limit - len(marker)) // 2
    return text[:half] + marker + text[-half:]


def format_transcript(messages, per_message=300, max_messages=6):
    lines = []
    for m in messages[:max_messages]:
        content = m["content"]
        if len(content) > per_message:
            content = content[:per_message] + "..."
        lines.append(f"{m['role']}: {content}")
    return "\n".join(lines)
