"""NPS survey responses (Typeform) with sentiment from watsonx."""
from __future__ import annotations

import logging
from typing import Sequence

import dlt
from dlt.sources.helpers import requests
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference

from enrichment import client_for, settings
from enrichment.watsonx_helpers import embed_feedback, sentiment, summarize_feedback

logger = logging.getLogger(__name__)

TYPEFORM_URL = "https://api.typeform.com/forms/{form_id}/responses"


@dlt.resource(name="nps_responses", primary_key="response_id", write_disposition="merge")
def nps_responses(survey_id: str = dlt.config.value, typeform_token: str = dlt.secrets.value,
                  since=dlt.sources.incremental("submitted_at", initial_value="2024-01-01T00:00:00Z")):
    headers = {"Authorization": f"Bearer {typeform_token}"}
    params = {"page_size": 1000, "since": since.last_value, "sort": "submitted_at,asc"}
    resp = requests.get(TYPEFORM_URL.format(form_id=survey_id), headers=headers, params=params, timeout=30)
    resp.raise_for_status()
    for item in resp.json()["items"]:
        answers = {a["field"]["ref"]: a for a in item.get("answers", [])}
        yield {
            "response_id": item["response_id"],
            "submitted_at": item["submitted_at"],
            "score": answers.get("nps", {}).get("number"),
            "comment": answers.get("why", {}).get("text", ""),
        }


@dlt.transformer(data_from=nps_responses, name="nps_sentiment", primary_key="response_id")
def nps_sentiment(response: dict):
    if not response["comment"]:
        return
    yield {"response_id": response["response_id"], "sentiment": sentiment(response["comment"])}


@dlt.transformer(data_from=nps_responses, name="nps_moderation", primary_key="response_id")
def nps_moderation(response: dict):
    """Flag abusive comments before they are shown on the wall dashboard."""
    if not response["comment"]:
        return
    result = client_for("openai").moderations.create(
        model="omni-moderation-latest", input=response["comment"]
    )
    yield {"response_id": response["response_id"], "flagged": result.results[0].flagged}


@dlt.transformer(data_from=nps_responses, name="nps_language", primary_key="response_id")
def nps_language(response: dict):
    # Granite is cheap enough to run per row; built here because the language
    # model uses a different project than the rest of enrichment.
    detector = ModelInference(
        model_id="ibm/granite-3-2b-instruct",
        credentials=Credentials(url=settings.watsonx_url(), api_key=dlt.secrets["enrichment.watsonx.api_key"]),
        project_id=dlt.secrets["enrichment.watsonx.lang_project_id"],
    )
    lang = detector.generate_text(
        prompt=f"ISO 639-1 code of the language of this text: {response['comment'][:500]}\nCode:",
        params={"max_new_tokens": 3},
    )
    yield {"response_id": response["response_id"], "language": (lang or "").strip()[:2]}


@dlt.resource(name="nps_themes", write_disposition="append")
def nps_themes(comments: Sequence[str]):
    yield {"themes": summarize_feedback(comments), "n_comments": len(comments)}


@dlt.resource(name="nps_embeddings", write_disposition="replace")
def nps_embeddings(rows: Sequence[dict]):
    vectors = embed_feedback([r["comment"] for r in rows])
    for row, vec in zip(rows, vectors):
        yield {"response_id": row["response_id"], "embedding": vec}


@dlt.source(name="nps")
def nps_feedback(survey_id: str = dlt.config.value):
    responses = nps_responses(survey_id=survey_id)
    return responses, nps_sentiment, nps_moderation, nps_language
