# Ported from lumen-jobs/tasks/outline.py (2022). Celery decorators removed; logic unchanged.
import json
import logging
import os

import anthropic
import cohere
import openai
import requests

log = logging.getLogger(__name__)

client = openai.OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
co = cohere.Client(os.environ.get("CO_API_KEY", ""))

DEEPSEEK_URL = os.environ.get("DEEPSEEK_URL", "https://api.deepseek.com")
OUTLINE_MODEL = os.environ.get("OUTLINE_MODEL", "gpt-4o-mini")


def _parse_outline(text):
    try:
        data = json.loads(text)
    except ValueError:
        # old prompt returned markdown bullets
        data = {"modules": [{"title": line.lstrip("-* ").strip(), "lessons": []} for line in text.splitlines() if line.strip()]}
    return data


def generate_outline(course_title, audience, weeks=6):
    prompt = (
        "Create a course outline as JSON {\"modules\": [{\"title\": str, \"lessons\": [str]}]} "
        "for a course titled '%s' aimed at %s, spread over %d weeks." % (course_title, audience, weeks)
    )
    resp = client.chat.completions.create(
        model=OUTLINE_MODEL,
        messages=[{"role": "user", "content": prompt}],
        temperature=0.7,
        response_format={"type": "json_object"},
    )
    outline = _parse_outline(resp.choices[0].message.content)
    log.info("outline for %s: %d modules", course_title, len(outline.get("modules", [])))
    return outline


def suggest_prerequisites(course_title, outline):
    titles = ", ".join(m["title"] for m in outline.get("modules", []))
    response = co.generate(
        model="command",
        prompt="List three prerequisite skills for a course called %s covering: %s.\n1." % (course_title, titles),
        max_tokens=120,
        temperature=0.3,
    )
    text = "1." + response.generations[0].text
    return [line.split(".", 1)[-1].strip() for line in text.splitlines() if line.strip()][:3]


def draft_course_description(course_title, outline, lang="en"):
    """DeepSeek via plain requests - this predates us having the openai SDK pinned >= 1.0."""
    payload = {
        "model": "deepseek-chat",
        "messages": [
            {"role": "system", "content": "You write course catalogue descriptions. 80 words max."},
            {"role": "user", "content": "Title: %s\nLanguage: %s\nOutline: %s" % (course_title, lang, json.dumps(outline))},
        ],
        "max_tokens": 200,
    }
    r = requests.post(
        DEEPSEEK_URL + "/chat/completions",
        headers={"Authorization": "Bearer " + os.environ.get("DEEPSEEK_API_KEY", "")},
        json=payload,
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def polish_description(text):
    # Used by the catalogue admin "polish" button.
    msg = anthropic.Anthropic().messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=300,
        messages=[{"role": "user", "content": "Polish this course description, keep it under 80 words:\n\n" + text}],
    )
    return msg.content[0].text
