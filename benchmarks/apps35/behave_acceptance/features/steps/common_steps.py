from behave import given, then, when

from app.models import Conversation


@given('a conversation "{conv_id}" with the messages')
def step_conversation_table(context, conv_id):
    context.conversation = Conversation(id=conv_id)
    for row in context.table:
        context.conversation.append(row["role"], row["content"])


@given('the customer says "{text}"')
def step_customer_says(context, text):
    if context.conversation is None:
        context.conversation = Conversation(id="adhoc")
    context.conversation.append("user", text)


@when("I wait for the response")
def step_noop(context):
    assert context.last_response is not None, "no response captured"


@then('the response mentions "{needle}"')
def step_mentions(context, needle):
    text = str(context.last_response)
    assert needle.lower() in text.lower(), f"{needle!r} not in {text!r}"


@then('the response does not mention "{needle}"')
def step_not_mentions(context, needle):
    assert needle.lower() not in str(context.last_response).lower()


@then("the response is at most {n:d} words")
def step_word_limit(context, n):
    words = str(context.last_response).split()
    assert len(words) <= n, f"{len(words)} words > {n}"


@then("the response is valid JSON with keys {keys}")
def step_json_keys(context, keys):
    import json

    try:
        data = json.loads(context.last_response)
    except (TypeError, ValueError) as exc:
        raise AssertionError(f"not JSON: {context.last_response!r}") from exc
    expected = {k.strip().strip('"') for k in keys.split(",")}
    missing = expected - set(data)
    assert not missing, f"missing keys {missing} in {sorted(data)}"


@then("the responses differ")
def step_responses_differ(context):
    texts = [text for _, text in context.responses]
    assert len(set(texts)) == len(texts), texts
