from __future__ import annotations

from ariadne import SubscriptionType
from graphql import GraphQLResolveInfo

subscription = SubscriptionType()


@subscription.source("answerStream")
async def answer_stream_generator(_, info: GraphQLResolveInfo, question: str):
    async for piece in info.context["answers"].stream_answer(question):
        yield piece


@subscription.field("answerStream")
def resolve_answer_stream(piece: str, _info, question: str):
    return piece
