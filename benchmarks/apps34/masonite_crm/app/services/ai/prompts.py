"""Prompt templates. Kept in one place so product can review wording."""
from string import Template


class PromptLibrary:
    LEAD_SUMMARY = Template(
        "You are a sales assistant for $company. Summarise the lead below in at most "
        "five bullet points, then give a one-line recommended next step.\n\n"
        "Lead: $name ($title at $account)\nStage: $stage\nNotes:\n$notes\n\n"
        "Recent activity:\n$activity"
    )

    EMAIL_DRAFT = Template(
        "Draft a $tone follow-up email from $sender to $recipient. Context:\n$context\n\n"
        "Keep it under $max_words words. Do not invent pricing."
    )

    EMAIL_REWRITE = Template(
        "Rewrite the following email so it is $tone. Keep facts and links intact.\n\n$body"
    )

    TRANSCRIPT_ANALYSIS = Template(
        "Analyse this sales call transcript. Return JSON with keys: summary, "
        "objections (list), next_steps (list), sentiment (-1..1), competitors (list).\n\n"
        "$transcript"
    )

    LEAD_SCORE = Template(
        "Score this lead from 0 to 100 for likelihood to close within 90 days. "
        "Answer with only the integer.\n\n$profile"
    )

    @staticmethod
    def render(template: Template, **values) -> str:
        return template.safe_substitute(**values)

    @classmethod
    def system_prompt(cls, feature: str) -> str:
        return {
            "lead_summary": "You write concise, factual CRM summaries.",
            "email": "You are a courteous B2B sales rep. Plain text only.",
            "transcript": "You are a sales coach. Respond with valid JSON only.",
        }.get(feature, "You are a helpful assistant.")
