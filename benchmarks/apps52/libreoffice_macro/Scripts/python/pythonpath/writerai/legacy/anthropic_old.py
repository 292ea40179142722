"""Very old Claude helper (pre-Messages API users migrated in 0.7). Only `proofread` remains."""
import anthropic


def proofread(text, api_key):
    client = anthropic.Anthropic(api_key=api_key)
    return client.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=1500,
        messages=[{"role": "user", "content": "Proofread and return corrected text only:\n\n" + text}],
    ).content[0].text
