"""Drafts release notes from merged PR titles; streams so the UI shows progress."""
import wmill
from openai import OpenAI

from f.common.resources import openai


def main(pr_titles: list[str], product: str, openai_res: openai, audience: str = "customers"):
    client = OpenAI(api_key=openai_res["api_key"])
    stream = client.chat.completions.create(
        model="gpt-4o",
        stream=True,
        stream_options={"include_usage": True},
        messages=[
            {"role": "system", "content": f"Write release notes for {audience} of {product}. "
                                          "Group into New, Improved, Fixed. Markdown."},
            {"role": "user", "content": "\n".join(f"- {t}" for t in pr_titles)},
        ],
    )
    out, usage = [], None
    for chunk in stream:
        if chunk.usage:
            usage = chunk.usage
        if chunk.choices and chunk.choices[0].delta.content:
            out.append(chunk.choices[0].delta.content)
            if len(out) % 50 == 0:
                wmill.set_progress(min(90, len(out) // 10))
    return {"markdown": "".join(out), "tokens": usage.total_tokens if usage else None}
