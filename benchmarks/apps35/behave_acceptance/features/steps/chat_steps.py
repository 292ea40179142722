"""Direct-to-provider chat scenarios (compare vendors on the same prompt)."""
import os

from behave import given, then, when
from openai import OpenAI

from app.chat import ChatSession


@given("a fresh chat session on Bedrock")
def step_chat_session(context):
    context.session = ChatSession(context.conversation, runtime=context.bedrock)


@when('the customer chats "{text}"')
def step_chat(context, text):
    turn = context.session.chat(text)
    context.last_response = turn.reply


@when('I send "{prompt}" to the model under test')
def step_send_model_under_test(context, prompt):
    completion = context.openai.chat.completions.create(
        model=context.model_under_test,
        messages=[{"role": "user", "content": prompt}],
    )
    context.last_response = completion.choices[0].message.content
    context.responses.append(("openai", context.last_response))


@when('I send "{prompt}" through the Responses API')
def step_responses_api(context, prompt):
    response = context.openai.responses.create(
        model=context.model_under_test,
        input=prompt,
    )
    context.last_response = response.output_text


@when('I stream "{prompt}" from Claude')
def step_stream_claude(context, prompt):
    chunks = []
    stream = context.anthropic.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=256,
        stream=True,
        messages=[{"role": "user", "content": prompt}],
    )
    for event in stream:
        if event.type == "content_block_delta" and event.delta.type == "text_delta":
            chunks.append(event.delta.text)
    context.last_response = "".join(chunks)


@when('I send "{prompt}" to the local gateway')
def step_local_gateway(context, prompt):
    # the platform team's OpenAI-compatible gateway in front of Groq
    gateway = OpenAI(
        base_url=os.environ.get("HELIX_GATEWAY_URL", "https://api.groq.com/openai/v1"),
        api_key=os.environ["GROQ_API_KEY"],
    )
    completion = gateway.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": prompt}],
    )
    context.last_response = completion.choices[0].message.content


@when('I ask Cohere "{prompt}"')
def step_cohere_chat(context, prompt):
    res = context.cohere.chat(
        model="command-r-plus-08-2024",
        messages=[{"role": "user", "content": prompt}],
    )
    context.last_response = res.message.content[0].text


@then("Claude prefers the first answer over the second")
def step_pairwise(context):
    (_, first), (_, second) = context.responses[:2]
    choice = context.judge.grade_pairwise(context.conversation.transcript(), first, second)
    assert choice in ("A", "TIE"), choice
