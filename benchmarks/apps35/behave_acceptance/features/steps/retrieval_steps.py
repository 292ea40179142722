from behave import given, then, when

from app.retrieval import answer_with_context
from features.support.fixtures import KB_DOCS


@given("the knowledge base is loaded")
def step_kb_loaded(context):
    assert len(context.retriever.index) == len(KB_DOCS)


@when('I search for "{query}"')
def step_search(context, query):
    context.passages = context.retriever.retrieve(query, top_n=3)
    context.last_response = [p.doc_id for p in context.passages]


@when('I ask "{question}"')
def step_ask(context, question):
    passages = context.retriever.retrieve(question, top_n=3)
    context.passages = passages
    context.last_response = answer_with_context(question, passages, client=context.azure)


@when('I rerank the knowledge base directly for "{query}"')
def step_rerank_direct(context, query):
    docs = list(KB_DOCS.values())
    result = context.cohere.rerank(
        model="rerank-v3.5",
        query=query,
        documents=docs,
        top_n=2,
    )
    context.last_response = [docs[r.index] for r in result.results]


@when('I embed "{text}" with Azure')
def step_azure_embed(context, text):
    resp = context.azure.embeddings.create(
        model="helix-embed-3-small",
        input=text,
    )
    context.vector = resp.data[0].embedding


@then('the top passage is "{doc_id}"')
def step_top_passage(context, doc_id):
    assert context.passages, "no passages retrieved"
    assert context.passages[0].doc_id == doc_id, [p.doc_id for p in context.passages]


@then("the vector has {dims:d} dimensions")
def step_dims(context, dims):
    assert len(context.vector) == dims


@then("the answer cites a passage")
def step_cites(context):
    assert "[" in context.last_response and "]" in context.last_response, context.last_response


@then("the answer is judged grounded")
def step_grounded(context):
    verdict = context.judge.grade(
        rubric="Score 5 if the answer only uses facts from the context; 1 if it hallucinates.",
        answer=context.last_response,
        reference="\n".join(p.text for p in context.passages),
    )
    assert verdict.passed, verdict.reason
