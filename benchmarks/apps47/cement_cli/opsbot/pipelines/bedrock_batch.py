"""Raw InvokeModel helpers for Bedrock models that the Converse API didn't support
when this was written (Titan, older Claude text-completions).
"""
import json


def _anthropic_body(prompt, max_tokens=800):
    return json.dumps(
        {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": prompt}],
        }
    )


def invoke_claude(runtime, model_id, prompt, max_tokens=800):
    resp = runtime.invoke_model(
        modelId=model_id,
        contentType="application/json",
        accept="application/json",
        body=_anthropic_body(prompt, max_tokens),
    )
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"], payload.get("usage", {})


def stream_claude(runtime, model_id, prompt, max_tokens=800):
    resp = runtime.invoke_model_with_response_stream(
        modelId=model_id,
        body=_anthropic_body(prompt, max_tokens),
    )
    for event in resp["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            yield chunk["delta"].get("text", "")


def titan_embed(runtime, texts, model_id="amazon.titan-embed-text-v2:0"):
    vectors = []
    for t in texts:
        resp = runtime.invoke_model(modelId=model_id, body=json.dumps({"inputText": t[:8000]}))
        vectors.append(json.loads(resp["body"].read())["embedding"])
    return vectors
