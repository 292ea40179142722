"""Adjuster notes summariser (v1). Registered as `claim-notes-summary` versions 1-6.

TODO(ravi): port to ProviderRegistry + multi_model_service, see DOCAI-519.
"""
import logging

import mlflow.pyfunc
import pandas as pd

from docai_models.legacy.clients import NOTES_DEPLOYMENT, azure_client, co

log = logging.getLogger(__name__)

SYSTEM = (
    "Summarise adjuster diary notes into: timeline, outstanding items, "
    "and any coverage concerns. Be terse."
)


def summarise_notes(notes):
    joined = "\n---\n".join(notes)
    resp = azure_client.chat.completions.create(
        model=NOTES_DEPLOYMENT,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": joined},
        ],
        temperature=0.2,
        max_tokens=600,
    )
    return resp.choices[0].message.content


def keyword_tags(summary):
    # old Cohere v1 generate endpoint - still cheaper than GPT for this
    out = co.generate(
        prompt="Extract 5 comma-separated claim tags from:\n" + summary,
        max_tokens=40,
        temperature=0.0,
    )
    return [t.strip() for t in out.generations[0].text.split(",") if t.strip()]


class ClaimNotesModel(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input, params=None):
        params = params or {}
        with_tags = params.get("with_tags", False)
        out = []
        for _, row in model_input.iterrows():
            notes = row["notes"] if isinstance(row["notes"], list) else [row["notes"]]
            try:
                summary = summarise_notes(notes)
            except Exception:
                log.exception("summary failed for claim %s", row.get("claim_id"))
                summary = None
            tags = keyword_tags(summary) if (with_tags and summary) else []
            out.append({"claim_id": row.get("claim_id"), "summary": summary, "tags": tags})
        return pd.DataFrame(out)
