from behave import given, then, when

from app.classifier import IntentClassifier


@given("the classifier is restricted to labels {labels}")
def step_restrict_labels(context, labels):
    context.classifier = IntentClassifier(
        client=context.groq,
        labels=tuple(l.strip().strip('"') for l in labels.split(",")),
    )


@when('I classify "{text}"')
def step_classify(context, text):
    context.classification = context.classifier.classify(text, use_prefilter=False)
    context.last_response = context.classification.label


@when("I classify every message in the table")
def step_classify_table(context):
    context.results = []
    for row in context.table:
        result = context.classifier.classify(row["message"], use_prefilter=False)
        context.results.append((row["message"], row["expected"], result.label))


@when('I ask Groq directly to label "{text}"')
def step_groq_direct(context, text):
    completion = context.groq.chat.completions.create(
        model="llama-3.3-70b-versatile",
        messages=[
            {"role": "system", "content": "Answer with one word: billing, support, sales or other."},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    context.last_response = completion.choices[0].message.content.strip().lower()


@then('the label is "{label}"')
def step_label_is(context, label):
    assert context.last_response == label, f"got {context.last_response!r}"


@then("at least {pct:d}% of the table is classified correctly")
def step_accuracy(context, pct):
    correct = sum(1 for _, expected, got in context.results if expected == got)
    accuracy = 100 * correct / len(context.results)
    misses = [(m, e, g) for m, e, g in context.results if e != g]
    assert accuracy >= pct, f"accuracy {accuracy:.0f}% < {pct}%: {misses}"


@then("the scores sum to roughly one")
def step_scores_sum(context):
    scores = context.classifier.classify_with_scores(context.conversation.transcript())
    assert abs(sum(scores.values()) - 1.0) < 0.15, scores
