"""Streaming helpers used by the storyboard extension.

Inkscape shows nothing while an extension runs, so "streaming" here is only
used to stop early once we have enough captions.
"""

from .registry import client_for

CAPTION_SYSTEM = ("You write captions for comic/storyboard panels. One caption "
                  "per line, numbered '1.', '2.', ... No other text.")


def stream_captions(story, panels, model="gpt-4o-mini"):
    client = client_for("openai")
    stream = client.chat.completions.create(
        model=model,
        stream=True,
        messages=[{"role": "system", "content": CAPTION_SYSTEM},
                  {"role": "user",
                   "content": f"{panels} panels for this story: {story}"}],
    )
    buf = ""
    captions = []
    for chunk in stream:
        if not chunk.choices:
            continue
        buf += chunk.choices[0].delta.content or ""
        while "\n" in buf:
            line, buf = buf.split("\n", 1)
            line = line.strip()
            if line[:1].isdigit():
                captions.append(line.split(".", 1)[-1].strip())
            if len(captions) >= panels:
                stream.close()
                return captions
    if buf.strip():
        captions.append(buf.split(".", 1)[-1].strip())
    return captions[:panels]


async def critique_layout(description, model="claude-3-5-haiku-latest"):
    client = client_for("anthropic-async")
    msg = await client.messages.create(
        model=model,
        max_tokens=400,
        messages=[{"role": "user",
                   "content": "Critique this storyboard layout in 3 bullet "
                              "points:\n" + description}],
    )
    return msg.content[0].text


async def panel_mood(caption, model="HuggingFaceH4/zephyr-7b-beta"):
    hf = client_for("hf-async")
    out = await hf.text_generation(
        f"One word describing the mood of: {caption}\nMood:",
        model=model,
        max_new_tokens=5,
    )
    return out.strip().split()[0] if out.strip() else "neutral"
