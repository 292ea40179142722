"""Old Cohere v1 endpoints used by the sales-notes integration."""
import json
import os

import cohere

co = cohere.Client(os.environ.get("COHERE_API_KEY"))


def generate_followup(notes: str) -> str:
    resp = co.chat(
        message=f"Write a short follow-up email based on these call notes:\n{notes}",
        model="command-r",
        temperature=0.5,
    )
    return resp.text


def embed_notes(notes: list[str]) -> list[list[float]]:
    resp = co.embed(texts=notes, model="embed-english-v3.0", input_type="search_document")
    return resp.embeddings


def lambda_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    if event.get("path", "").endswith("/embed"):
        return {"statusCode": 200, "body": json.dumps({"vectors": embed_notes(body["notes"])})}
    return {"statusCode": 200, "body": json.dumps({"email": generate_followup(body["notes"])})}
