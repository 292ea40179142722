"""Article summaries ('In brief' box), homepage teasers and standfirsts."""
import asyncio
import logging

from flask import current_app

from newsroom import ai_utils
from newsroom.ai.ext import ai
from newsroom.ai.prompts import SUMMARY_SYSTEM, TEASER_SYSTEM, summary_user_prompt
from newsroom.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

MAX_SUMMARY_TOKENS = {"short": 150, "standard": 400, "long": 600}


def summarize_article(article, style="standard", on_delta=None):
    """Stream a summary from Claude.

    ``on_delta`` is called with each text fragment; the editor's SSE endpoint
    uses it to show the summary as it is written.
    """
    cfg = current_app.config
    parts = []
    with ai.anthropic.messages.stream(
        model=cfg["ANTHROPIC_MODEL"],
        max_tokens=MAX_SUMMARY_TOKENS.get(style, 400),
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": summary_user_prompt(article, style)}],
    ) as stream:
        for fragment in stream.text_stream:
            parts.append(fragment)
            if on_delta is not None:
                on_delta(fragment)
        final = stream.get_final_message()

    log.debug(
        "summary for %s: %d in / %d out tokens",
        article.id, final.usage.input_tokens, final.usage.output_tokens,
    )
    return "".join(parts).strip()


def homepage_teaser(article, max_chars=200):
    resp = ai.groq.chat.completions.create(
        model=current_app.config["GROQ_MODEL"],
        messages=[
            {"role": "system", "content": TEASER_SYSTEM},
            {"role": "user", "content": f"{article.headline}\n\n{article.plain_text(limit=4000)}"},
        ],
        max_tokens=80,
        temperature=0.5,
    )
    teaser = resp.choices[0].message.content.strip().strip('"')
    if len(teaser) > max_chars:
        teaser = teaser[: max_chars - 1].rsplit(" ", 1)[0] + "…"
    return teaser


def suggest_standfirst(article):
    prompt = (
        "Write a standfirst (one sentence, under 30 words) for this story.\n\n"
        + article.plain_text(limit=6000)
    )
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type="standfirst",
            complexity=TaskComplexity.SIMPLE,
            article_id=article.id,
        )
    )


SOCIAL_MODEL = "meta-llama/Llama-3.1-8B-Instruct"


def social_copy(article, network="x"):
    """Draft social post. Experimental: open-weights model via the HF router, GPT fallback."""
    limits = {"x": 260, "bluesky": 290, "facebook": 500}
    messages = [
        {"role": "system", "content": f"Write a {network} post (max {limits.get(network, 260)} characters) "
                                      "promoting this story. No hashtags, no emoji."},
        {"role": "user", "content": article.plain_text(limit=3000)},
    ]
    try:
        return ai_utils.hf_chat(SOCIAL_MODEL, messages, max_tokens=120)
    except Exception:  # noqa: BLE001
        log.info("HF router unavailable, using gpt_complete for social copy")
        return ai_utils.gpt_complete(messages[1]["content"], system=messages[0]["content"], max_tokens=120)
