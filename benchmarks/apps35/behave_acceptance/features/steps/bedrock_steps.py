import json

from behave import then, when

from app.legacy.bedrock_titan import claude_on_bedrock, titan_embed


@when('I invoke Claude on Bedrock with "{prompt}"')
def step_invoke_claude(context, prompt):
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 256,
        "messages": [{"role": "user", "content": prompt}],
    }
    response = context.bedrock.invoke_model(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        body=json.dumps(body),
    )
    payload = json.loads(response["body"].read())
    context.last_response = payload["content"][0]["text"]
    context.bedrock_usage = payload.get("usage", {})


@when('I converse with Bedrock model "{model_id}" saying "{prompt}"')
def step_converse(context, model_id, prompt):
    response = context.bedrock.converse(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": 256, "temperature": 0},
    )
    context.last_response = response["output"]["message"]["content"][0]["text"]
    context.bedrock_usage = response["usage"]


@when('I count Bedrock tokens for "{prompt}"')
def step_count_tokens(context, prompt):
    result = context.bedrock.count_tokens(
        modelId="anthropic.claude-3-5-haiku-20241022-v1:0",
        input={"converse": {"messages": [{"role": "user", "content": [{"text": prompt}]}]}},
    )
    context.token_count = result["inputTokens"]


@when("I use the legacy Titan helper")
def step_legacy_titan(context):
    context.vector = titan_embed("refund policy")


@when('I use the legacy Claude helper with "{prompt}"')
def step_legacy_claude(context, prompt):
    context.last_response = claude_on_bedrock(prompt)


@then("Bedrock reported fewer than {n:d} output tokens")
def step_bedrock_usage(context, n):
    out = context.bedrock_usage.get("outputTokens", context.bedrock_usage.get("output_tokens", 0))
    assert out < n, context.bedrock_usage
