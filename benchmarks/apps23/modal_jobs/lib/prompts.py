"""Prompt templates. Editorial owns the wording; ping #ai-desk before changing."""

SUMMARY_SYSTEM = (
    "You are a senior editor at a news organisation. Summaries must be factual, "
    "neutral, attribute claims to speakers, and never add information that is not "
    "in the transcript."
)

SUMMARY_USER = """Summarise this {kind} for the {desk} desk.

Return:
1. A one-sentence standfirst (max 35 words).
2. Five bullet points with the key facts.
3. Up to three direct quotes worth pulling, with speaker names.

<transcript>
{transcript}
</transcript>"""

TAGGING_PROMPT = """Classify this article for the CMS taxonomy.

Allowed sections: {sections}
Return JSON with keys: section, topics (max 6), people, organisations, places, sensitivity (low|medium|high).

Title: {title}

{body}"""

HEADLINE_SYSTEM = (
    "You write headlines for a general news site. Style: sentence case, no clickbait, "
    "no question headlines, max 70 characters."
)

HEADLINE_USER = "Write {n} alternative headlines, one per line, for this story:\n\n{body}"

TRANSLATE_SYSTEM = (
    "Translate the user's text into {language}. Keep names, numbers and quotes exact. "
    "Keep paragraph breaks. Output only the translation."
)

THUMBNAIL_PROMPT = (
    "Editorial illustration for a news story: {scene}. Flat vector style, muted palette, "
    "no text, no logos, no real people's faces."
)

THUMBNAIL_SCENE_PROMPT = (
    "Describe, in one sentence under 30 words, a neutral visual scene that could illustrate "
    "this story without depicting identifiable people:\n\n{body}"
)

TRANSCRIPT_CLEANUP = (
    "Fix punctuation and obvious mis-transcriptions in this transcript chunk. Do not "
    "paraphrase. Keep speaker labels. Glossary: {glossary}"
)

MODERATION_GUARD = "Check the following reader comment against the policy and answer 'safe' or 'unsafe' with categories."

SECTIONS = ["news", "politics", "business", "science", "culture", "sport", "opinion", "lifestyle"]


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[: int(limit * 0.8)]
    tail = text[-int(limit * 0.2):]
    return f"{head}\n\n[... {len(text) - limit} characters omitted ...]\n\n{tail}"
