"""Explain and audit device configurations with OpenAI."""

import json
import logging

from nautobot_ai.app_settings import get_setting, max_config_chars
from nautobot_ai.llm import get_openai_client
from nautobot_ai.llm.prompts import AUDIT_SYSTEM, EXPLAIN_SYSTEM, chunk_config, render_device_context

logger = logging.getLogger(__name__)


class ConfigExplainer:
    """Explains running configs. One instance per job run."""

    def __init__(self, client=None, model=None):
        self.client = client or get_openai_client()
        self.model = model or get_setting("openai_model", "gpt-4o-mini")

    def explain(self, device, config_text, question=None):
        sections = []
        for idx, chunk in enumerate(chunk_config(config_text, max_config_chars())):
            user = f"{render_device_context(device)}\n\nConfiguration (part {idx + 1}):\n```\n{chunk}\n```"
            if question:
                user += f"\n\nThe engineer asks: {question}"
            completion = self.client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": EXPLAIN_SYSTEM},
                    {"role": "user", "content": user},
                ],
                temperature=0.1,
            )
            sections.append(completion.choices[0].message.content)
            logger.debug("explain chunk %s used %s tokens", idx, completion.usage.total_tokens)
        return "\n\n".join(sections)

    def explain_stream(self, device, config_text):
        """Yields text deltas; used by the API's streaming endpoint."""
        stream = self.client.chat.completions.create(
            model=self.model,
            stream=True,
            messages=[
                {"role": "system", "content": EXPLAIN_SYSTEM},
                {"role": "user", "content": f"{render_device_context(device)}\n\n{config_text[: max_config_chars()]}"},
            ],
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def audit(self, device, config_text, standards):
        """Return a list of findings dicts."""
        response = self.client.responses.create(
            model=get_setting("audit_model", "gpt-4o"),
            instructions=AUDIT_SYSTEM,
            input=(
                f"{render_device_context(device)}\n\nStandards:\n{standards}\n\n"
                f"Configuration:\n{config_text[: max_config_chars()]}"
            ),
            text={"format": {"type": "json_object"}},
        )
        try:
            return json.loads(response.output_text).get("findings", [])
        except (json.JSONDecodeError, AttributeError):
            logger.warning("audit for %s returned non-JSON output", device)
            return [{"severity": "low", "line": "", "issue": response.output_text, "fix": ""}]


def summarise_findings(findings):
    """Plain text roll-up used in job logs (no LLM)."""
    counts = {"high": 0, "medium": 0, "low": 0}
    for finding in findings:
        counts[finding.get("severity", "low")] = counts.get(finding.get("severity", "low"), 0) + 1
    return ", ".join(f"{k}: {v}" for k, v in counts.items())
